// Ending a session: nothing a resident typed, photographed or chose may remain for the
// next person — not in the DOM, history, web storage, blob URLs or camera tracks.
import { resetDisplay } from '../display/display';
import { resetLanguage } from '../i18n/translate';
import { goTo, shellPaths } from '../shell/navigation';

type WipeHook = () => void | Promise<void>;

const wipeHooks = new Set<WipeHook>();
const blobUrls = new Set<string>();
const mediaStreams = new Set<MediaStream>();

/** Registers a feature's own clean-up (e.g. wizard answers); returns a function to unregister. */
export function onSessionWipe(hook: WipeHook): () => void {
  wipeHooks.add(hook);
  return () => wipeHooks.delete(hook);
}

/** Registers a blob URL (a photo preview) to be revoked when the session ends; returns it. */
export function trackBlobUrl(url: string): string {
  blobUrls.add(url);
  return url;
}

/** Registers a camera stream whose tracks must stop when the session ends; returns it. */
export function trackMediaStream(stream: MediaStream): MediaStream {
  mediaStreams.add(stream);
  return stream;
}

/** Ends the session: runs every wipe hook, frees blobs and cameras, resets, shows attract. */
export function wipeSession(): void {
  for (const hook of [...wipeHooks]) {
    // One feature's failure must not leave another feature's data behind.
    try {
      void Promise.resolve(hook()).catch(reportWipeFailure);
    } catch (error) {
      reportWipeFailure(error);
    }
  }
  for (const stream of mediaStreams) for (const track of stream.getTracks()) track.stop();
  mediaStreams.clear();
  for (const url of blobUrls) URL.revokeObjectURL(url);
  blobUrls.clear();
  resetLanguage();
  resetDisplay();
  clearWebStorage();
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  goTo(shellPaths.attract);
}

function clearWebStorage(): void {
  for (const storage of [globalThis.sessionStorage, globalThis.localStorage]) {
    try {
      storage?.clear();
    } catch {
      // Storage can be unavailable (e.g. disabled by policy); there is then nothing to clear.
    }
  }
}

function reportWipeFailure(error: unknown): void {
  console.error('session wipe hook failed', error);
}
