// The language a resident chose and the one function every screen uses for its words.
import { signal } from '@preact/signals';
import type { Language, LocalizedText } from '../../protocol/config/text';
import { en } from './en';
import { vi, type MessageKey, type MessageTable } from './vi';

const tables: Record<Language, MessageTable> = { vi, en };

/** The session's language; Vietnamese until a resident chooses otherwise. */
export const language = signal<Language>('vi');

/** Switches the whole kiosk to another language at once. */
export function setLanguage(next: Language): void {
  language.value = next;
}

/** Back to Vietnamese, for the next resident. */
export function resetLanguage(): void {
  language.value = 'vi';
}

/** The message for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return fill(tables[language.value][key], params);
}

/** The same message in a given language, e.g. to label the other language's button. */
export function tIn(lang: Language, key: MessageKey, params?: Record<string, string | number>) {
  return fill(tables[lang][key], params);
}

/** Picks the current language from text that comes with the site or catalogue config. */
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
