// What the kiosk keeps from its enrolment: the hub's answer, where the hub is, and how and when
// it enrolled. Read back through the schema, since an older kiosk version may have written it.
import * as v from 'valibot';
import { EnrolmentResponse } from '../../protocol/submission';

/** How the kiosk enrolled: by itself (local demo only) or with a staff one-time code. */
export type EnrolmentMethod = 'auto' | 'code';

/** The saved enrolment; `hubPublicKey` is the key pinned for sealing, never taken from elsewhere. */
export const SavedEnrolment = v.object({
  ...EnrolmentResponse.entries,
  /** The hub's base URL; '' is the origin that served the kiosk. */
  hubUrl: v.string(),
  via: v.picklist(['auto', 'code']),
  /** Kiosk-clock ms, for staff only. */
  enrolledAt: v.number(),
});
export type SavedEnrolment = v.InferOutput<typeof SavedEnrolment>;

/** The saved enrolment if `data` is one this kiosk version can use, else undefined. */
export function readSavedEnrolment(data: unknown): SavedEnrolment | undefined {
  const parsed = v.safeParse(SavedEnrolment, data);
  return parsed.success ? parsed.output : undefined;
}
