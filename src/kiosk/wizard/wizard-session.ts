// What the wizard holds while a resident fills a procedure in: answers, the text typed so far
// in each box, where they are, and which screen of the wizard shows. Only in memory: a session
// wipe, a finished submission or starting another procedure clears it all.
import { signal } from '@preact/signals';
import { onSessionWipe } from '../session/wipe';
import { dropAllPhotos } from './wizard-photos';
import { firstPosition, type WizardPosition } from './wizard-steps';
import type { SubmitProcedure } from '../../protocol/config/procedure';

/** Text typed into each box of a question, by question id then part (e.g. "day", "street"). */
export type WizardDrafts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Which screen of the wizard shows over the questions: a camera, or the result. */
export type WizardView =
  | { kind: 'form' }
  | { kind: 'scan'; questionId: string }
  | { kind: 'photo'; questionId: string; replacing?: string }
  | { kind: 'submitted' };

/** What the resident is told after submitting: the code and PIN, nothing personal. */
export interface SubmittedDossier {
  procedureId: string;
  trackingCode: string;
  pin: string;
}

/** The procedure being filled in, or undefined. */
export const wizardProcedureId = signal<string | undefined>(undefined);

/** Answers by question id. */
export const wizardAnswers = signal<Readonly<Record<string, unknown>>>({});

/** Box texts as typed, so a half-typed date stays as the resident left it. */
export const wizardDrafts = signal<WizardDrafts>({});

/** The question or summary on show. */
export const wizardPosition = signal<WizardPosition>({ step: { kind: 'summary' } });

/** The camera screens and the result screen sit over the position. */
export const wizardView = signal<WizardView>({ kind: 'form' });

/** The dossier just submitted; the answers are gone by the time this is set. */
export const submittedDossier = signal<SubmittedDossier | undefined>(undefined);

/** A question to open with its problems already shown (sent there from the summary). */
export const revealIssuesFor = signal<string | undefined>(undefined);

/** Opens the wizard for `procedure`: resumes it if it is the one in progress, else starts anew. */
export function openWizard(procedure: SubmitProcedure): void {
  if (wizardProcedureId.value === procedure.id && wizardView.value.kind !== 'submitted') {
    wizardView.value = { kind: 'form' };
    return;
  }
  clearWizard();
  wizardProcedureId.value = procedure.id;
  wizardPosition.value = firstPosition(procedure, {});
}

/** Records one answer; `undefined` forgets it. */
export function setAnswer(questionId: string, value: unknown): void {
  const next = { ...wizardAnswers.value };
  if (value === undefined) delete next[questionId];
  else next[questionId] = value;
  wizardAnswers.value = next;
}

/** Records what is typed in a question's boxes; `undefined` forgets it (e.g. after a scan). */
export function setDrafts(questionId: string, parts: Record<string, string> | undefined): void {
  const next = { ...wizardDrafts.value };
  if (parts === undefined) delete next[questionId];
  else next[questionId] = parts;
  wizardDrafts.value = next;
}

function forgetAnswers(): void {
  wizardAnswers.value = {};
  wizardDrafts.value = {};
  wizardPosition.value = { step: { kind: 'summary' } };
  revealIssuesFor.value = undefined;
  dropAllPhotos();
}

/** The outbox has the dossier: forget the answers at once, and show only its code and PIN. */
export function showSubmitted(dossier: SubmittedDossier): void {
  forgetAnswers();
  submittedDossier.value = dossier;
  wizardView.value = { kind: 'submitted' };
}

/** Forgets every answer, typed text and photo, and the dossier shown as submitted. */
export function clearWizard(): void {
  forgetAnswers();
  wizardProcedureId.value = undefined;
  wizardView.value = { kind: 'form' };
  submittedDossier.value = undefined;
}

onSessionWipe(clearWizard);
