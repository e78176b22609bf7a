// One delivery attempt — a PUT of the sealed bytes — and what its result means for the record
// and for the loop: delivered, dead-letter for staff, or back in the queue with a delay (and
// the whole loop pausing, when the failure is the hub's or the network's, not the submission's).
import * as v from 'valibot';
import {
  ApiErrorBody,
  ENVELOPE_CONTENT_TYPE,
  HEALTH_PATH,
  submissionPath,
} from '../../protocol/submission';
import type { OutboxLastError } from './outbox-db';
import type { Claim } from './outbox-store';
import { backoffDelay, parseRetryAfter, type RetryPolicy } from './retry-schedule';

/** Where and as whom to deliver, from enrolment. `hubUrl` '' means the origin that served the kiosk. */
export interface KioskCredentials {
  hubUrl: string;
  token: string;
}

/** Timer functions, injectable for tests. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Why delivery is paused, for staff and the heartbeat; null while nothing stands in the way. */
export type SyncBlock = 'NOT_ENROLLED' | 'UNAUTHORIZED' | 'OFFLINE' | 'HUB_BUSY' | 'STORAGE' | null;

/** The decision for one attempt. */
export type DeliveryOutcome =
  | { state: 'delivered' }
  | { state: 'dead-letter'; error: OutboxLastError }
  | { state: 'queued'; delayMs: number; error: OutboxLastError; block: SyncBlock };

/** What the decision depends on besides the response. */
export interface OutcomeContext {
  /** Attempts so far, this one included. */
  attempts: number;
  now: number;
  random: () => number;
  policy: RetryPolicy;
}

const MESSAGE_MAX = 500;

function later(
  ctx: OutcomeContext,
  error: OutboxLastError,
  block: SyncBlock,
  delayMs = backoffDelay(ctx.attempts, ctx.random, ctx.policy),
): DeliveryOutcome {
  return { state: 'queued', delayMs, error, block };
}

function hubAddress(credentials: KioskCredentials, path: string): string {
  return `${credentials.hubUrl.replace(/\/+$/, '')}${path}`;
}

/** PUTs a claimed envelope to the hub, giving up after `requestTimeoutMs`. */
export async function attemptDelivery(
  claim: Claim,
  credentials: KioskCredentials,
  env: Omit<OutcomeContext, 'attempts' | 'now'> & {
    fetch: typeof fetch;
    timers: Timers;
    now: () => number;
    requestTimeoutMs: number;
  },
): Promise<DeliveryOutcome> {
  const { record, envelope } = claim;
  const url = hubAddress(credentials, submissionPath(record.id));
  const controller = new AbortController();
  const timeout = env.timers.setTimeout(() => controller.abort(), env.requestTimeoutMs);
  const ctx = (): OutcomeContext => ({ ...env, attempts: record.attempts, now: env.now() });
  try {
    const response = await env.fetch(url, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${credentials.token}`,
        'Content-Type': ENVELOPE_CONTENT_TYPE,
      },
      body: envelope,
      cache: 'no-store',
      signal: controller.signal,
    });
    return await outcomeOfResponse(response, ctx());
  } catch (error) {
    return outcomeOfNetworkError(error, controller.signal.aborted, ctx());
  } finally {
    env.timers.clearTimeout(timeout);
  }
}

/** How long a probe of the hub may take before the hub counts as unreachable. */
export const PROBE_TIMEOUT_MS = 10_000;

/**
 * Asks the hub's health route whether it is up: a request of a few bytes, where an attempt
 * would read a sealed envelope of megabytes from disk and write the outcome down twice. True
 * when it answers with anything but a server error or a 429.
 */
export async function probeHub(
  credentials: KioskCredentials,
  env: { fetch: typeof fetch; timers: Timers },
): Promise<boolean> {
  const controller = new AbortController();
  const timeout = env.timers.setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  try {
    const response = await env.fetch(hubAddress(credentials, HEALTH_PATH), {
      cache: 'no-store',
      signal: controller.signal,
    });
    void response.body?.cancel().catch(() => undefined);
    return response.status < 500 && response.status !== 429;
  } catch {
    return false;
  } finally {
    env.timers.clearTimeout(timeout);
  }
}

/** A fetch that threw: the network, or our own timeout. */
export function outcomeOfNetworkError(
  error: unknown,
  timedOut: boolean,
  ctx: OutcomeContext,
): DeliveryOutcome {
  const message = (error as { message?: unknown } | null)?.message;
  return later(
    ctx,
    {
      code: timedOut ? 'TIMEOUT' : 'NETWORK',
      ...(typeof message === 'string' ? { message: message.slice(0, MESSAGE_MAX) } : {}),
    },
    'OFFLINE',
  );
}

/** The hub's answer: 201/200 delivered; 409 conflict; 429 and 5xx later; other 4xx to staff. */
export async function outcomeOfResponse(
  response: Response,
  ctx: OutcomeContext,
): Promise<DeliveryOutcome> {
  const status = response.status;
  if (status === 200 || status === 201) {
    void response.body?.cancel().catch(() => undefined);
    return { state: 'delivered' };
  }
  const hub = await readHubError(response);
  const detail = { status, ...(hub.message !== undefined ? { message: hub.message } : {}) };
  if (status === 409) return { state: 'dead-letter', error: { code: 'CONFLICT', ...detail } };
  if (status === 429) {
    const wait = parseRetryAfter(response.headers.get('Retry-After'), ctx.now, ctx.policy);
    return later(ctx, { code: 'RATE_LIMITED', ...detail }, 'HUB_BUSY', wait);
  }
  // A refused token is the kiosk's problem, not the submission's: wait for re-enrolment.
  if (status === 401 || status === 403) {
    const error = { code: 'UNAUTHORIZED', ...detail };
    return later(ctx, error, 'UNAUTHORIZED', ctx.policy.maxDelayMs);
  }
  // No such route or method means a misrouted hub, which would dead-letter every record.
  const hubSide = status >= 500 || [404, 405, 408, 425].includes(status);
  if (status >= 400 && !hubSide) {
    return { state: 'dead-letter', error: { code: hub.code ?? `HTTP_${status}`, ...detail } };
  }
  return later(ctx, { code: hubSide ? 'HUB_ERROR' : 'UNEXPECTED_RESPONSE', ...detail }, 'HUB_BUSY');
}

async function readHubError(response: Response): Promise<{ code?: string; message?: string }> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return {};
  }
  try {
    const parsed = v.safeParse(ApiErrorBody, JSON.parse(text));
    if (parsed.success) {
      const { code, message } = parsed.output.error;
      return { code, message: message.slice(0, MESSAGE_MAX) };
    }
  } catch {
    // Not JSON: a proxy's page, say; keep its start for staff.
  }
  return text ? { message: text.slice(0, MESSAGE_MAX) } : {};
}
