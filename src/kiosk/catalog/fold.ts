// Text as residents type it: without accents, in any case, with slips. Everything the search
// compares goes through here, so "TẠM TRÚ", "tạm trú" and "tam tru" meet.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Lower-case text without tones or marks, đ as d: "Đăng ký TẠM TRÚ" → "dang ky tam tru". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A word as typed (lower case, accents kept) and folded; the first finds exact accents. */
export interface Word {
  accented: string;
  folded: string;
}

/** Splits text into words at spaces and punctuation, each kept both accented and folded. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const piece of text.normalize('NFC').toLowerCase().split(WORD_SEPARATORS)) {
    const folded = foldVietnamese(piece);
    if (folded) words.push({ accented: piece, folded });
  }
  return words;
}

/**
 * How far `query` is from `word`: 0 equal, 1 one slip (a letter added, dropped, changed, or two
 * neighbours swapped), 2 further. With `prefix`, `query` only has to match the start of `word`.
 */
export function slipDistance(query: string, word: string, prefix: boolean): 0 | 1 | 2 {
  const shorter = Math.min(query.length, word.length);
  let i = 0;
  while (i < shorter && query.charCodeAt(i) === word.charCodeAt(i)) i++;
  if (i === query.length && (prefix || i === word.length)) return 0;
  if (
    tailMatches(query, i + 1, word, i + 1, prefix) ||
    tailMatches(query, i + 1, word, i, prefix) ||
    tailMatches(query, i, word, i + 1, prefix) ||
    (query.charCodeAt(i) === word.charCodeAt(i + 1) &&
      query.charCodeAt(i + 1) === word.charCodeAt(i) &&
      tailMatches(query, i + 2, word, i + 2, prefix))
  ) {
    return 1;
  }
  return 2;
}

// Whether query[from..] equals word[at..] (to the end of word, or just its start with `prefix`).
function tailMatches(query: string, from: number, word: string, at: number, prefix: boolean) {
  if (from > query.length || at > word.length) return false;
  const rest = query.length - from;
  const available = word.length - at;
  if (prefix ? available < rest : available !== rest) return false;
  for (let k = 0; k < rest; k++) {
    if (query.charCodeAt(from + k) !== word.charCodeAt(at + k)) return false;
  }
  return true;
}
