// For procedures done on a phone or another site: the steps, and a QR code that opens the link.
import type { GuideProcedure } from '../../protocol/config/procedure';
import { localized, t } from '../i18n/translate';
import { PhoneQr } from './phone-qr';

/** Numbered steps beside the QR code. */
export function GuideSteps({ guide }: { guide: GuideProcedure['guide'] }) {
  return (
    <section class="procedure-section guide-steps-panel" aria-labelledby="guide-steps-title">
      <div>
        <h2 class="procedure-section__title" id="guide-steps-title">
          {t('procedure.stepsTitle')}
        </h2>
        <ol class="guide-steps-panel__list">
          {guide.steps.map((step) => (
            <li key={step.vi}>{localized(step)}</li>
          ))}
        </ol>
      </div>
      <PhoneQr url={guide.url} />
    </section>
  );
}
