// The page's way to scan a QR with the camera. html5-qrcode is heavy and used by few residents,
// so it lives in qr-camera.chunk.ts and arrives only when a scan screen opens (or is warmed).
import { QrCameraError } from './qr-camera-error';

/** A running scan: its camera stream (for tests and diagnostics) and a way to stop it. */
export interface QrCamera {
  readonly stream: MediaStream | undefined;
  /** Stops decoding and the camera's tracks; safe to call more than once. */
  stop(): Promise<void>;
}

/** Which camera to use and how often to look; `signal` stops a scan that is still opening. */
export interface QrCameraOptions {
  /** A kiosk's built-in camera faces the resident ('user', the default). */
  facingMode?: 'user' | 'environment';
  deviceId?: string;
  /** Frames decoded a second; each takes tens of milliseconds in JavaScript. */
  fps?: number;
  signal?: AbortSignal;
}

type Chunk = typeof import('./qr-camera.chunk');
let loading: Promise<Chunk> | undefined;

function loadChunk(): Promise<Chunk> {
  loading ??= import('./qr-camera.chunk').catch((error: unknown) => {
    loading = undefined; // offline or a failed fetch: let the next attempt try again
    throw new QrCameraError('SCANNER_UNAVAILABLE', { cause: error });
  });
  return loading;
}

/** Starts fetching the scanner, e.g. when the identity question opens, so "Quét" is instant. */
export function preloadQrCamera(): void {
  void loadChunk().catch(() => undefined);
}

/**
 * Shows the camera inside `container` and calls `onText` with each QR text decoded (the same
 * text held in view is passed once). Throws QrCameraError when there is no camera to use.
 */
export async function openQrCamera(
  container: HTMLElement,
  onText: (text: string) => void,
  options: QrCameraOptions = {},
): Promise<QrCamera> {
  const chunk = await loadChunk();
  return chunk.startQrCamera(container, onText, options);
}
