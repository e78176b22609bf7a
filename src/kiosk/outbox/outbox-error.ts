// Errors from the outbox carry a stable code; what a person reads is in outbox-error-text.ts.

/** Why the outbox refused or failed; stable for code, tests and staff screens. */
export type OutboxErrorCode =
  | 'STORAGE_FULL'
  | 'STORAGE_UNAVAILABLE'
  | 'TOO_LARGE'
  | 'INVALID_SUBMISSION'
  | 'NOT_ENROLLED'
  | 'COUNTER_EXHAUSTED'
  | 'COUNTER_TAKEN'
  | 'NOT_FOUND'
  | 'NOT_RETRYABLE'
  | 'NOT_DISCARDABLE'
  | 'STAFF_ONLY';

/** The only error the outbox throws; `cause` keeps the underlying error for logs. */
export class OutboxError extends Error {
  constructor(
    readonly code: OutboxErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`outbox: ${code}`, options);
    this.name = 'OutboxError';
  }
}

/** Maps a storage failure to an OutboxError; a full disk is STORAGE_FULL wherever it shows. */
export function toOutboxError(error: unknown): OutboxError {
  if (error instanceof OutboxError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  return new OutboxError(name === 'QuotaExceededError' ? 'STORAGE_FULL' : 'STORAGE_UNAVAILABLE', {
    cause: error,
  });
}
