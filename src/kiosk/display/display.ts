// Text size and contrast chosen by the resident; part of the session, so reset at its end.
import { effect, signal } from '@preact/signals';

/** Three text sizes: 0 normal, 1 large, 2 largest. Everything is sized in rem and follows. */
export type TextSize = 0 | 1 | 2;

/** The steps offered, smallest first. */
export const TEXT_SIZES: readonly TextSize[] = [0, 1, 2];

/** The session's text size. */
export const textSize = signal<TextSize>(0);

/** True while the high-contrast (white on black) colours are on. */
export const highContrast = signal(false);

/** Back to normal text and colours, for the next resident. */
export function resetDisplay(): void {
  textSize.value = 0;
  highContrast.value = false;
}

/** Mirrors the choices onto <html> data attributes the stylesheet reads; call once. */
export function bindDisplayToDocument(): void {
  effect(() => {
    const root = document.documentElement;
    root.dataset.textSize = String(textSize.value);
    root.dataset.contrast = highContrast.value ? 'high' : 'normal';
  });
}
