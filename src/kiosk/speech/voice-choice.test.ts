import { describe, expect, it } from 'vitest';
import { chooseVoice, speechPieces, type VoiceLike } from './voice-choice';

const voice = (name: string, lang: string, localService = true): VoiceLike => ({
  name,
  lang,
  localService,
});

describe('chooseVoice', () => {
  const voices = [
    voice('English (America)', 'en-US'),
    voice('Google tiếng Việt', 'vi-VN', false),
    voice('Vietnamese (espeak)', 'vi'),
    voice('English (Great Britain)', 'en_GB'),
  ];

  it('picks a Vietnamese voice on the kiosk before a network one', () => {
    expect(chooseVoice(voices, 'vi')?.name).toBe('Vietnamese (espeak)');
  });

  it('takes a network voice when it is the only Vietnamese one', () => {
    expect(chooseVoice([voices[0]!, voices[1]!], 'vi')?.name).toBe('Google tiếng Việt');
  });

  it('picks an English voice in English, whatever its spelling of the tag', () => {
    expect(chooseVoice(voices, 'en')?.name).toBe('English (Great Britain)');
    expect(chooseVoice([voices[0]!], 'en')?.name).toBe('English (America)');
  });

  it('finds none when the kiosk has no voice for the language', () => {
    expect(chooseVoice([voices[0]!], 'vi')).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
    // "ven" (Venda) is not Vietnamese.
    expect(chooseVoice([voice('Venda', 'ven')], 'vi')).toBeUndefined();
  });
});

describe('speechPieces', () => {
  it('cuts at sentences and lines', () => {
    expect(speechPieces('Đăng ký tạm trú.\nCần mang: căn cước. Phí 15.000 đồng!')).toEqual([
      'Đăng ký tạm trú.',
      'Cần mang: căn cước.',
      'Phí 15.000 đồng!',
    ]);
  });

  it('cuts a very long sentence at commas', () => {
    const long = Array.from({ length: 30 }, (_, i) => `giấy tờ số ${i}`).join(', ');
    const pieces = speechPieces(long);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= 180)).toBe(true);
    expect(pieces.join(' ')).toBe(long);
  });
});
