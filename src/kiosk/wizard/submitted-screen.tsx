// After "Gửi hồ sơ": the tracking code and PIN in large type, and in plain words what happens
// next. Nothing the resident answered is left on this screen or in memory.
import { formatPin } from '../../protocol/lookup-secret';
import type { SubmitProcedure } from '../../protocol/config/procedure';
import { localized, t } from '../i18n/translate';
import { wipeSession } from '../session/wipe';
import { WizardFrame } from './wizard-frame';
import { TickIcon } from './wizard-icons';
import type { SubmittedDossier } from './wizard-session';

interface SubmittedScreenProps {
  procedure: SubmitProcedure;
  dossier: SubmittedDossier;
}

/** "Đã nhận hồ sơ của bạn" with the code, the PIN and the next steps. */
export function SubmittedScreen({ procedure, dossier }: SubmittedScreenProps) {
  const pin = formatPin(dossier.pin);
  const steps = [
    t('wizard.done.stepSealed', { agency: localized(procedure.agency) }),
    t('wizard.done.stepOfficer', { time: localized(procedure.processingTime.text) }),
    t('wizard.done.stepBring'),
  ];
  return (
    <WizardFrame
      screen="submitted"
      kicker={localized(procedure.name)}
      title={
        <span class="done-title">
          <TickIcon />
          {t('wizard.done.title')}
        </span>
      }
      reading={() =>
        [
          t('wizard.done.title'),
          `${t('wizard.done.code')}: ${dossier.trackingCode.split('').join(' ')}`,
          `${t('wizard.done.pin')}: ${pin}`,
          t('wizard.done.keep'),
          ...steps,
        ].join('. ')
      }
      primary={{ label: t('wizard.done.finish'), onClick: wipeSession, icon: <TickIcon /> }}
    >
      <div class="receipt-codes">
        <div class="receipt-code">
          <p class="receipt-code__label">{t('wizard.done.code')}</p>
          <p class="receipt-code__value" data-tracking-code>
            {dossier.trackingCode}
          </p>
        </div>
        <div class="receipt-code">
          <p class="receipt-code__label">{t('wizard.done.pin')}</p>
          <p class="receipt-code__value" data-pin>
            {pin}
          </p>
        </div>
      </div>
      <p class="receipt-keep">{t('wizard.done.keep')}</p>
      <section class="next-steps" aria-labelledby="next-steps-title">
        <h2 class="next-steps__title" id="next-steps-title">
          {t('wizard.done.nextTitle')}
        </h2>
        <ol class="next-steps__list">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
    </WizardFrame>
  );
}
