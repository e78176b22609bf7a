// Which search results a resident sees. The search keeps every procedure that shares a word with
// the query; a long tail of weak matches under the right one only makes an elderly reader doubt,
// so the list keeps those close to the best match, and never more than a screenful.
import type { SearchResult } from './search';

/** Results scoring at least this share of the best one are shown. */
export const SHOWN_SHARE = 0.55;
/** The most results shown; residents refine their words rather than scroll through hundreds. */
export const SHOWN_MAX = 12;

/** The results worth showing, best first. */
export function resultsToShow(results: readonly SearchResult[]): SearchResult[] {
  const best = results[0]?.score ?? 0;
  return results.filter((r) => r.score >= best * SHOWN_SHARE).slice(0, SHOWN_MAX);
}
