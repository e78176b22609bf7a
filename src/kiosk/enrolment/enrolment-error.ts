// Errors from enrolment carry a stable code; what staff read is in the message tables
// under `enrolment.error.<code>`.
import type { MessageKey } from '../i18n/vi';

/** Why enrolment failed; stable for code, tests and the staff screen. */
export type EnrolmentErrorCode =
  | 'CODE_INVALID'
  | 'AUTO_ENROLMENT_OFF'
  | 'HUB_UNREACHABLE'
  | 'HUB_ERROR'
  | 'BAD_RESPONSE'
  | 'STORAGE_UNAVAILABLE';

/** The only error enrolment throws; `cause` keeps the underlying error for logs. */
export class EnrolmentError extends Error {
  constructor(
    readonly code: EnrolmentErrorCode,
    options?: { cause?: unknown; status?: number },
  ) {
    super(`enrolment: ${code}${options?.status ? ` (HTTP ${options.status})` : ''}`, options);
    this.name = 'EnrolmentError';
  }
}

/** The message-table key for an enrolment error's sentence. */
export function enrolmentErrorMessageKey(code: EnrolmentErrorCode): MessageKey {
  return `enrolment.error.${code}`;
}
