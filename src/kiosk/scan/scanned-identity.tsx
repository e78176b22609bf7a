// What the card's QR said, set out for the resident to check before it fills the form.
import { t } from '../i18n/translate';
import { dateText } from '../wizard/answer-text';
import type { CccdIdentity } from './cccd-qr';

/** Name, date of birth, sex, ID number and permanent address, as read from the card. */
export function ScannedIdentity({ identity }: { identity: CccdIdentity }) {
  const rows: [string, string][] = [
    [t('wizard.person.fullName'), identity.fullName],
    [t('wizard.person.dateOfBirth'), dateText(identity.dateOfBirth)],
    [
      t('wizard.person.sex'),
      identity.sex === 'male' ? t('wizard.person.male') : t('wizard.person.female'),
    ],
    [t('wizard.person.idNumber'), identity.idNumber],
    [t('wizard.person.address'), identity.address],
  ];
  return (
    <dl class="scanned-identity">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div class="scanned-identity__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
