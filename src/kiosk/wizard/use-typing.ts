// Typing into a question's boxes: which box has the keyboard, where its cursor is, and each
// key turned at once into the box's text (kept as typed) and the answer (re-read from it).
import { useState } from 'preact/hooks';
import type { Question } from '../../protocol/config/procedure-question';
import type { TypingTarget } from '../keyboard/keyboard-field';
import { answerFromTexts, textsFromAnswer, typedPartsOf, type TypedPart } from './typed-parts';
import { setAnswer, setDrafts, wizardAnswers, wizardDrafts } from './wizard-session';

/** The boxes of one question screen and the keyboard's place among them. */
export interface Typing {
  parts: readonly TypedPart[];
  texts: Readonly<Record<string, string>>;
  /** The box with the keyboard, if any. */
  openPart: TypedPart | undefined;
  target(part: TypedPart): TypingTarget;
  open(key: string): void;
  close(): void;
  /** The box after `key` on this screen, for the keyboard's "Tiếp: …" key. */
  after(key: string): TypedPart | undefined;
}

/** State for typing on the question screen of `question`; `onEdit` runs after each change. */
export function useTyping(question: Question, onEdit: () => void): Typing {
  const [open, setOpen] = useState<{ key: string; cursor: number } | undefined>(undefined);
  const answer = wizardAnswers.value[question.id];
  const parts = typedPartsOf(question, answer);
  const texts = wizardDrafts.value[question.id] ?? textsFromAnswer(question, answer);

  const target = (part: TypedPart): TypingTarget => {
    const text = texts[part.key] ?? '';
    const cursor = open?.key === part.key ? Math.min(open.cursor, text.length) : text.length;
    return {
      value: { text, cursor },
      kind: part.kind,
      maxLength: part.maxLength,
      capitalizeWords: part.capitalizeWords,
      onChange: (next) => {
        setOpen({ key: part.key, cursor: next.cursor });
        // A touch that only moves the cursor changes nothing the resident gave.
        if (next.text === text) return;
        const current =
          wizardDrafts.value[question.id] ??
          textsFromAnswer(question, wizardAnswers.value[question.id]);
        const typed = { ...current, [part.key]: next.text };
        setDrafts(question.id, typed);
        setAnswer(question.id, answerFromTexts(question, wizardAnswers.value[question.id], typed));
        onEdit();
      },
    };
  };
  const openPart = parts.find((part) => part.key === open?.key);
  return {
    parts,
    texts,
    openPart,
    target,
    open: (key) => setOpen({ key, cursor: (texts[key] ?? '').length }),
    close: () => setOpen(undefined),
    after: (key) => parts[parts.findIndex((part) => part.key === key) + 1],
  };
}
