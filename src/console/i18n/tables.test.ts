import { describe, expect, it } from 'vitest';
import { en } from './en';
import { placeholdersOf } from './translate';
import { vi } from './vi';

describe('console message tables', () => {
  const keys = Object.keys(vi) as (keyof typeof vi)[];

  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s is written in both languages with the same placeholders', (key) => {
    expect(vi[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(placeholdersOf(en[key])).toEqual(placeholdersOf(vi[key]));
  });
});
