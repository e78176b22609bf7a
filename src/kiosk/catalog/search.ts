// Finds procedures the way residents type: without accents, with slips, half a word at a time,
// in everyday words or English. An empty query finds nothing: the catalogue shows its category
// and life-event tiles then, and there is no usage data yet to rank a "popular" list honestly.
import type { Language } from '../../protocol/config/text';
import { slipDistance, wordsOf } from './fold';
import type { MatchedField, SearchIndex } from './search-index';
import { FILLER_WEIGHT, wordWeights } from './stop-words';

/** One procedure found, best first; `matched` is the text that matched, to show "nhập hộ khẩu →". */
export interface SearchResult {
  id: string;
  score: number;
  matched: { field: MatchedField; language: Language; text: string };
}

const EXACT = 1;
const PREFIX_SLIP = 0.55;
// Short Vietnamese words are often one letter apart (tạm/tật, hôn/hạn), so a slip in one counts less.
const slipQuality = (length: number) => (length <= 3 ? 0.55 : length === 4 ? 0.65 : 0.72);
// Typed words shorter than this must be exact (or the start of a word): "xe" is not "xa".
const MIN_SLIP_LENGTH = 3;
// A word counts as covered by the query when it matches at least this well.
const COVERED = 0.5;
// The resident's own language counts fully; the other a little less.
const OTHER_LANGUAGE = 0.9;
// At least this share of the query (by weight) must be found somewhere in a procedure.
const MIN_COVERAGE = 0.5;
const MIN_SCORE = 0.25;
const CACHE_LIMIT = 256;

// How well one query word matches each vocabulary word (0 = not at all), computed once per word.
function matchesOf(index: SearchIndex, word: string, prefix: boolean, slips: boolean) {
  const key = `${prefix ? '>' : '='}${slips ? '~' : '!'}${word}`;
  const cached = index.matchCache.get(key);
  if (cached) return cached;
  const quality = new Float32Array(index.vocabulary.length);
  const fuzzy = slips && word.length >= MIN_SLIP_LENGTH;
  index.vocabulary.forEach((candidate, id) => {
    if (candidate === word) quality[id] = EXACT;
    else if (prefix && candidate.startsWith(word)) {
      // The more of the word already typed, the surer the match.
      quality[id] = 0.7 + 0.25 * (word.length / candidate.length);
    } else if (fuzzy && candidate.length >= MIN_SLIP_LENGTH - 1) {
      if (slipDistance(word, candidate, false) === 1) quality[id] = slipQuality(word.length);
      else if (prefix && slipDistance(word, candidate, true) === 1) quality[id] = PREFIX_SLIP;
    }
  });
  if (index.matchCache.size >= CACHE_LIMIT) index.matchCache.clear();
  index.matchCache.set(key, quality);
  return quality;
}

interface PreparedQuery {
  n: number;
  /** Per query word: how well it matches each vocabulary word. */
  matches: Float32Array[];
  /** Per vocabulary word: its best match with any query word; most are 0 and skipped. */
  anyMatch: Float32Array;
  /** Per query word: its accented form's id, or negative when typed without accents. */
  accented: number[];
  weights: number[];
  totalWeight: number;
}

function prepareQuery(index: SearchIndex, query: string): PreparedQuery | undefined {
  const queryWords = wordsOf(query);
  const n = queryWords.length;
  if (n === 0) return undefined;
  // The last word is still being typed unless the resident has moved on with a space.
  const stillTyping = !/[\s\p{P}]$/u.test(query);
  let weights = wordWeights(queryWords.map((w) => w.folded));
  // Filler is matched exactly: "thủ tục" must not slip into "trích lục".
  const matches = queryWords.map((w, i) =>
    matchesOf(index, w.folded, stillTyping && i === n - 1, weights[i] === 1),
  );
  const accented = queryWords.map((w) =>
    w.accented === w.folded ? -1 : (index.accentedIds.get(w.accented) ?? -2),
  );
  const anyMatch = new Float32Array(index.vocabulary.length);
  for (const m of matches) {
    for (let v = 0; v < m.length; v++) if (m[v]! > anyMatch[v]!) anyMatch[v] = m[v]!;
  }
  // A query of filler only ("đăng ký") still means something: count it fully.
  if (weights.every((w) => w === FILLER_WEIGHT)) weights = weights.map(() => 1);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  return { n, matches, anyMatch, accented, weights, totalWeight };
}

// The fields that contain a word matching the query, so a search visits only those.
function touchedFields(index: SearchIndex, anyMatch: Float32Array): Uint8Array {
  const touched = new Uint8Array(index.fieldWeight.length);
  for (let v = 0; v < anyMatch.length; v++) {
    if (anyMatch[v] === 0) continue;
    for (let p = index.postingStart[v]!; p < index.postingStart[v + 1]!; p++) {
      touched[index.postingFields[p]!] = 1;
    }
  }
  return touched;
}

// Scratch arrays reused across fields: best match per query word and where it was.
interface Scratch {
  bestInField: Float32Array;
  bestAt: Int32Array;
  bestInEntry: Float32Array;
}

// One field's score: how much of the query it holds, how much of itself the query covers,
// whether the words come in the typed order, and whether typed accents agree.
function scoreField(
  index: SearchIndex,
  q: PreparedQuery,
  f: number,
  fieldWeight: number,
  s: Scratch,
) {
  const { n, matches, weights, accented } = q;
  s.bestInField.fill(0);
  let covered = 0;
  for (let j = index.fieldStart[f]!; j < index.fieldStart[f + 1]!; j++) {
    const word = index.words[j]!;
    if (q.anyMatch[word] === 0) continue;
    let wordBest = 0;
    for (let i = 0; i < n; i++) {
      const quality = matches[i]![word]!;
      if (quality > s.bestInField[i]!) {
        s.bestInField[i] = quality;
        s.bestAt[i] = j;
      }
      if (quality > wordBest) wordBest = quality;
    }
    if (wordBest >= COVERED) covered += index.wordWeight[j]!;
  }
  let coverage = 0;
  let inOrder = 0;
  let accents = 0;
  for (let i = 0; i < n; i++) {
    const quality = s.bestInField[i]!;
    if (quality === 0) continue;
    coverage += weights[i]! * quality;
    if (i > 0 && s.bestInField[i - 1]! > 0 && s.bestAt[i] === s.bestAt[i - 1]! + 1) inOrder++;
    if (accented[i]! >= 0 && index.accentedWords[s.bestAt[i]!] === accented[i]) accents++;
    s.bestInEntry[i] = Math.max(s.bestInEntry[i]!, quality * fieldWeight);
  }
  if (coverage === 0) return 0;
  return (
    fieldWeight *
    (0.75 * (coverage / q.totalWeight) +
      0.17 * (covered / index.fieldTotalWeight[f]!) +
      0.05 * (n > 1 ? inOrder / (n - 1) : 1) +
      0.03 * (accents / n))
  );
}

/** Ranks the procedures for `query`, best first; ties keep the catalogue's order. */
export function searchProcedures(
  index: SearchIndex,
  query: string,
  language: Language,
): SearchResult[] {
  const q = prepareQuery(index, query);
  if (!q) return [];
  const touched = touchedFields(index, q.anyMatch);
  const scratch: Scratch = {
    bestInField: new Float32Array(q.n),
    bestAt: new Int32Array(q.n),
    bestInEntry: new Float32Array(q.n),
  };
  const results: SearchResult[] = [];
  for (let e = 0; e + 1 < index.entryStart.length; e++) {
    scratch.bestInEntry.fill(0);
    let best = 0;
    let bestField = -1;
    for (let f = index.entryStart[e]!; f < index.entryStart[e + 1]!; f++) {
      if (touched[f] === 0) continue;
      const own = index.fieldLanguage[f] === language;
      const score = scoreField(
        index,
        q,
        f,
        index.fieldWeight[f]! * (own ? 1 : OTHER_LANGUAGE),
        scratch,
      );
      if (score > best) [best, bestField] = [score, f];
    }
    if (bestField < 0) continue;
    // Words may be found in different fields (name and alias): count that too, a little.
    let found = 0;
    let foundWeight = 0;
    for (let i = 0; i < q.n; i++) {
      found += q.weights[i]! * scratch.bestInEntry[i]!;
      if (scratch.bestInEntry[i]! > 0) foundWeight += q.weights[i]!;
    }
    const score = 0.85 * best + 0.15 * (found / q.totalWeight);
    if (foundWeight / q.totalWeight < MIN_COVERAGE || score < MIN_SCORE) continue;
    results.push({
      id: index.procedureIds[e]!,
      score,
      matched: {
        field: index.fieldKind[bestField]!,
        language: index.fieldLanguage[bestField]!,
        text: index.fieldText[bestField]!,
      },
    });
  }
  // Array.prototype.sort is stable, so equal scores keep the catalogue's order.
  return results.sort((a, b) => b.score - a.score);
}
