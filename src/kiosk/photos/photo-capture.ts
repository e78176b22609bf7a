// Turns what the camera sees (or a picture file) into the JPEG sent with a dossier, within
// PHOTO_LIMITS. The frame is copied at the shutter, so the resident may move at once; resizing
// uses createImageBitmap and encoding OffscreenCanvas where the browser has them.
import { trackBlobUrl } from '../session/wipe';
import { jpegAttempts, nextAttempt, PHOTO_LIMITS, type PhotoLimits } from './jpeg-plan';
import { PhotoError } from './photo-error';

/** A live camera view, a still frame, or a picture file. */
export type PhotoSource =
  HTMLVideoElement | HTMLCanvasElement | OffscreenCanvas | ImageBitmap | Blob;

/** A photo ready to keep: the JPEG and how it was made. */
export interface CapturedPhoto {
  blob: Blob;
  width: number;
  height: number;
  quality: number;
  /** Encodings tried before this one fitted; for benchmarks and logs. */
  attempts: number;
}

/** Freezes the frame (or decodes the file, turned upright from its EXIF) as a bitmap. */
async function still(source: PhotoSource): Promise<ImageBitmap> {
  if (source instanceof Blob) {
    try {
      return await createImageBitmap(source, { imageOrientation: 'from-image' });
    } catch (error) {
      throw new PhotoError('UNREADABLE', { cause: error });
    }
  }
  if (typeof HTMLVideoElement !== 'undefined' && source instanceof HTMLVideoElement) {
    if (source.readyState < 2 || source.videoWidth === 0) throw new PhotoError('NO_FRAME');
  }
  try {
    return await createImageBitmap(source);
  } catch (error) {
    throw new PhotoError('NO_FRAME', { cause: error });
  }
}

type Surface = OffscreenCanvas | HTMLCanvasElement;

function surface(width: number, height: number): Surface {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

async function draw(frame: ImageBitmap, width: number, height: number): Promise<Surface> {
  // createImageBitmap's "high" resize keeps small print on a document legible, where
  // drawImage's default filter is coarser; the canvas then only copies pixels.
  const scaled =
    width === frame.width && height === frame.height
      ? frame
      : await createImageBitmap(frame, {
          resizeWidth: width,
          resizeHeight: height,
          resizeQuality: 'high',
        });
  const target = surface(width, height);
  const context = target.getContext('2d') as
    OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!context) throw new PhotoError('UNREADABLE');
  context.drawImage(scaled, 0, 0);
  if (scaled !== frame) scaled.close();
  return target;
}

function encode(target: Surface, quality: number): Promise<Blob> {
  if ('convertToBlob' in target) return target.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) =>
    target.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PhotoError('UNREADABLE'))),
      'image/jpeg',
      quality,
    ),
  );
}

/** Makes the JPEG to send: long side ≤ 2000 px and ≤ ~600 KB, quality first, then size. */
export async function capturePhoto(
  source: PhotoSource,
  limits: PhotoLimits = PHOTO_LIMITS,
): Promise<CapturedPhoto> {
  const frame = await still(source);
  try {
    const plan = jpegAttempts(frame.width, frame.height, limits);
    let target: Surface | undefined;
    let tried = 0;
    for (let index: number | undefined = 0; index !== undefined;) {
      const attempt = plan[index]!;
      if (!target || target.width !== attempt.width || target.height !== attempt.height) {
        target = await draw(frame, attempt.width, attempt.height);
      }
      const blob = await encode(target, attempt.quality);
      tried++;
      if (blob.size <= limits.maxBytes) {
        return {
          blob,
          width: attempt.width,
          height: attempt.height,
          quality: attempt.quality,
          attempts: tried,
        };
      }
      index = nextAttempt(plan, index, blob.size, limits.maxBytes);
    }
    throw new PhotoError('TOO_LARGE');
  } finally {
    frame.close();
  }
}

/** A blob URL to show the photo; revoked with everything else when the session ends. */
export function photoPreviewUrl(photo: CapturedPhoto): string {
  return trackBlobUrl(URL.createObjectURL(photo.blob));
}

/** The photo's bytes, as the submission payload carries them. */
export async function photoBytes(photo: CapturedPhoto): Promise<Uint8Array> {
  return new Uint8Array(await photo.blob.arrayBuffer());
}
