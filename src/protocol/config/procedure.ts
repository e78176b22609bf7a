// One administrative procedure in the catalogue (kiosk-config/procedures/<id>.json).
import * as v from 'valibot';
import { Fee } from './procedure-fee';
import { Question } from './procedure-question';
import { LifeEvent, ProcedureCategory } from './procedure-topics';
import { LocalizedText } from './text';

const StrictText = v.strictObject(LocalizedText.entries);
const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words and dashes'));
const Words = v.pipe(v.string(), v.trim(), v.minLength(1));

/** A paper the resident brings or photographs; `canBringOriginal` offers "Tôi sẽ mang bản gốc đến". */
export const ProcedureDocument = v.strictObject({
  id: Slug,
  name: StrictText,
  required: v.boolean(),
  form: v.picklist(['original', 'copy', 'original-or-copy', 'certified-copy']),
  notes: v.optional(StrictText),
  canBringOriginal: v.boolean(),
  photo: v.boolean(),
});
export type ProcedureDocument = v.InferOutput<typeof ProcedureDocument>;

/** Where the facts came from; `unverified` lists facts to check before a real deployment. */
export const ProcedureSource = v.pipe(
  v.strictObject({
    url: v.optional(v.pipe(v.string(), v.url())),
    citation: v.optional(Words),
    checked: v.pipe(v.string(), v.isoDate('a date like 2025-07-01')),
    unverified: v.optional(v.array(Words)),
  }),
  v.check((s) => s.url !== undefined || s.citation !== undefined, 'a url or a citation'),
);

const shared = {
  id: Slug,
  // Mã thủ tục hành chính on the national public service portal, where there is one.
  nationalCode: v.optional(v.pipe(v.string(), v.regex(/^\d\.\d{6}$/, 'a code like 1.004194'))),
  name: StrictText,
  summary: StrictText,
  category: ProcedureCategory,
  lifeEvents: v.array(LifeEvent),
  aliases: v.strictObject({ vi: v.array(Words), en: v.array(Words) }),
  agency: StrictText,
  agencyLevel: v.picklist(['commune', 'province', 'national']),
  fee: Fee,
  processingTime: v.strictObject({
    text: StrictText,
    // 0 means the same working day.
    workingDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  documents: v.array(ProcedureDocument),
  legalBasis: v.array(StrictText),
  source: ProcedureSource,
};

const SubmitProcedure = v.strictObject({
  ...shared,
  kind: v.literal('submit'),
  delivery: v.pipe(
    v.array(v.picklist(['pickup', 'post'])),
    v.minLength(1, 'at least one way to receive the result'),
  ),
  questions: v.pipe(v.array(Question), v.minLength(1)),
});

const GuideProcedure = v.strictObject({
  ...shared,
  kind: v.literal('guide'),
  // Done elsewhere (an app or another agency); the kiosk shows the steps and a QR to this url.
  guide: v.strictObject({
    url: v.pipe(v.string(), v.url()),
    steps: v.pipe(v.array(StrictText), v.minLength(1)),
  }),
});

type Problem = { path: (string | number)[]; message: string };

/** The id of the wizard's choice question that asks how the result is received. */
export const DELIVERY_QUESTION_ID = 'delivery';

function problemsOf(p: v.InferOutput<typeof SubmitProcedure | typeof GuideProcedure>): Problem[] {
  const problems: Problem[] = [];
  const docIds = new Set<string>();
  p.documents.forEach((d, i) => {
    if (docIds.has(d.id)) problems.push({ path: ['documents', i, 'id'], message: 'a unique id' });
    docIds.add(d.id);
  });
  if (p.kind !== 'submit') return problems;

  const seen = new Map<string, Question>();
  const photographed = new Set<string>();
  p.questions.forEach((q, i) => {
    const at = (...rest: (string | number)[]) => ['questions', i, ...rest];
    if (seen.has(q.id)) problems.push({ path: at('id'), message: 'a unique question id' });
    if (q.when) {
      const earlier = seen.get(q.when.questionId);
      if (!earlier) {
        problems.push({ path: at('when', 'questionId'), message: 'the id of an earlier question' });
      } else if (!conditionFits(earlier, q.when.equals)) {
        problems.push({
          path: at('when', 'equals'),
          message: `a possible answer to ${earlier.id}`,
        });
      }
    }
    if (q.type === 'photo') {
      const doc = p.documents.find((d) => d.id === q.documentId);
      if (!doc?.photo) {
        problems.push({
          path: at('documentId'),
          message: 'a document of this procedure with photo: true',
        });
      }
      photographed.add(q.documentId);
    }
    if (q.type === 'choice' && q.id !== DELIVERY_QUESTION_ID && q.options.length < 2) {
      problems.push({ path: at('options'), message: 'at least two options' });
    }
    seen.set(q.id, q);
  });
  p.documents.forEach((d, i) => {
    if (d.photo && !photographed.has(d.id)) {
      problems.push({
        path: ['documents', i, 'photo'],
        message: 'a photo question for this document',
      });
    }
  });
  if (new Set(p.delivery).size !== p.delivery.length) {
    problems.push({ path: ['delivery'], message: 'each way listed once' });
  }
  problems.push(...endingProblems(p.questions, p.delivery));
  return problems;
}

function conditionFits(q: Question, equals: string | number | boolean): boolean {
  if (q.type === 'yesno' || q.type === 'consent') return typeof equals === 'boolean';
  if (q.type === 'number') return typeof equals === 'number';
  if (q.type === 'choice') return q.options.some((o) => o.value === equals);
  return typeof equals === 'string';
}

// Every submission ends the same way: how to receive the result, a phone number, consent.
function endingProblems(questions: Question[], delivery: string[]): Problem[] {
  const index = questions.findIndex((q) => q.id === DELIVERY_QUESTION_ID);
  const deliveryQ = questions[index];
  if (deliveryQ?.type !== 'choice') {
    return [{ path: ['questions'], message: `a choice question "${DELIVERY_QUESTION_ID}"` }];
  }
  const problems: Problem[] = [];
  const values = deliveryQ.options.map((o) => o.value);
  if (values.length !== delivery.length || !delivery.every((d) => values.includes(d))) {
    problems.push({
      path: ['questions', index, 'options'],
      message: 'the delivery ways as options',
    });
  }
  const phone = questions.findIndex((q, i) => i > index && q.type === 'phone' && q.required);
  if (phone < 0) {
    problems.push({ path: ['questions'], message: 'a required phone question after delivery' });
  }
  const last = questions[questions.length - 1];
  if (last?.type !== 'consent' || !last.required) {
    problems.push({
      path: ['questions', questions.length - 1],
      message: 'a required consent last',
    });
  }
  return problems;
}

/** A catalogue entry: `submit` runs the wizard, `guide` explains a procedure done elsewhere. */
export const Procedure = v.pipe(
  v.variant('kind', [SubmitProcedure, GuideProcedure]),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const problem of problemsOf(dataset.value)) {
      addIssue({ message: problem.message, path: issuePath(dataset.value, problem.path) });
    }
  }),
);
export type Procedure = v.InferOutput<typeof Procedure>;
export type SubmitProcedure = Extract<Procedure, { kind: 'submit' }>;
export type GuideProcedure = Extract<Procedure, { kind: 'guide' }>;

// valibot wants each step of an issue's path with its container, so getDotPath can name the field.
function issuePath(
  root: unknown,
  keys: (string | number)[],
): [v.IssuePathItem, ...v.IssuePathItem[]] {
  const items: v.IssuePathItem[] = [];
  let input = root as Record<string | number, unknown>;
  for (const key of keys) {
    const value = input[key];
    items.push(
      Array.isArray(input)
        ? { type: 'array', origin: 'value', input: input as unknown[], key: key as number, value }
        : { type: 'object', origin: 'value', input, key: key as string, value },
    );
    input = value as Record<string | number, unknown>;
  }
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}
