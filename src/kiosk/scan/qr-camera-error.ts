// Why the QR camera could not start, as stable codes. The scan screen answers each by offering
// the typing path; the sentences are in qr-camera-text.ts.

/** What went wrong opening the camera or the scanner. */
export type QrCameraErrorCode =
  'NO_CAMERA' | 'PERMISSION_REFUSED' | 'CAMERA_BUSY' | 'SCANNER_UNAVAILABLE';

/** The only error the scanner wrapper throws; `cause` keeps the browser's error for logs. */
export class QrCameraError extends Error {
  constructor(
    readonly code: QrCameraErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`qr camera: ${code}`, options);
    this.name = 'QrCameraError';
  }
}

// getUserMedia rejects with DOMException names; html5-qrcode wraps them into strings such as
// "Error getting userMedia, error = NotAllowedError: Permission denied", so match on text.
const BY_NAME: readonly [RegExp, QrCameraErrorCode][] = [
  [/NotAllowedError|PermissionDeniedError|SecurityError|Permission denied/i, 'PERMISSION_REFUSED'],
  [/NotReadableError|TrackStartError|AbortError|Could not start video source/i, 'CAMERA_BUSY'],
  [
    /NotFoundError|DevicesNotFoundError|OverconstrainedError|ConstraintNotSatisfiedError|Requested device not found|mediaDevices not supported|streaming not supported/i,
    'NO_CAMERA',
  ],
];

/** Maps whatever the browser or html5-qrcode threw to a code a screen can act on. */
export function cameraErrorCode(error: unknown): QrCameraErrorCode {
  if (error instanceof QrCameraError) return error.code;
  const name = (error as { name?: unknown } | null)?.name;
  const text = `${typeof name === 'string' ? name : ''} ${String(error)}`;
  for (const [pattern, code] of BY_NAME) if (pattern.test(text)) return code;
  return 'SCANNER_UNAVAILABLE';
}
