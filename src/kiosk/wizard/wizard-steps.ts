// Where the resident is in the wizard: one question per screen, then "Kiểm tra lại" (the
// summary). Positions name a question, never an index, so "Bước 3 / 9" is recounted from the
// answers each time and stays true when an answer shows or hides later questions.
//
// Screens store what the resident left when moving on from an optional question (an empty
// text, no photos), so "never reached" and "left empty" differ: after a change made from the
// summary, the wizard visits only questions that were never reached, then returns.
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { WizardAnswers } from './answer-shapes';
import { visibleQuestions } from './visible-questions';

/** A question screen or the summary. */
export type WizardStep = { kind: 'question'; questionId: string } | { kind: 'summary' };

/** The current step, and while changing an answer from the summary, where that change began. */
export interface WizardPosition {
  step: WizardStep;
  editing?: string;
}

/** The step counter shown on a question screen: "Bước {number} / {total}". */
export interface StepNumber {
  number: number;
  total: number;
}

const SUMMARY: WizardPosition = { step: { kind: 'summary' } };

const atQuestion = (questionId: string, editing?: string): WizardPosition =>
  editing === undefined
    ? { step: { kind: 'question', questionId } }
    : { step: { kind: 'question', questionId }, editing };

/** Where a new wizard starts: its first shown question. */
export function firstPosition(procedure: SubmitProcedure, answers: WizardAnswers): WizardPosition {
  const first = visibleQuestions(procedure, answers).questions[0];
  return first ? atQuestion(first.id) : SUMMARY;
}

/** The position to show: a question hidden by a changed answer gives way to the next one shown. */
export function settledPosition(
  procedure: SubmitProcedure,
  answers: WizardAnswers,
  position: WizardPosition,
): WizardPosition {
  if (position.step.kind === 'summary') return SUMMARY;
  const id = position.step.questionId;
  const shown = new Set(visibleQuestions(procedure, answers).questions.map((q) => q.id));
  if (shown.has(id)) return position;
  const from = procedure.questions.findIndex((q) => q.id === id);
  const next = procedure.questions.find((q, i) => i > from && shown.has(q.id));
  return next ? atQuestion(next.id, position.editing) : SUMMARY;
}

/** "Bước 3 / 9" for a question screen; undefined on the summary. */
export function stepNumber(
  procedure: SubmitProcedure,
  answers: WizardAnswers,
  position: WizardPosition,
): StepNumber | undefined {
  const settled = settledPosition(procedure, answers, position);
  if (settled.step.kind === 'summary') return undefined;
  const id = settled.step.questionId;
  const { questions } = visibleQuestions(procedure, answers);
  return { number: questions.findIndex((q) => q.id === id) + 1, total: questions.length };
}

/** After "Tiếp tục" on a valid answer: the next question, or the summary. */
export function nextPosition(
  procedure: SubmitProcedure,
  answers: WizardAnswers,
  position: WizardPosition,
): WizardPosition {
  const settled = settledPosition(procedure, answers, position);
  if (settled.step.kind === 'summary') return SUMMARY;
  const id = settled.step.questionId;
  const form = visibleQuestions(procedure, answers);
  const index = form.questions.findIndex((q) => q.id === id);
  const later = form.questions.slice(index + 1);
  if (settled.editing === undefined) {
    const next = later[0];
    return next ? atQuestion(next.id) : SUMMARY;
  }
  // A change can reveal questions (e.g. "by post" asks for an address): visit those, then return.
  const unreached = later.find((q) => form.answers[q.id] === undefined);
  return unreached ? atQuestion(unreached.id, settled.editing) : SUMMARY;
}

/** After "Quay lại": the previous question, the summary, or undefined to leave the wizard. */
export function previousPosition(
  procedure: SubmitProcedure,
  answers: WizardAnswers,
  position: WizardPosition,
): WizardPosition | undefined {
  const { questions } = visibleQuestions(procedure, answers);
  const settled = settledPosition(procedure, answers, position);
  if (settled.step.kind === 'summary') {
    const last = questions[questions.length - 1];
    return last ? atQuestion(last.id) : undefined;
  }
  const id = settled.step.questionId;
  if (settled.editing === id) return SUMMARY;
  const index = questions.findIndex((q) => q.id === id);
  const previous = questions[index - 1];
  if (!previous) return settled.editing === undefined ? undefined : SUMMARY;
  return atQuestion(previous.id, settled.editing);
}

/** "Sửa" beside an answer on the summary: that question, returning to the summary after. */
export function editFromSummary(questionId: string): WizardPosition {
  return atQuestion(questionId, questionId);
}

/** The summary ("Kiểm tra lại"), e.g. once every answer is given. */
export function summaryPosition(): WizardPosition {
  return SUMMARY;
}
