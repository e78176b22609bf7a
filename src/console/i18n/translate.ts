// The officer's language and the one function every part of the console uses for its words.
// The choice is kept in this browser (it is a preference, not personal data).
import { signal } from '@preact/signals';
import type { Language, LocalizedText } from '../../protocol/config/text';
import { en } from './en';
import { vi, type MessageKey, type MessageTable } from './vi';

const tables: Record<Language, MessageTable> = { vi, en };
const STORAGE_KEY = 'dvc-console-language';

function remembered(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** The console's language; Vietnamese unless this browser chose English before. */
export const language = signal<Language>(remembered());

/** Switches the console to another language and remembers it in this browser. */
export function setLanguage(next: Language): void {
  language.value = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Storage may be off (private window); the choice then lasts until the page closes.
  }
}

/** The message for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return fill(tables[language.value][key], params);
}

/** The same message in a given language, e.g. to label the other language's button. */
export function tIn(lang: Language, key: MessageKey): string {
  return tables[lang][key];
}

/** Picks the current language from text that comes with the site config. */
export function localized(text: LocalizedText): string {
  return text[language.value];
}

/** The placeholders a message uses, so tests can check both languages agree. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

function fill(message: string, params?: Record<string, string | number>): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
