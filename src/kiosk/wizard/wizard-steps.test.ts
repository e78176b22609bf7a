import { describe, expect, it } from 'vitest';
import { submitProcedure } from './real-catalogue';
import { sampleAnswers } from './sample-answers';
import {
  editFromSummary,
  firstPosition,
  nextPosition,
  previousPosition,
  settledPosition,
  stepNumber,
  summaryPosition,
  type WizardPosition,
} from './wizard-steps';

const TODAY = '2026-03-15';
const at = (questionId: string, editing?: string): WizardPosition =>
  editing
    ? { step: { kind: 'question', questionId }, editing }
    : { step: { kind: 'question', questionId } };

describe('wizard steps', () => {
  const tamTru = submitProcedure('tam-tru');
  const answers = sampleAnswers(tamTru, { today: TODAY });

  it('walks every shown question in order, then the summary', () => {
    const visited: string[] = [];
    let position = firstPosition(tamTru, answers);
    while (position.step.kind === 'question') {
      visited.push(position.step.questionId);
      position = nextPosition(tamTru, answers, position);
    }
    expect(visited).toEqual([
      'applicant',
      'temporary-address',
      'housing',
      'stay-until',
      'reason',
      'proof-photo',
      'delivery',
      'contact-phone',
      'consent',
    ]);
    expect(position).toEqual(summaryPosition());
  });

  it('numbers steps honestly as conditions change ("Bước 3 / 9")', () => {
    expect(stepNumber(tamTru, answers, at('housing'))).toEqual({ number: 3, total: 9 });
    const rented = { ...answers, housing: 'rented' };
    expect(stepNumber(tamTru, rented, at('stay-until'))).toEqual({ number: 5, total: 10 });
    const byPost = { ...rented, delivery: 'post' };
    expect(stepNumber(tamTru, byPost, at('consent'))).toEqual({ number: 11, total: 11 });
    expect(stepNumber(tamTru, answers, summaryPosition())).toBeUndefined();
  });

  it('goes back question by question, and out of the wizard from the first', () => {
    expect(previousPosition(tamTru, answers, at('housing'))).toEqual(at('temporary-address'));
    expect(previousPosition(tamTru, answers, at('applicant'))).toBeUndefined();
    expect(previousPosition(tamTru, answers, summaryPosition())).toEqual(at('consent'));
  });

  it('skips questions a changed answer hides, both ways', () => {
    const rented = { ...answers, housing: 'rented', owner: answers.applicant };
    expect(nextPosition(tamTru, rented, at('housing'))).toEqual(at('owner'));
    expect(nextPosition(tamTru, answers, at('housing'))).toEqual(at('stay-until'));
    expect(previousPosition(tamTru, answers, at('stay-until'))).toEqual(at('housing'));
    // Standing on a question that has just been hidden moves on to the next one shown.
    expect(settledPosition(tamTru, answers, at('owner'))).toEqual(at('stay-until'));
  });

  it('edits one answer from the summary and comes straight back', () => {
    const editing = editFromSummary('reason');
    expect(editing).toEqual(at('reason', 'reason'));
    expect(nextPosition(tamTru, answers, editing)).toEqual(summaryPosition());
    expect(previousPosition(tamTru, answers, editing)).toEqual(summaryPosition());
    expect(stepNumber(tamTru, answers, editing)).toEqual({ number: 5, total: 9 });
  });

  it('after an edit that reveals questions, visits them before returning to the summary', () => {
    const byPost = { ...answers, delivery: 'post' };
    const editing = editFromSummary('delivery');
    const revealed = nextPosition(tamTru, byPost, editing);
    expect(revealed).toEqual(at('delivery-address', 'delivery'));
    expect(previousPosition(tamTru, byPost, revealed)).toEqual(at('delivery', 'delivery'));
    const filled = { ...byPost, 'delivery-address': answers['temporary-address'] };
    expect(nextPosition(tamTru, filled, revealed)).toEqual(summaryPosition());
  });

  it('stays on the summary when asked to go on from it', () => {
    expect(nextPosition(tamTru, answers, summaryPosition())).toEqual(summaryPosition());
  });
});
