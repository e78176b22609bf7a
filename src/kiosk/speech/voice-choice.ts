// Which installed voice reads to the resident, and how text is cut for it. Pure, so the choice
// is tested without a browser that has voices.
import type { Language } from '../../protocol/config/text';

/** The parts of a SpeechSynthesisVoice the choice looks at. */
export interface VoiceLike {
  lang: string;
  name: string;
  localService: boolean;
}

// Hanoi's own Vietnamese first; for English, any English voice will do.
const PREFERRED: Record<Language, string> = { vi: 'vi-vn', en: 'en-gb' };

const tagOf = (voice: VoiceLike) => voice.lang.replace(/_/g, '-').toLowerCase();

/**
 * The best voice for `language`, or undefined when the kiosk has none (the button then stays
 * hidden). Voices on the kiosk itself come first: network voices go quiet when the line drops.
 */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  language: Language,
): V | undefined {
  const speaks = voices.filter((v) => tagOf(v) === language || tagOf(v).startsWith(`${language}-`));
  const rank = (v: V) => (v.localService ? 0 : 2) + (tagOf(v) === PREFERRED[language] ? 0 : 1);
  return [...speaks].sort((a, b) => rank(a) - rank(b))[0];
}

// Chromium stops some voices partway through a long utterance, so text goes in short pieces.
const MAX_PIECE = 180;

/** The text in pieces of at most a sentence or two, cut where a reader would pause. */
export function speechPieces(text: string): string[] {
  const sentences = text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const pieces: string[] = [];
  for (const sentence of sentences) {
    if (sentence.length <= MAX_PIECE) {
      pieces.push(sentence);
      continue;
    }
    let piece = '';
    for (const part of sentence.split(/(?<=,)\s+/u)) {
      if (piece && piece.length + part.length + 1 > MAX_PIECE) {
        pieces.push(piece);
        piece = part;
      } else piece = piece ? `${piece} ${part}` : part;
    }
    if (piece) pieces.push(piece);
  }
  return pieces;
}
