import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Procedure } from './procedure';
import { perPageFeeVnd, type FeeRule } from './procedure-fee';

const text = (s: string) => ({ vi: s, en: s });

/** A small valid submit procedure; each test breaks one thing in a copy. */
function submitProcedure(): Record<string, unknown> & { questions: Record<string, unknown>[] } {
  return {
    id: 'thu-tuc-mau',
    nationalCode: '1.000001',
    kind: 'submit',
    name: text('Thủ tục mẫu'),
    summary: text('Một thủ tục để thử.'),
    category: 'civil-status',
    lifeEvents: ['having-a-baby'],
    aliases: { vi: ['mẫu'], en: ['sample'] },
    agency: text('UBND phường'),
    agencyLevel: 'commune',
    fee: { rule: { kind: 'free' }, text: text('Miễn phí'), exemptions: [] },
    processingTime: { text: text('Trong ngày'), workingDays: 0 },
    documents: [
      {
        id: 'giay-chung-sinh',
        name: text('Giấy chứng sinh'),
        required: true,
        form: 'original',
        canBringOriginal: true,
        photo: true,
      },
    ],
    delivery: ['pickup', 'post'],
    questions: [
      { id: 'has-paper', type: 'yesno', label: text('Có giấy?'), required: true },
      {
        id: 'paper-photo',
        type: 'photo',
        label: text('Chụp giấy'),
        required: true,
        documentId: 'giay-chung-sinh',
        when: { questionId: 'has-paper', equals: true },
      },
      {
        id: 'delivery',
        type: 'choice',
        label: text('Nhận kết quả'),
        required: true,
        options: [
          { value: 'pickup', label: text('Tại phường') },
          { value: 'post', label: text('Bưu điện') },
        ],
      },
      { id: 'contact-phone', type: 'phone', label: text('Điện thoại'), required: true },
      { id: 'consent', type: 'consent', label: text('Tôi đồng ý'), required: true },
    ],
    legalBasis: [text('Luật')],
    source: { citation: 'Văn bản mẫu', checked: '2025-07-01' },
  };
}

function firstIssue(input: unknown): { path: string | null; message: string } | undefined {
  const result = v.safeParse(Procedure, input);
  if (result.success) return undefined;
  const issue = result.issues[0];
  return issue && { path: v.getDotPath(issue), message: issue.message };
}

describe('Procedure schema', () => {
  it('accepts a complete submit procedure and fills defaults', () => {
    const parsed = v.parse(Procedure, submitProcedure());
    expect(parsed.kind).toBe('submit');
    const photo = parsed.kind === 'submit' ? parsed.questions[1] : undefined;
    expect(photo?.type === 'photo' && photo.maxPhotos).toBe(1);
  });

  it('rejects unknown fields (strict objects), naming the place', () => {
    const p = submitProcedure();
    (p.name as Record<string, string>).fr = 'Procédure';
    expect(firstIssue(p)?.path).toBe('name.fr');
  });

  it('rejects a condition on a later or unknown question', () => {
    const p = submitProcedure();
    p.questions[0] = { ...p.questions[0], when: { questionId: 'paper-photo', equals: true } };
    expect(firstIssue(p)).toEqual({
      path: 'questions.0.when.questionId',
      message: 'the id of an earlier question',
    });
  });

  it('rejects a condition value the earlier question cannot give', () => {
    const p = submitProcedure();
    p.questions[1] = { ...p.questions[1], when: { questionId: 'has-paper', equals: 'yes' } };
    expect(firstIssue(p)?.path).toBe('questions.1.when.equals');
  });

  it('rejects a photo question for a document the procedure does not list', () => {
    const p = submitProcedure();
    p.questions[1] = { ...p.questions[1], documentId: 'so-do' };
    expect(firstIssue(p)?.path).toBe('questions.1.documentId');
  });

  it('rejects a photographed document without a photo question', () => {
    const p = submitProcedure();
    p.questions.splice(1, 1);
    expect(firstIssue(p)?.path).toBe('documents.0.photo');
  });

  it('rejects a choice question without options', () => {
    const p = submitProcedure();
    p.questions.splice(1, 0, { id: 'pick', type: 'choice', label: text('Chọn'), required: true });
    expect(firstIssue(p)?.path).toBe('questions.1.options');
  });

  it('rejects a choice question with a single option, except the delivery question', () => {
    const p = submitProcedure();
    p.questions.splice(1, 0, {
      id: 'pick',
      type: 'choice',
      label: text('Chọn'),
      required: true,
      options: [{ value: 'a', label: text('A') }],
    });
    expect(firstIssue(p)?.path).toBe('questions.1.options');
  });

  it('rejects duplicate question ids', () => {
    const p = submitProcedure();
    p.questions[1] = { ...p.questions[1], id: 'has-paper' };
    expect(firstIssue(p)?.path).toBe('questions.1.id');
  });

  it('requires the submit ending: delivery matching the options, a phone, consent last', () => {
    const noConsent = submitProcedure();
    noConsent.questions.pop();
    expect(firstIssue(noConsent)?.message).toBe('a required consent last');

    const noPhone = submitProcedure();
    noPhone.questions.splice(3, 1);
    expect(firstIssue(noPhone)?.message).toBe('a required phone question after delivery');

    const mismatch = submitProcedure();
    mismatch.delivery = ['pickup'];
    expect(firstIssue(mismatch)?.path).toBe('questions.2.options');
  });

  it('accepts a guide procedure with steps and no questions', () => {
    const rest: Record<string, unknown> = submitProcedure();
    delete rest.questions;
    delete rest.delivery;
    const guide = {
      ...rest,
      kind: 'guide',
      documents: [],
      guide: { url: 'https://canhan.gdt.gov.vn/', steps: [text('Mở ứng dụng')] },
    };
    expect(firstIssue(guide)).toBeUndefined();
    expect(firstIssue({ ...guide, guide: { url: 'not a url', steps: [] } })?.path).toBe(
      'guide.url',
    );
  });

  it('rejects a malformed national code and a source without url or citation', () => {
    expect(firstIssue({ ...submitProcedure(), nationalCode: '1004194' })?.path).toBe(
      'nationalCode',
    );
    expect(firstIssue({ ...submitProcedure(), source: { checked: '2025-07-01' } })?.message).toBe(
      'a url or a citation',
    );
  });
});

describe('perPageFeeVnd', () => {
  const copyFee: Extract<FeeRule, { kind: 'per-page' }> = {
    kind: 'per-page',
    tiers: [
      { fromPage: 1, vndPerPage: 2000 },
      { fromPage: 3, vndPerPage: 1000 },
    ],
    maxVndPerCopy: 200_000,
  };

  it.each([
    [1, 2000],
    [2, 4000],
    [3, 5000],
    [10, 12_000],
    [500, 200_000],
  ])('%i pages cost %i đồng', (pages, vnd) => {
    expect(perPageFeeVnd(copyFee, pages)).toBe(vnd);
  });
});
