// The practical facts beside the checklist: fee (and who does not pay), time, who handles it,
// and how the result comes back.
import type { Procedure } from '../../protocol/config/procedure';
import { localized, t } from '../i18n/translate';

/** Fee, time, agency and delivery as a short list of headed facts. */
export function ProcedureFacts({ procedure }: { procedure: Procedure }) {
  const { fee } = procedure;
  return (
    <section class="procedure-section facts">
      <div class="fact">
        <h2 class="fact__title">{t('procedure.feeTitle')}</h2>
        <p class="fact__value">{localized(fee.text)}</p>
        {/* Each exemption is a whole sentence ("… được miễn lệ phí"): no heading needed. */}
        {fee.exemptions.length > 0 && (
          <ul class="fact__more">
            {fee.exemptions.map((exemption) => (
              <li key={exemption.vi}>{localized(exemption)}</li>
            ))}
          </ul>
        )}
      </div>
      <div class="fact">
        <h2 class="fact__title">{t('procedure.timeTitle')}</h2>
        <p class="fact__value">{localized(procedure.processingTime.text)}</p>
      </div>
      <div class="fact">
        <h2 class="fact__title">{t('procedure.agencyTitle')}</h2>
        <p class="fact__value">{localized(procedure.agency)}</p>
      </div>
      {procedure.kind === 'submit' && (
        <div class="fact">
          <h2 class="fact__title">{t('procedure.deliveryTitle')}</h2>
          <ul class="fact__value">
            {procedure.delivery.map((way) => (
              <li key={way}>{t(`procedure.delivery.${way}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
