// The kiosk asks for full screen on the first touch (browsers allow it only after one).

/** Requests full screen once; a refusal (or no support) leaves the kiosk as it is. */
export function enterFullScreen(): void {
  if (document.fullscreenElement) return;
  try {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  } catch {
    // Not allowed here; the kiosk browser is usually already full screen.
  }
}
