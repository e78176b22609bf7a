// How a document photo is made small enough to send: at most 2000 px on its long side (text
// on an A4 page stays readable) and about 600 KB, so a dossier of ten photos stays well under
// the 12 MB envelope cap. Quality is lowered first, then the size, until the JPEG fits.

/** The limits every photo sent with a dossier keeps. */
export interface PhotoLimits {
  maxLongSide: number;
  maxBytes: number;
}

/** The kiosk's limits: 2000 px and 600 KB. */
export const PHOTO_LIMITS: PhotoLimits = { maxLongSide: 2000, maxBytes: 600 * 1024 };

/** One encoding to try: pixel size and JPEG quality (0–1). */
export interface JpegAttempt {
  width: number;
  height: number;
  quality: number;
}

const QUALITIES = [0.85, 0.75, 0.65, 0.55];
const SHRINK = 0.8;
const SMALLER_SIZES = 6;
const SMALLER_QUALITY = 0.6;
// Rough JPEG behaviour for camera photos of paper, used only to skip attempts that cannot fit:
// each quality step above saves about a quarter; bytes scale with the pixel count.
const BYTES_PER_QUALITY_STEP = 0.75;

/** The size with the long side at most `maxLongSide`, keeping the shape; never enlarged. */
export function fitLongSide(
  width: number,
  height: number,
  maxLongSide: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Every attempt in order: the fitted size at falling quality, then smaller sizes. */
export function jpegAttempts(
  width: number,
  height: number,
  limits: PhotoLimits = PHOTO_LIMITS,
): JpegAttempt[] {
  const fitted = fitLongSide(width, height, limits.maxLongSide);
  const attempts: JpegAttempt[] = QUALITIES.map((quality) => ({ ...fitted, quality }));
  let long = Math.max(fitted.width, fitted.height);
  for (let i = 0; i < SMALLER_SIZES; i++) {
    long = Math.round(long * SHRINK);
    const smaller = fitLongSide(fitted.width, fitted.height, long);
    if (smaller.width === attempts.at(-1)!.width && smaller.height === attempts.at(-1)!.height) {
      break;
    }
    attempts.push({ ...smaller, quality: SMALLER_QUALITY });
  }
  return attempts;
}

function estimate(from: JpegAttempt, bytes: number, to: JpegAttempt): number {
  const area = (to.width * to.height) / (from.width * from.height);
  const steps = Math.round((from.quality - to.quality) / 0.1);
  return bytes * area * BYTES_PER_QUALITY_STEP ** steps;
}

/**
 * The next attempt worth encoding after `tried` gave `bytes` that did not fit: the first later
 * one whose estimate fits (with some slack, estimates being rough), else the last.
 */
export function nextAttempt(
  attempts: readonly JpegAttempt[],
  tried: number,
  bytes: number,
  maxBytes: number,
): number | undefined {
  const from = attempts[tried];
  if (!from || tried >= attempts.length - 1) return undefined;
  for (let i = tried + 1; i < attempts.length; i++) {
    if (estimate(from, bytes, attempts[i]!) <= maxBytes * 1.15) return i;
  }
  return attempts.length - 1;
}
