// Photographing one page of a document: the live picture large, one big round shutter, and a
// line on how to hold the paper. The frame is frozen at the shutter and made into the JPEG sent
// (src/kiosk/photos/photo-capture.ts); the camera stops when the screen goes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { language, t } from '../i18n/translate';
import type { MessageKey } from '../i18n/vi';
import { WizardFrame } from '../wizard/wizard-frame';
import { CameraIcon } from '../wizard/wizard-icons';
import {
  DocumentCameraError,
  openDocumentCamera,
  stopCamera,
  type DocumentCameraCode,
} from './document-camera';
import { capturePhoto, type CapturedPhoto } from './photo-capture';
import { PHOTO_ERROR_TEXT, PhotoError } from './photo-error';
import './photos.css';

const CAMERA_TEXT: Readonly<Record<DocumentCameraCode, MessageKey>> = {
  NO_CAMERA: 'wizard.photo.camera.NO_CAMERA',
  PERMISSION_REFUSED: 'wizard.photo.camera.PERMISSION_REFUSED',
  CAMERA_BUSY: 'wizard.photo.camera.CAMERA_BUSY',
};

type Phase = 'opening' | 'live' | 'taking' | 'failed';

interface PhotoCameraScreenProps {
  kicker: string;
  /** The document's name, e.g. "Giấy chứng sinh". */
  documentName: string;
  /** Which page this photo is, counting from 1. */
  page: number;
  onTaken: (photo: CapturedPhoto) => void;
  onCancel: () => void;
}

/** The camera screen for one page; calls onTaken with the JPEG once it is made. */
export function PhotoCameraScreen(props: PhotoCameraScreenProps) {
  const { kicker, documentName, page, onTaken, onCancel } = props;
  const [phase, setPhase] = useState<Phase>('opening');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const video = useRef<HTMLVideoElement>(null);
  const lang = language.value;

  useEffect(() => {
    let stream: MediaStream | undefined;
    let gone = false;
    setPhase('opening');
    setProblem(undefined);
    openDocumentCamera().then(
      async (opened) => {
        stream = opened;
        if (gone || !video.current) return stopCamera(opened);
        video.current.srcObject = opened;
        await video.current.play().catch(() => undefined);
        if (!gone) setPhase('live');
      },
      (error: unknown) => {
        if (gone) return;
        const code = error instanceof DocumentCameraError ? error.code : 'CAMERA_BUSY';
        setProblem(t(CAMERA_TEXT[code]));
        setPhase('failed');
      },
    );
    return () => {
      gone = true;
      stopCamera(stream);
      if (video.current) video.current.srcObject = null;
    };
  }, [attempt]);

  const shoot = async () => {
    if (phase !== 'live' || !video.current) return;
    setPhase('taking');
    try {
      onTaken(await capturePhoto(video.current));
    } catch (error) {
      const code = error instanceof PhotoError ? error.code : 'UNREADABLE';
      setProblem(PHOTO_ERROR_TEXT[code][lang]);
      setPhase('live');
    }
  };

  return (
    <WizardFrame
      screen={`photo-camera-${phase}`}
      kicker={kicker}
      title={t('wizard.photo.cameraTitle', { document: documentName, n: page })}
      help={phase === 'failed' ? undefined : t('wizard.photo.howTo')}
      reading={() =>
        `${t('wizard.photo.cameraTitle', { document: documentName, n: page })}. ${t('wizard.photo.howTo')}`
      }
      back={{ label: t('nav.back'), onClick: onCancel }}
      primary={
        phase === 'failed'
          ? { label: t('wizard.scan.retry'), onClick: () => setAttempt((n) => n + 1) }
          : undefined
      }
    >
      <div class="photo-camera">
        <div class="photo-camera__view" hidden={phase === 'failed'}>
          <video
            ref={video}
            class="photo-camera__video"
            muted
            playsInline
            aria-label={t('wizard.photo.preview')}
          />
          {phase === 'opening' && (
            <div class="photo-camera__opening" role="status">
              <div class="screen-state__spinner" aria-hidden="true" />
              <p>{t('wizard.photo.opening')}</p>
            </div>
          )}
        </div>
        {problem && (
          <p class="photo-camera__problem" role="alert">
            {problem}
          </p>
        )}
        {phase !== 'failed' && (
          <button
            type="button"
            class="photo-camera__shutter"
            disabled={phase !== 'live'}
            onClick={() => void shoot()}
          >
            <CameraIcon />
            <span>{phase === 'taking' ? t('wizard.photo.taking') : t('wizard.photo.shutter')}</span>
          </button>
        )}
      </div>
    </WizardFrame>
  );
}
