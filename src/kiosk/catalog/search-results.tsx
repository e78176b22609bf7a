// The procedures found, best first, with how many there are announced as the resident types.
import type { Procedure } from '../../protocol/config/procedure';
import { t } from '../i18n/translate';
import { ProcedureCard } from './procedure-card';
import type { SearchResult } from './search';

interface SearchResultsProps {
  /** The results to show (see shown-results.ts), best first. */
  results: readonly SearchResult[];
  procedures: readonly Procedure[];
}

/** "Tìm thấy 3 thủ tục" and the list. */
export function SearchResults({ results, procedures }: SearchResultsProps) {
  const byId = new Map(procedures.map((p) => [p.id, p]));
  return (
    <section class="search-results" aria-labelledby="search-results-count">
      <h2 class="search-results__count" id="search-results-count">
        <span role="status">{t('catalog.resultsCount', { n: results.length })}</span>
      </h2>
      <ul class="procedure-list">
        {results.map((result) => {
          const procedure = byId.get(result.id);
          return (
            procedure && (
              <li key={result.id}>
                <ProcedureCard procedure={procedure} matched={result.matched} />
              </li>
            )
          );
        })}
      </ul>
    </section>
  );
}
