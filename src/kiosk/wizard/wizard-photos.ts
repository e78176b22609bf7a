// The document photos of the dossier being filled in, kept as JPEG blobs in memory with a
// preview URL each. A photo answer names them by id; deleting one revokes its preview at once,
// and the session wipe revokes whatever is left.
import { signal } from '@preact/signals';
import type { CapturedPhoto } from '../photos/photo-capture';
import { photoPreviewUrl } from '../photos/photo-capture';
import type { WizardPhoto } from './answers-to-payload';

interface KeptPhoto {
  photo: CapturedPhoto;
  url: string;
}

const kept = new Map<string, KeptPhoto>();
let serial = 0;

/** Changes whenever a photo is kept or dropped, so previews re-render. */
export const photosVersion = signal(0);

/** Keeps a photo for this session and gives its id. */
export function keepPhoto(photo: CapturedPhoto): string {
  const id = `photo-${++serial}`;
  kept.set(id, { photo, url: photoPreviewUrl(photo) });
  photosVersion.value++;
  return id;
}

/** The preview URL of a kept photo, or undefined once dropped. */
export function photoUrl(id: string): string | undefined {
  return kept.get(id)?.url;
}

/** Forgets one photo and revokes its preview. */
export function dropPhoto(id: string): void {
  const photo = kept.get(id);
  if (!photo) return;
  URL.revokeObjectURL(photo.url);
  kept.delete(id);
  photosVersion.value++;
}

/** Forgets every photo; called when the wizard is cleared. */
export function dropAllPhotos(): void {
  for (const id of [...kept.keys()]) dropPhoto(id);
}

/** The JPEG bytes of the kept photos, as answersToPayload takes them. */
export async function photosForPayload(): Promise<Map<string, WizardPhoto>> {
  const photos = new Map<string, WizardPhoto>();
  for (const [id, { photo }] of kept) {
    photos.set(id, {
      id,
      mediaType: 'image/jpeg',
      bytes: new Uint8Array(await photo.blob.arrayBuffer()),
    });
  }
  return photos;
}
