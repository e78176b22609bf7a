// Words residents put around what they want ("tôi muốn làm thủ tục đăng ký …") that say little
// about which procedure they mean. They still count, just less.

/** How much a filler word counts compared with a meaningful one. */
export const FILLER_WEIGHT = 0.25;

// Folded forms. Single words that are filler wherever they appear.
const FILLER_WORDS = new Set([
  // Vietnamese
  'lam',
  'xin',
  'cho',
  'cua',
  'va',
  'o',
  'toi',
  'muon',
  'can',
  'nao',
  'gi',
  've',
  'de',
  'nhu',
  'giay',
  'a',
  // English
  'the',
  'an',
  'of',
  'for',
  'to',
  'my',
  'i',
  'how',
  'do',
  'get',
  'apply',
  'application',
  'register',
  'registration',
  'certificate',
  'and',
  'in',
  'on',
  'me',
  'want',
  'need',
  'please',
  'form',
]);

// Pairs that are filler only together: "thủ tục", "đăng ký", "giấy tờ", "hồ sơ".
const FILLER_PAIRS = new Set(['thu tuc', 'dang ky', 'giay to', 'ho so']);

/** The weight of each folded word in a sequence: FILLER_WEIGHT for filler, 1 otherwise. */
export function wordWeights(folded: readonly string[]): number[] {
  const weights = folded.map((w) => (FILLER_WORDS.has(w) ? FILLER_WEIGHT : 1));
  for (let i = 0; i + 1 < folded.length; i++) {
    if (FILLER_PAIRS.has(`${folded[i]} ${folded[i + 1]}`)) {
      weights[i] = FILLER_WEIGHT;
      weights[i + 1] = FILLER_WEIGHT;
    }
  }
  return weights;
}
