import { describe, expect, it } from 'vitest';
import { outcomeOfNetworkError, outcomeOfResponse, type OutcomeContext } from './delivery-attempt';
import { DEFAULT_RETRY_POLICY } from './retry-schedule';

const ctx: OutcomeContext = {
  attempts: 1,
  now: Date.UTC(2025, 6, 1),
  random: () => 0.5,
  policy: DEFAULT_RETRY_POLICY,
};

function hubError(status: number, code = 'SOME_CODE', headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ error: { code, message: `Hub says ${status}` } }), {
    status,
    headers,
  });
}

describe('delivery outcome', () => {
  it('counts 201 and 200 as delivered', async () => {
    expect(await outcomeOfResponse(new Response('{}', { status: 201 }), ctx)).toEqual({
      state: 'delivered',
    });
    expect(await outcomeOfResponse(new Response('{}', { status: 200 }), ctx)).toEqual({
      state: 'delivered',
    });
  });

  it('dead-letters 409 as CONFLICT and other refusals with the hub code and message', async () => {
    expect(await outcomeOfResponse(hubError(409), ctx)).toEqual({
      state: 'dead-letter',
      error: { code: 'CONFLICT', status: 409, message: 'Hub says 409' },
    });
    for (const status of [400, 413, 422]) {
      expect(await outcomeOfResponse(hubError(status, 'TOO_LARGE'), ctx)).toEqual({
        state: 'dead-letter',
        error: { code: 'TOO_LARGE', status, message: `Hub says ${status}` },
      });
    }
    const proxyPage = new Response('<html>Bad Request</html>', { status: 400 });
    expect(await outcomeOfResponse(proxyPage, ctx)).toMatchObject({
      state: 'dead-letter',
      error: { code: 'HTTP_400', message: '<html>Bad Request</html>' },
    });
  });

  it('retries 5xx, 408 and a misrouted 404 with backoff, pausing the loop', async () => {
    for (const status of [500, 502, 503, 408, 404]) {
      expect(await outcomeOfResponse(hubError(status), ctx)).toMatchObject({
        state: 'queued',
        delayMs: 2_500,
        error: { code: 'HUB_ERROR', status },
        block: 'HUB_BUSY',
      });
    }
  });

  it('waits as long as Retry-After says on 429, and backs off without it', async () => {
    const limited = hubError(429, 'RATE_LIMITED', { 'Retry-After': '30' });
    expect(await outcomeOfResponse(limited, ctx)).toMatchObject({
      state: 'queued',
      delayMs: 30_000,
      error: { code: 'RATE_LIMITED', status: 429 },
    });
    expect(await outcomeOfResponse(hubError(429), ctx)).toMatchObject({ delayMs: 2_500 });
  });

  it('keeps records queued when the token is refused', async () => {
    expect(await outcomeOfResponse(hubError(401), ctx)).toMatchObject({
      state: 'queued',
      delayMs: DEFAULT_RETRY_POLICY.maxDelayMs,
      block: 'UNAUTHORIZED',
    });
  });

  it('tells a network failure from a timeout', () => {
    expect(outcomeOfNetworkError(new TypeError('Failed to fetch'), false, ctx)).toMatchObject({
      state: 'queued',
      error: { code: 'NETWORK', message: 'Failed to fetch' },
      block: 'OFFLINE',
    });
    expect(outcomeOfNetworkError(new DOMException('aborted'), true, ctx)).toMatchObject({
      error: { code: 'TIMEOUT' },
    });
  });
});
