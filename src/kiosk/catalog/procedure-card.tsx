// One procedure in a list: its name, a one-line plain summary, and, when the resident typed an
// everyday name, that name leading to the official one ("nhập hộ khẩu → Đăng ký thường trú").
import type { Procedure } from '../../protocol/config/procedure';
import { localized, t } from '../i18n/translate';
import { goTo } from '../shell/navigation';
import { procedurePath } from './catalog-paths';
import type { SearchResult } from './search';
import { wizardPathFor } from './wizard-routes';

interface ProcedureCardProps {
  procedure: Procedure;
  /** What matched the search, when the card is a search result. */
  matched?: SearchResult['matched'];
}

/** A big button that opens the procedure's page. */
export function ProcedureCard({ procedure, matched }: ProcedureCardProps) {
  const how =
    procedure.kind === 'guide'
      ? t('catalog.guideElsewhere')
      : wizardPathFor(procedure) && t('catalog.submitHere');
  return (
    <button
      type="button"
      class="procedure-card"
      data-procedure={procedure.id}
      onClick={() => goTo(procedurePath(procedure.id))}
    >
      {matched?.field === 'alias' && (
        <span class="procedure-card__matched">
          “{matched.text}” <span aria-hidden="true">→</span>
        </span>
      )}
      <span class="procedure-card__name">{localized(procedure.name)}</span>
      <span class="procedure-card__summary">{localized(procedure.summary)}</span>
      {matched?.field === 'document' && (
        <span class="procedure-card__matched">
          {t('catalog.matchedDocument', { text: matched.text })}
        </span>
      )}
      {how && <span class="procedure-card__how">{how}</span>}
      <span class="procedure-card__chevron" aria-hidden="true">
        ›
      </span>
    </button>
  );
}
