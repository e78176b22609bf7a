// QR decoders sometimes read UTF-8 bytes as Latin-1 or Windows-1252 ("Nguyễn" comes out as
// "Nguyá»…n"). The bytes survive that mistake, so the text can be turned back into bytes and
// read again as UTF-8; text that cannot be turned back is reported, never guessed at.
// Text holding a letter no single-byte decoder produces (e.g. "ộ") was read as Unicode, so a
// look-alike pair in it (such as "à" before a no-break space) is left as it is.

/** Windows-1252's characters for bytes 0x80–0x9F (the rest of 0x00–0xFF is Latin-1). */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

// A UTF-8 lead byte (C2–F4) followed by a continuation byte (80–BF), both shown as Latin-1 or
// Windows-1252. Character classes only, so the scan is linear in the length.
const SIGNATURE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/;

// Letters no Vietnamese card holds: seen when a decoder guessed Shift_JIS or another CJK set.
const FOREIGN_SCRIPT = /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** The outcome: text to use as it is, text put right, or text that cannot be trusted. */
export type TextRepair =
  { kind: 'clean'; text: string } | { kind: 'repaired'; text: string } | { kind: 'garbled' };

/** True when the text still shows the marks of UTF-8 read one byte at a time. */
export function looksMisread(text: string): boolean {
  return SIGNATURE.test(text);
}

/** Puts right UTF-8 read as Latin-1/Windows-1252; refuses replacement marks and CJK guesses. */
export function repairMojibake(text: string): TextRepair {
  if (text.includes('\ufffd') || FOREIGN_SCRIPT.test(text)) return { kind: 'garbled' };
  if (!looksMisread(text)) return { kind: 'clean', text };
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : CP1252_HIGH[code];
    if (byte === undefined) return { kind: 'clean', text };
    bytes[i] = byte;
  }
  try {
    return { kind: 'repaired', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'garbled' };
  }
}
