import { describe, expect, it } from 'vitest';
import { submitProcedure } from './real-catalogue';
import { sampleAnswers } from './sample-answers';
import { isVisible, visibleQuestions } from './visible-questions';

const TODAY = '2026-03-15';
const ids = (questions: { id: string }[]) => questions.map((q) => q.id);

describe('visibleQuestions', () => {
  const khaiSinh = submitProcedure('khai-sinh');

  it('shows questions without conditions, and hides those whose condition is unanswered', () => {
    const { questions, answers } = visibleQuestions(khaiSinh, {});
    expect(ids(questions)).not.toContain('father');
    expect(ids(questions)).not.toContain('delivery-address');
    expect(ids(questions)).toContain('child-name');
    expect(answers).toEqual({});
  });

  it('shows a question when its condition is met, and drops its answer when it no longer is', () => {
    const answers = sampleAnswers(khaiSinh, {
      today: TODAY,
      choose: { delivery: 'post', 'father-known': true },
    });
    expect(isVisible(khaiSinh, answers, 'delivery-address')).toBe(true);
    expect(visibleQuestions(khaiSinh, answers).answers).toHaveProperty('father');

    const changed = { ...answers, delivery: 'pickup', 'father-known': false };
    const form = visibleQuestions(khaiSinh, changed);
    expect(ids(form.questions)).not.toContain('delivery-address');
    expect(ids(form.questions)).not.toContain('father');
    expect(form.answers).not.toHaveProperty('delivery-address');
    expect(form.answers).not.toHaveProperty('father');
    expect(form.answers).toHaveProperty('delivery', 'pickup');
  });

  it('follows chains: a hidden question cannot show the ones that depend on it', () => {
    const procedure = {
      ...khaiSinh,
      questions: [
        ...khaiSinh.questions,
        {
          id: 'chained',
          type: 'yesno' as const,
          label: { vi: 'x', en: 'x' },
          required: false,
          when: { questionId: 'father', equals: 'anything' },
        },
      ],
    };
    expect(isVisible(procedure, { 'father-known': false, father: 'anything' }, 'chained')).toBe(
      false,
    );
    expect(isVisible(procedure, { 'father-known': true, father: 'anything' }, 'chained')).toBe(
      true,
    );
  });

  it('compares booleans and strings exactly (false is not "false")', () => {
    const tro = submitProcedure('tro-cap-xa-hoi-hang-thang');
    expect(isVisible(tro, { 'applying-for-self': false }, 'requester')).toBe(true);
    expect(isVisible(tro, { 'applying-for-self': 'false' }, 'requester')).toBe(false);
    expect(isVisible(tro, { 'applying-for-self': true }, 'requester')).toBe(false);
  });
});
