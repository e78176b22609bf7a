// Where a dossier stands, from the kiosk's queue to the result in the resident's hands, and
// which changes an officer may make. Kiosk, hub and console all read this one table.
import * as v from 'valibot';

/** Every status, in the order a dossier usually passes through them. */
export const DOSSIER_STATUSES = [
  'queued-on-kiosk',
  'received',
  'accepted',
  'needs-more-information',
  'rejected',
  'processing',
  'ready-for-pickup',
  'sent-by-post',
  'completed',
] as const;
export const DossierStatus = v.picklist(DOSSIER_STATUSES);
export type DossierStatus = v.InferOutput<typeof DossierStatus>;

/**
 * Allowed next statuses. "Needs more information" lists every missing item at once, so the
 * supplement is checked against that list and the next step is a decision, never a second
 * request. A dossier found ineligible while processing is refused with a reason (rejected).
 */
export const STATUS_TRANSITIONS: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
  'queued-on-kiosk': ['received'],
  received: ['accepted', 'needs-more-information', 'rejected'],
  'needs-more-information': ['accepted', 'rejected'],
  accepted: ['processing'],
  processing: ['ready-for-pickup', 'sent-by-post', 'rejected'],
  'ready-for-pickup': ['completed'],
  'sent-by-post': ['completed'],
  rejected: [],
  completed: [],
};

/** Whether an officer (or delivery, for the first step) may move a dossier from one to the other. */
export function canTransition(from: DossierStatus, to: DossierStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** True when nothing more will happen to the dossier. */
export function isFinalStatus(status: DossierStatus): boolean {
  return STATUS_TRANSITIONS[status].length === 0;
}

const DOSSIER_CODE = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

/** An official dossier code (mã hồ sơ) split into its parts. */
export interface DossierCodeParts {
  /** Receiving agency's code V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.25.16.H26. */
  agencyCode: string;
  /** Date the dossier was received, as written in the code (20YY-MM-DD). */
  receivedOn: string;
  /** The agency's running number for that day. */
  sequence: number;
}

/** Reads a mã hồ sơ in the Circular 01/2018/TT-VPCP form V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX. */
export function parseDossierCode(input: string): DossierCodeParts | undefined {
  const m = DOSSIER_CODE.exec(input.trim().toUpperCase());
  if (!m) return undefined;
  const [, agencyCode = '', yy = '', mm = '', dd = '', seq = ''] = m;
  const year = 2000 + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return undefined;
  return { agencyCode, receivedOn: `${year}-${mm}-${dd}`, sequence: Number(seq) };
}

/** A dossier code as an officer types it, upper-cased and checked. */
export const DossierCode = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.check((s) => parseDossierCode(s) !== undefined, 'a code like 000.25.16.H26-250701-0001'),
);

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const Base = { at: v.pipe(v.string(), v.isoTimestamp()), note: Text(2000) };

/** One thing the resident still has to bring or correct. */
export const MissingItem = v.object({
  item: v.pipe(Text(300), v.minLength(1, 'say what is missing')),
  detail: v.optional(Text(1000)),
});
export type MissingItem = v.InferOutput<typeof MissingItem>;

/** One change in a dossier's history: when, a note, and what the status needs. */
export const StatusChange = v.variant('status', [
  v.object({ ...Base, status: v.literal('queued-on-kiosk') }),
  v.object({ ...Base, status: v.literal('received') }),
  v.object({ ...Base, status: v.literal('accepted'), dossierCode: DossierCode }),
  v.object({
    ...Base,
    status: v.literal('needs-more-information'),
    missingItems: v.pipe(v.array(MissingItem), v.minLength(1, 'list every missing item')),
  }),
  v.object({
    ...Base,
    status: v.literal('rejected'),
    reason: v.pipe(Text(2000), v.minLength(1, 'say why')),
  }),
  v.object({ ...Base, status: v.literal('processing') }),
  v.object({ ...Base, status: v.literal('ready-for-pickup') }),
  v.object({ ...Base, status: v.literal('sent-by-post') }),
  v.object({ ...Base, status: v.literal('completed') }),
]);
export type StatusChange = v.InferOutput<typeof StatusChange>;
