// "Quét mã QR trên thẻ căn cước": the camera (its scanner loaded on demand, with a visible
// "opening" state), a picture of where the QR is on each kind of card, and the plain reason when
// a QR is not a card's. A card's QR stops the camera and shows what it read for the resident to
// confirm; with no camera, or the camera refused, the screen says so and offers typing. Leaving
// the screen stops the camera.
import { useEffect, useRef, useState } from 'preact/hooks';
import { language, t } from '../i18n/translate';
import { WizardFrame } from '../wizard/wizard-frame';
import { KeyboardIcon, TickIcon } from '../wizard/wizard-icons';
import { CardPicture } from './card-picture';
import { parseCccdQr, type CccdIdentity, type CccdQrCode } from './cccd-qr';
import { CCCD_QR_TEXT } from './cccd-qr-text';
import { openQrCamera, type QrCamera } from './qr-camera';
import { cameraErrorCode, type QrCameraErrorCode } from './qr-camera-error';
import { QR_CAMERA_TEXT } from './qr-camera-text';
import { ScannedIdentity } from './scanned-identity';
import './scan.css';

type Phase =
  | { kind: 'opening' }
  | { kind: 'scanning'; refused?: CccdQrCode }
  | { kind: 'found'; identity: CccdIdentity }
  | { kind: 'failed'; code: QrCameraErrorCode };

interface ScanScreenProps {
  /** The procedure's name, above the title. */
  kicker: string;
  /** The resident confirmed what the card says. */
  onUse: (identity: CccdIdentity) => void;
  /** "Nhập tay": back to the boxes, to type. */
  onType: () => void;
}

/** The scanning screen; the camera runs only while it shows and nothing has been found. */
export function ScanScreen({ kicker, onUse, onType }: ScanScreenProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  const [attempt, setAttempt] = useState(0);
  const view = useRef<HTMLDivElement>(null);
  const lang = language.value;

  useEffect(() => {
    const container = view.current;
    if (!container) return;
    const stopping = new AbortController();
    let camera: QrCamera | undefined;
    const onText = (text: string) => {
      const result = parseCccdQr(text);
      if (!result.ok) return setPhase({ kind: 'scanning', refused: result.code });
      stopping.abort();
      setPhase({ kind: 'found', identity: result.identity });
    };
    setPhase({ kind: 'opening' });
    openQrCamera(container, onText, { signal: stopping.signal }).then(
      (opened) => {
        camera = opened;
        if (!stopping.signal.aborted) setPhase({ kind: 'scanning' });
      },
      (error: unknown) => {
        if (!stopping.signal.aborted) setPhase({ kind: 'failed', code: cameraErrorCode(error) });
      },
    );
    return () => {
      stopping.abort();
      void camera?.stop();
    };
  }, [attempt]);

  const again = () => setAttempt((n) => n + 1);
  const typeInstead = { label: t('wizard.scan.type'), onClick: onType, icon: <KeyboardIcon /> };
  const live = phase.kind === 'opening' || phase.kind === 'scanning';

  return (
    <WizardFrame
      screen={`scan-${phase.kind}`}
      kicker={kicker}
      title={phase.kind === 'found' ? t('wizard.scan.foundTitle') : t('wizard.scan.title')}
      help={phase.kind === 'found' ? t('wizard.scan.foundHelp') : undefined}
      reading={() =>
        phase.kind === 'found'
          ? `${t('wizard.scan.foundTitle')}. ${t('wizard.scan.foundHelp')}`
          : `${t('wizard.scan.title')}. ${t('wizard.scan.howTo')}. ${t('wizard.scan.chipCardWhere')}. ${t('wizard.scan.newCardWhere')}`
      }
      back={
        phase.kind === 'found' ? { label: t('wizard.scan.again'), onClick: again } : typeInstead
      }
      primary={
        phase.kind === 'found'
          ? {
              label: t('wizard.scan.use'),
              onClick: () => onUse(phase.identity),
              icon: <TickIcon />,
            }
          : phase.kind === 'failed'
            ? { label: t('wizard.scan.retry'), onClick: again }
            : undefined
      }
    >
      <div class={`scan ${live ? 'scan--live' : ''}`}>
        {live && (
          <div class="scan__guide">
            <p class="scan__how">{t('wizard.scan.howTo')}</p>
            <CardPicture />
          </div>
        )}
        <div class="scan__camera" hidden={!live}>
          <div class="scan__frame">
            {/* html5-qrcode draws the video in here; Preact leaves it alone. */}
            <div class="scan__view" ref={view} />
            {phase.kind === 'opening' && (
              <div class="scan__opening" role="status">
                <div class="screen-state__spinner" aria-hidden="true" />
                <p>{t('wizard.scan.opening')}</p>
              </div>
            )}
          </div>
        </div>
        {phase.kind === 'scanning' && phase.refused && (
          <p class="scan__refused" role="alert" data-code={phase.refused}>
            {CCCD_QR_TEXT[phase.refused][lang]}
          </p>
        )}
        {phase.kind === 'failed' && (
          <div class="scan__failed" role="alert" data-code={phase.code}>
            <p>{QR_CAMERA_TEXT[phase.code][lang]}</p>
          </div>
        )}
        {phase.kind === 'found' && <ScannedIdentity identity={phase.identity} />}
      </div>
    </WizardFrame>
  );
}
