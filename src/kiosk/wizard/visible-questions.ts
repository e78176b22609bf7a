// Which questions a resident sees, given the answers so far. A question with `when` shows only
// if the question it names is itself shown and was answered with the given value; answers to
// questions that are hidden no longer count, so changing "by post" back to "pick up" also
// drops the delivery address.
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import type { WizardAnswers } from './answer-shapes';

/** The questions shown, in order, and the answers that still count. */
export interface VisibleForm {
  questions: Question[];
  answers: Record<string, unknown>;
}

/** Applies every `when` condition; conditions only name earlier questions (the schema checks). */
export function visibleQuestions(procedure: SubmitProcedure, answers: WizardAnswers): VisibleForm {
  const questions: Question[] = [];
  const kept: Record<string, unknown> = {};
  for (const question of procedure.questions) {
    const when = question.when;
    if (when && (!(when.questionId in kept) || kept[when.questionId] !== when.equals)) continue;
    questions.push(question);
    const answer = answers[question.id];
    if (answer !== undefined) kept[question.id] = answer;
  }
  return { questions, answers: kept };
}

/** True when the question is among those shown for these answers. */
export function isVisible(
  procedure: SubmitProcedure,
  answers: WizardAnswers,
  questionId: string,
): boolean {
  return visibleQuestions(procedure, answers).questions.some((q) => q.id === questionId);
}
