// "Quét mã QR trên thẻ căn cước": the quick way to fill in who someone is. Shown above the
// boxes to type in; the scanner starts loading as soon as the question shows, so the camera
// opens without a wait.
import { useEffect } from 'preact/hooks';
import { t } from '../i18n/translate';
import { preloadQrCamera } from '../scan/qr-camera';
import { QrIcon } from './wizard-icons';
import { wizardView } from './wizard-session';

/** The big scan button and a line on what it fills in; `scanned` thanks a resident who used it. */
export function ScanCardButton({ questionId, scanned }: { questionId: string; scanned: boolean }) {
  useEffect(preloadQrCamera, []);
  return (
    <div class="scan-card">
      <button
        type="button"
        class="button button--primary scan-card__button"
        onClick={() => (wizardView.value = { kind: 'scan', questionId })}
      >
        <QrIcon />
        {t('wizard.scan.button')}
      </button>
      <p class={`scan-card__hint ${scanned ? 'scan-card__hint--done' : ''}`}>
        {scanned ? t('wizard.scan.filled') : t('wizard.scan.hint')}
      </p>
    </div>
  );
}
