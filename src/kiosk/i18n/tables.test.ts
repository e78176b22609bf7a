import { describe, expect, it } from 'vitest';
import { en } from './en';
import { placeholdersOf, resetLanguage, setLanguage, t } from './translate';
import { vi } from './vi';

describe('message tables', () => {
  const keys = Object.keys(vi) as (keyof typeof vi)[];

  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s is written in both languages', (key) => {
    expect(vi[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(placeholdersOf(en[key])).toEqual(placeholdersOf(vi[key]));
  });
});

describe('t', () => {
  it('follows the chosen language and fills placeholders', () => {
    expect(t('idle.seconds', { n: 20 })).toBe('20 giây');
    setLanguage('en');
    expect(t('idle.seconds', { n: 3 })).toBe('3 seconds');
    resetLanguage();
    expect(t('nav.end')).toBe('Kết thúc');
  });
});
