import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROCEDURES } from './built-in-catalogue';
import { buildLargeCatalogue } from './large-catalogue';
import { searchProcedures } from './search';
import { buildSearchIndex } from './search-index';
import { resultsToShow, SHOWN_MAX } from './shown-results';

const index = buildSearchIndex(BUILT_IN_PROCEDURES);
const shown = (query: string) =>
  resultsToShow(searchProcedures(index, query, 'vi')).map((r) => r.id);

describe('resultsToShow', () => {
  it('shows the residence procedures for "tam tru", not every word that looks alike', () => {
    expect(shown('tam tru')).toEqual(['tam-tru', 'gia-han-tam-tru', 'thuong-tru']);
  });

  it('shows one procedure for an everyday name that means one', () => {
    expect(shown('nhap ho khau')).toEqual(['thuong-tru']);
  });

  it('shows nothing when nothing was found', () => {
    expect(shown('xyzq')).toEqual([]);
  });

  it('never shows more than a screenful', () => {
    const large = buildSearchIndex(buildLargeCatalogue(BUILT_IN_PROCEDURES, 750));
    const results = searchProcedures(large, 'tam tru', 'vi');
    expect(results.length).toBeGreaterThan(SHOWN_MAX);
    expect(resultsToShow(results)).toHaveLength(SHOWN_MAX);
  });
});
