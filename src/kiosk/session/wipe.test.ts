import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highContrast, textSize } from '../display/display';
import { language, setLanguage } from '../i18n/translate';
import { onSessionWipe, trackBlobUrl, trackMediaStream, wipeSession } from './wipe';

function fakeStorage() {
  const data = new Map<string, string>();
  return {
    setItem: (k: string, v: string) => void data.set(k, v),
    clear: () => data.clear(),
    get size() {
      return data.size;
    },
  };
}

describe('wipeSession', () => {
  const replaceState = vi.fn();
  const dispatchEvent = vi.fn();
  let session: ReturnType<typeof fakeStorage>;
  let local: ReturnType<typeof fakeStorage>;

  beforeEach(() => {
    session = fakeStorage();
    local = fakeStorage();
    vi.stubGlobal('history', { replaceState });
    vi.stubGlobal('location', { pathname: '/guide', search: '' });
    vi.stubGlobal('dispatchEvent', dispatchEvent);
    vi.stubGlobal('PopStateEvent', class extends Event {});
    vi.stubGlobal('document', { activeElement: null });
    vi.stubGlobal('HTMLElement', class {});
    vi.stubGlobal('sessionStorage', session);
    vi.stubGlobal('localStorage', local);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('resets choices, clears storage, frees blobs and cameras, and returns to attract', () => {
    setLanguage('en');
    textSize.value = 2;
    highContrast.value = true;
    session.setItem('answer', 'Nguyễn Văn A');
    local.setItem('draft', 'x');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const stop = vi.fn();
    trackBlobUrl('blob:photo-1');
    trackMediaStream({ getTracks: () => [{ stop }, { stop }] } as unknown as MediaStream);

    wipeSession();

    expect(language.value).toBe('vi');
    expect(textSize.value).toBe(0);
    expect(highContrast.value).toBe(false);
    expect(session.size).toBe(0);
    expect(local.size).toBe(0);
    expect(revoke).toHaveBeenCalledWith('blob:photo-1');
    expect(stop).toHaveBeenCalledTimes(2);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
    expect(dispatchEvent).toHaveBeenCalledOnce();

    revoke.mockClear();
    stop.mockClear();
    wipeSession();
    expect(revoke).not.toHaveBeenCalled();
    expect(stop).not.toHaveBeenCalled();
  });

  it('runs every wipe hook even when one fails, until unregistered', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const later = vi.fn();
    const offFailing = onSessionWipe(() => {
      throw new Error('boom');
    });
    const offLater = onSessionWipe(later);
    wipeSession();
    expect(later).toHaveBeenCalledOnce();
    offFailing();
    offLater();
    wipeSession();
    expect(later).toHaveBeenCalledOnce();
  });
});
