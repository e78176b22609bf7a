import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROCEDURES } from './built-in-catalogue';
import { proceduresIn, topicLabel, topicsOf } from './catalogue-topics';

describe('browse tiles', () => {
  const { lifeEvents, categories } = topicsOf(BUILT_IN_PROCEDURES);

  it('shows life events residents meet first, only those with procedures', () => {
    expect(lifeEvents.map((t) => t.id).slice(0, 6)).toEqual([
      'having-a-baby',
      'getting-married',
      'moving-home',
      'running-a-business',
      'death-in-the-family',
      'needing-support',
    ]);
    expect(lifeEvents.every((t) => t.count > 0)).toBe(true);
    expect(lifeEvents.find((t) => t.id === 'moving-home')?.count).toBe(3);
  });

  it('lists every category that has a procedure', () => {
    expect(categories.map((t) => t.id)).toContain('residence');
    expect(categories.map((t) => t.id)).not.toContain('health');
  });

  it('finds the procedures under a tile', () => {
    expect(
      proceduresIn(BUILT_IN_PROCEDURES, 'life-event', 'getting-married').map((p) => p.id),
    ).toEqual(['ket-hon', 'xac-nhan-tinh-trang-hon-nhan']);
    expect(proceduresIn(BUILT_IN_PROCEDURES, 'category', 'tax').map((p) => p.id)).toEqual([
      'quyet-toan-thue-tncn',
    ]);
  });

  it('names known tiles and nothing else', () => {
    expect(topicLabel('life-event', 'having-a-baby')?.vi).toBe('Sinh con');
    expect(topicLabel('category', 'toString')).toBeUndefined();
  });
});
