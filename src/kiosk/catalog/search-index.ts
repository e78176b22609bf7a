// The catalogue prepared once for searching: every searchable text split into folded words and
// stored as numbers in flat arrays, so a keystroke only compares the query with each distinct
// word once and then adds up numbers.
import type { Procedure } from '../../protocol/config/procedure';
import { CATEGORY_LABELS, LIFE_EVENT_LABELS } from '../../protocol/config/procedure-topics';
import type { Language, LocalizedText } from '../../protocol/config/text';
import { wordsOf } from './fold';
import { wordWeights } from './stop-words';

/** Which part of a procedure a match came from. */
export type MatchedField = 'name' | 'alias' | 'topic' | 'document' | 'summary';

/** How much a match in each part counts: the official name most, the long summary least. */
export const FIELD_WEIGHTS: Record<MatchedField, number> = {
  name: 1,
  alias: 0.97,
  topic: 0.6,
  document: 0.6,
  summary: 0.4,
};

const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** A prepared catalogue; build it with buildSearchIndex and keep it for the session. */
export interface SearchIndex {
  readonly procedureIds: readonly string[];
  /** Distinct folded words; the query is compared with each of these once. */
  readonly vocabulary: readonly string[];
  /** Distinct accented words, to prefer "tâm" over "tạm" when the resident typed accents. */
  readonly accentedIds: ReadonlyMap<string, number>;
  /** All fields' words, one after another (ids into vocabulary and into the accented words). */
  readonly words: Int32Array;
  readonly accentedWords: Int32Array;
  readonly wordWeight: Float32Array;
  /** Per field: its words are words[fieldStart[f] .. fieldStart[f + 1]). */
  readonly fieldStart: Int32Array;
  readonly fieldWeight: Float32Array;
  readonly fieldTotalWeight: Float32Array;
  readonly fieldLanguage: readonly Language[];
  readonly fieldKind: readonly MatchedField[];
  readonly fieldText: readonly string[];
  /** Per procedure: its fields are fieldStart indexes [entryStart[e] .. entryStart[e + 1]). */
  readonly entryStart: Int32Array;
  /** Per vocabulary word: the fields it occurs in, postingFields[postingStart[v] .. [v + 1]). */
  readonly postingStart: Int32Array;
  readonly postingFields: Int32Array;
  /** Query-word match arrays from earlier keystrokes, keyed by word and whether it is a prefix. */
  readonly matchCache: Map<string, Float32Array>;
}

function searchableTexts(p: Procedure): [MatchedField, LocalizedText][] {
  const texts: [MatchedField, LocalizedText][] = [['name', p.name]];
  const aliasCount = Math.max(p.aliases.vi.length, p.aliases.en.length);
  for (let i = 0; i < aliasCount; i++) {
    texts.push(['alias', { vi: p.aliases.vi[i] ?? '', en: p.aliases.en[i] ?? '' }]);
  }
  texts.push(['topic', CATEGORY_LABELS[p.category]]);
  for (const event of p.lifeEvents) texts.push(['topic', LIFE_EVENT_LABELS[event]]);
  for (const document of p.documents) texts.push(['document', document.name]);
  texts.push(['summary', p.summary]);
  return texts;
}

/** Prepares `procedures` for searchProcedures; their order breaks ties between equal scores. */
export function buildSearchIndex(procedures: readonly Procedure[]): SearchIndex {
  const vocabularyIds = new Map<string, number>();
  const vocabulary: string[] = [];
  const accentedIds = new Map<string, number>();
  const words: number[] = [];
  const accentedWords: number[] = [];
  const wordWeight: number[] = [];
  const fieldStart: number[] = [];
  const fieldWeight: number[] = [];
  const fieldTotalWeight: number[] = [];
  const fieldLanguage: Language[] = [];
  const fieldKind: MatchedField[] = [];
  const fieldText: string[] = [];
  const entryStart: number[] = [];

  for (const procedure of procedures) {
    entryStart.push(fieldStart.length);
    for (const [kind, text] of searchableTexts(procedure)) {
      for (const language of LANGUAGES) {
        const fieldWords = wordsOf(text[language]);
        if (fieldWords.length === 0) continue;
        const weights = wordWeights(fieldWords.map((w) => w.folded));
        fieldStart.push(words.length);
        fieldWeight.push(FIELD_WEIGHTS[kind]);
        fieldTotalWeight.push(weights.reduce((a, b) => a + b, 0));
        fieldLanguage.push(language);
        fieldKind.push(kind);
        fieldText.push(text[language]);
        fieldWords.forEach((word, i) => {
          let id = vocabularyIds.get(word.folded);
          if (id === undefined) {
            id = vocabulary.length;
            vocabularyIds.set(word.folded, id);
            vocabulary.push(word.folded);
          }
          let accentedId = accentedIds.get(word.accented);
          if (accentedId === undefined) {
            accentedId = accentedIds.size;
            accentedIds.set(word.accented, accentedId);
          }
          words.push(id);
          accentedWords.push(accentedId);
          wordWeight.push(weights[i] ?? 1);
        });
      }
    }
  }
  fieldStart.push(words.length);
  entryStart.push(fieldWeight.length);

  return {
    procedureIds: procedures.map((p) => p.id),
    vocabulary,
    accentedIds,
    words: Int32Array.from(words),
    accentedWords: Int32Array.from(accentedWords),
    wordWeight: Float32Array.from(wordWeight),
    fieldStart: Int32Array.from(fieldStart),
    fieldWeight: Float32Array.from(fieldWeight),
    fieldTotalWeight: Float32Array.from(fieldTotalWeight),
    fieldLanguage,
    fieldKind,
    fieldText,
    entryStart: Int32Array.from(entryStart),
    ...postingsOf(vocabulary.length, words, fieldStart),
    matchCache: new Map(),
  };
}

// Which fields each word occurs in (each field once), so a search visits only fields that match.
function postingsOf(vocabularySize: number, words: number[], fieldStart: number[]) {
  const lists: number[][] = Array.from({ length: vocabularySize }, () => []);
  for (let f = 0; f + 1 < fieldStart.length; f++) {
    for (let j = fieldStart[f]!; j < fieldStart[f + 1]!; j++) {
      const list = lists[words[j]!]!;
      if (list[list.length - 1] !== f) list.push(f);
    }
  }
  const postingStart = new Int32Array(vocabularySize + 1);
  lists.forEach((list, v) => (postingStart[v + 1] = postingStart[v]! + list.length));
  return { postingStart, postingFields: Int32Array.from(lists.flat()) };
}
