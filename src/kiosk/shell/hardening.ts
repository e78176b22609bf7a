// A public touchscreen must not turn into a browser: no context menu, no selecting or
// dragging page content, no zooming. The stylesheet does the rest (touch-action,
// user-select, overscroll-behavior).

const ZOOM_KEYS = new Set(['+', '-', '=', '0']);

function isEditable(target: EventTarget | null): boolean {
  const element = target instanceof Element ? target : (target as Node | null)?.parentElement;
  return Boolean(element?.closest('input, textarea, [contenteditable="true"]'));
}

/** Installs the page-wide guards; call once at start-up. */
export function installKioskHardening(): void {
  const block = (event: Event) => event.preventDefault();
  addEventListener('contextmenu', block);
  addEventListener('dragstart', block);
  addEventListener('gesturestart', block);
  addEventListener('selectstart', (event) => {
    if (!isEditable(event.target)) event.preventDefault();
  });
  addEventListener(
    'touchmove',
    (event) => {
      if (event.touches.length > 1) event.preventDefault();
    },
    { passive: false },
  );
  addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
  addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) event.preventDefault();
  });
}
