// What is wrong with an answer, said at the field in the engine's plain words, with a sign that
// does not rely on colour alone.
import { language } from '../i18n/translate';
import type { ValidationIssue } from './validation-issue';
import { validationMessage } from './validation-text';
import { AlertIcon } from './wizard-icons';

/** The messages for `issues` (one line each, without repeats), or nothing. */
export function FieldIssues({ id, issues }: { id: string; issues: readonly ValidationIssue[] }) {
  if (issues.length === 0) return null;
  const lang = language.value;
  const messages = [...new Set(issues.map((found) => validationMessage(found, lang)))];
  return (
    <div
      class="field-issues"
      id={id}
      role="alert"
      data-issues={issues.map((i) => i.code).join(' ')}
    >
      {messages.map((message) => (
        <p class="field-issues__line" key={message}>
          <AlertIcon />
          <span>{message}</span>
        </p>
      ))}
    </div>
  );
}
