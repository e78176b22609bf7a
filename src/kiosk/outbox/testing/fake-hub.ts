// A unit-level stand-in for the hub's submission endpoint: 201 stored, 200 same bytes again,
// 409 other bytes, kept by SHA-256 — with failures that tests switch on. Not the real hub.
import { parseEnvelopeHeader } from '../../../protocol/envelope';
import { HEALTH_PATH } from '../../../protocol/submission';

/** A failure the fake hub can produce instead of (or after) doing its job. */
export type HubFailure =
  | 'network' // nothing reaches the hub
  | 'lost-ack' // the hub stores, then the answer is lost
  | 'hang' // no answer until the kiosk gives up
  | { status: number; retryAfter?: string; code?: string };

/** Picks a failure for a request, or undefined to answer normally. */
export type FailurePlan = (request: { id: string; n: number }) => HubFailure | undefined;

export interface FakeHub {
  fetch: typeof fetch;
  /** Body hash per stored submission id. */
  stored: Map<string, string>;
  /** How many times each id was answered 201 (must never exceed 1). */
  created: Map<string, number>;
  requests: number;
  /** How many of the requests were probes of the health route. */
  probes: number;
  maxInFlight: number;
  plan: FailurePlan;
  token: string;
}

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A fake hub; `plan` may be replaced at any time to switch failures on and off. */
export function createFakeHub(token = 'test-token-0123456789'): FakeHub {
  let inFlight = 0;
  const hub: FakeHub = {
    stored: new Map(),
    created: new Map(),
    requests: 0,
    probes: 0,
    maxInFlight: 0,
    plan: () => undefined,
    token,
    fetch: async (input, init) => {
      const n = hub.requests++;
      inFlight++;
      hub.maxInFlight = Math.max(hub.maxInFlight, inFlight);
      try {
        await Promise.resolve();
        const url = String(input);
        const id = /\/api\/v1\/submissions\/([^/]+)$/.exec(url)?.[1] ?? '';
        const failure = hub.plan({ id, n });
        if (failure === 'network') throw new TypeError('Failed to fetch');
        if (failure === 'hang') {
          return await new Promise<Response>((_, reject) => {
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            );
          });
        }
        if (failure && typeof failure === 'object') {
          const headers: Record<string, string> = failure.retryAfter
            ? { 'Retry-After': failure.retryAfter }
            : {};
          return json(
            failure.status,
            { error: { code: failure.code ?? 'FAILED', message: `status ${failure.status}` } },
            headers,
          );
        }
        if (url.endsWith(HEALTH_PATH) && (init?.method ?? 'GET') === 'GET') {
          hub.probes++;
          return json(200, { status: 'ok' });
        }
        if (init?.method !== 'PUT')
          return json(405, { error: { code: 'METHOD', message: 'PUT only' } });
        if (new Headers(init.headers).get('Authorization') !== `Bearer ${hub.token}`) {
          return json(401, { error: { code: 'UNAUTHORIZED', message: 'Unknown kiosk token' } });
        }
        const body = init.body as ArrayBuffer;
        if (parseEnvelopeHeader(new Uint8Array(body)).submissionId !== id) {
          return json(422, {
            error: { code: 'ID_MISMATCH', message: 'Envelope is for another id' },
          });
        }
        const hash = await sha256(body);
        const known = hub.stored.get(id);
        let response: Response;
        if (known === undefined) {
          hub.stored.set(id, hash);
          hub.created.set(id, (hub.created.get(id) ?? 0) + 1);
          response = json(201, { outcome: 'stored' });
        } else if (known === hash) {
          response = json(200, { outcome: 'already-stored' });
        } else {
          response = json(409, {
            error: { code: 'CONFLICT', message: 'Other bytes under this id' },
          });
        }
        if (failure === 'lost-ack') throw new TypeError('Failed to fetch');
        return response;
      } finally {
        inFlight--;
      }
    },
  };
  return hub;
}
