// Console start-up: fonts and styles, the document language, the page.
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import './console.css';
import { effect } from '@preact/signals';
import { render } from 'preact';
import { language, t } from './i18n/translate';
import { ConsoleApp } from './shell/console-app';

// Screen readers and the browser's text shaping follow the chosen language.
effect(() => {
  document.documentElement.lang = language.value;
  document.title = t('app.title');
});

const root = document.getElementById('console');
if (root) render(<ConsoleApp />, root);
