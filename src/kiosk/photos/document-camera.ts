// The camera for photographing papers: the largest picture the kiosk's camera gives (small
// print must stay readable), registered with the session so a wipe stops it whatever happens.
import { cameraErrorCode, type QrCameraErrorCode } from '../scan/qr-camera-error';
import { trackMediaStream } from '../session/wipe';

/** Why the camera did not open: the scanner's causes, less the scanner's own chunk. */
export type DocumentCameraCode = Exclude<QrCameraErrorCode, 'SCANNER_UNAVAILABLE'>;

/** The only error openDocumentCamera throws; `cause` keeps the browser's error for logs. */
export class DocumentCameraError extends Error {
  constructor(
    readonly code: DocumentCameraCode,
    options?: { cause?: unknown },
  ) {
    super(`document camera: ${code}`, options);
    this.name = 'DocumentCameraError';
  }
}

/** Opens the kiosk's camera, or throws DocumentCameraError. */
export async function openDocumentCamera(): Promise<MediaStream> {
  if (!globalThis.navigator?.mediaDevices?.getUserMedia) {
    throw new DocumentCameraError('NO_CAMERA');
  }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: 'user', width: { ideal: 1920 }, height: { ideal: 1080 } },
    });
    return trackMediaStream(stream);
  } catch (error) {
    const code = cameraErrorCode(error);
    throw new DocumentCameraError(code === 'SCANNER_UNAVAILABLE' ? 'CAMERA_BUSY' : code, {
      cause: error,
    });
  }
}

/** Stops every track of a stream (leaving the screen, or the session ending). */
export function stopCamera(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
