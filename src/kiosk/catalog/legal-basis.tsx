// The legal basis and the national procedure code: small and folded away, for the resident who
// wants to check, or for the officer they show it to.
import type { Procedure } from '../../protocol/config/procedure';
import { localized, t } from '../i18n/translate';

/** A closed "Căn cứ pháp lý và mã thủ tục" that opens on a touch. */
export function LegalBasis({ procedure }: { procedure: Procedure }) {
  if (procedure.legalBasis.length === 0 && !procedure.nationalCode) return null;
  return (
    <details class="legal-basis">
      <summary class="legal-basis__summary">
        <span class="legal-basis__marker" aria-hidden="true">
          <svg
            class="icon"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            stroke-width="2.4"
            stroke-linecap="round"
            stroke-linejoin="round"
            focusable="false"
          >
            <path d="m9 5 7 7-7 7" />
          </svg>
        </span>
        {t('procedure.legalTitle')}
      </summary>
      {procedure.nationalCode && (
        <p class="legal-basis__code">
          {t('procedure.nationalCode', { code: procedure.nationalCode })}
        </p>
      )}
      <ul class="legal-basis__list">
        {procedure.legalBasis.map((law) => (
          <li key={law.vi}>{localized(law)}</li>
        ))}
      </ul>
    </details>
  );
}
