// "Giấy tờ cần mang": each paper with whether it is required, original or copy, and notes.
import type { ProcedureDocument } from '../../protocol/config/procedure';
import { localized, t } from '../i18n/translate';

/** The checklist of papers, numbered, required ones first. */
export function DocumentChecklist({ documents }: { documents: readonly ProcedureDocument[] }) {
  // Stable sort: within required and optional papers the catalogue's order stays.
  const sorted = [...documents].sort((a, b) => Number(b.required) - Number(a.required));
  return (
    <section class="procedure-section documents" aria-labelledby="documents-title">
      <h2 class="procedure-section__title" id="documents-title">
        {t('procedure.documentsTitle')}
      </h2>
      {documents.length === 0 ? (
        <p>{t('procedure.documentsNone')}</p>
      ) : (
        <ol class="documents__list">
          {sorted.map((document, index) => (
            <li key={document.id} class="document">
              <span
                class={`document__number ${document.required ? 'document__number--required' : ''}`}
                aria-hidden="true"
              >
                {index + 1}
              </span>
              <div class="document__text">
                <p class="document__name">{localized(document.name)}</p>
                <p class="document__tags">
                  <span
                    class={`document__tag ${document.required ? 'document__tag--required' : ''}`}
                  >
                    {t(document.required ? 'procedure.required' : 'procedure.optional')}
                  </span>
                  <span class="document__tag">{t(`procedure.form.${document.form}`)}</span>
                </p>
                {document.notes && <p class="document__notes">{localized(document.notes)}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
