// Keeps <html lang> and the window title in step with the chosen language, so screen
// readers and the browser's text shaping use the right language.
import { effect } from '@preact/signals';
import { language, t } from './translate';

/** Starts following the language signal; call once at start-up. */
export function bindDocumentLanguage(): void {
  effect(() => {
    document.documentElement.lang = language.value;
    document.title = t('app.title');
  });
}
