// A procedure's page: what it is, what to bring, what it costs, how long it takes, where the
// result comes from; then the way to start (the wizard) or, for procedures done elsewhere, the
// steps and a QR code to open them on a phone.
import { useEffect } from 'preact/hooks';
import { NATIONAL_HOTLINE } from '../../protocol/config/national-hotline';
import { CATEGORY_LABELS } from '../../protocol/config/procedure-topics';
import { language, localized, t } from '../i18n/translate';
import { PhoneIcon } from '../shell/icons';
import { ScreenFrame } from '../shell/screen-frame';
import { ReadAloudButton } from '../speech/read-aloud-button';
import { findProcedure, openCatalogue } from './catalogue-store';
import { DocumentChecklist } from './document-checklist';
import { GuideSteps } from './guide-steps';
import { LegalBasis } from './legal-basis';
import { ProcedureFacts } from './procedure-facts';
import { procedureReading } from './procedure-reading';
import { listPath } from './search-state';
import { StartButton } from './start-button';
import './catalog.css';
import './procedure.css';

/** The page for the procedure `id` (from the route). */
export function ProcedureScreen({ id = '' }: { id?: string }) {
  useEffect(() => {
    void openCatalogue();
  }, []);
  const procedure = findProcedure(id);
  if (!procedure) {
    return (
      <ScreenFrame title={t('procedure.notFoundTitle')} back={listPath.value}>
        <p class="catalogue__empty">{t('procedure.notFoundBody')}</p>
      </ScreenFrame>
    );
  }
  const lang = language.value;
  return (
    <ScreenFrame
      kicker={localized(CATEGORY_LABELS[procedure.category])}
      title={localized(procedure.name)}
      back={listPath.value}
      class="procedure"
    >
      <div class="procedure__intro">
        <p class="procedure__summary">{localized(procedure.summary)}</p>
        <div class="procedure__actions">
          <StartButton procedure={procedure} />
          <ReadAloudButton text={() => procedureReading(procedure, lang)} />
        </div>
        {procedure.kind === 'guide' && (
          <p class="procedure__notice">{t('procedure.guideNotice')}</p>
        )}
      </div>
      {/* For a procedure done on a phone, the steps are what the resident came for. */}
      {procedure.kind === 'guide' && <GuideSteps guide={procedure.guide} />}
      <div class="procedure__columns">
        <DocumentChecklist documents={procedure.documents} />
        <ProcedureFacts procedure={procedure} />
      </div>
      <p class="procedure__help">
        <PhoneIcon />
        <span>
          {t('procedure.help')} <strong class="procedure__phone">{NATIONAL_HOTLINE}</strong>
        </span>
      </p>
      <LegalBasis procedure={procedure} />
    </ScreenFrame>
  );
}
