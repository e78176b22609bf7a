// The one module that touches html5-qrcode. QR only: scanning every barcode format is several
// times slower per frame, and BarcodeDetector (used where the browser has it) is absent on
// Linux, where frames are decoded in JavaScript. The camera stream is registered with the
// session so a wipe stops it even if a screen forgets to.
import { Html5Qrcode, Html5QrcodeSupportedFormats } from 'html5-qrcode';
import { onSessionWipe, trackMediaStream } from '../session/wipe';
import type { QrCamera, QrCameraOptions } from './qr-camera';
import { cameraErrorCode, QrCameraError } from './qr-camera-error';

/** The same text seen again within this time is the same card still held up. */
const REPEAT_MS = 1500;
const DEFAULT_FPS = 15;
let containers = 0;

/** Opens the camera in `container` and decodes QR codes until stopped; see openQrCamera. */
export async function startQrCamera(
  container: HTMLElement,
  onText: (text: string) => void,
  options: QrCameraOptions,
): Promise<QrCamera> {
  if (!globalThis.navigator?.mediaDevices?.getUserMedia) throw new QrCameraError('NO_CAMERA');
  if (!container.id) container.id = `qr-camera-${++containers}`;
  const scanner = new Html5Qrcode(container.id, {
    formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
    useBarCodeDetectorIfSupported: true,
    verbose: false,
  });
  let stopped = false;
  let last = { text: '', at: -Infinity };
  const deliver = (text: string) => {
    const now = performance.now();
    const repeat = text === last.text && now - last.at < REPEAT_MS;
    last = { text, at: now };
    if (!stopped && !repeat) onText(text);
  };
  const camera: MediaTrackConstraints = options.deviceId
    ? { deviceId: { exact: options.deviceId } }
    : { facingMode: options.facingMode ?? 'user' };
  try {
    await scanner.start(
      options.deviceId ?? { facingMode: options.facingMode ?? 'user' },
      {
        fps: options.fps ?? DEFAULT_FPS,
        // A kiosk shows the camera large; more pixels let a small card QR be read from further.
        videoConstraints: { ...camera, width: { ideal: 1280 }, height: { ideal: 720 } },
      },
      deliver,
      () => undefined, // "no QR in this frame": the normal case, many times a second
    );
  } catch (error) {
    clearQuietly(scanner);
    throw new QrCameraError(cameraErrorCode(error), { cause: error });
  }
  const video = container.querySelector('video');
  const source = video?.srcObject;
  const stream = source instanceof MediaStream ? trackMediaStream(source) : undefined;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    unregister();
    try {
      if (scanner.isScanning) await scanner.stop();
    } catch {
      // Already stopping or torn down by a wipe; the tracks are stopped below either way.
    } finally {
      for (const track of stream?.getTracks() ?? []) track.stop();
      clearQuietly(scanner);
    }
  };
  const unregister = onSessionWipe(stop);
  if (options.signal?.aborted) await stop();
  else options.signal?.addEventListener('abort', () => void stop(), { once: true });
  return { stream, stop };
}

function clearQuietly(scanner: Html5Qrcode): void {
  try {
    scanner.clear();
  } catch {
    // clear() throws while a scan is running or after the element has gone; nothing to undo.
  }
}
