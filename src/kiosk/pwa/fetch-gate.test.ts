import { describe, expect, it } from 'vitest';
import { createFetchGate } from './fetch-gate';

/** A fetch whose responses the test hands out one by one. */
function controlledFetch() {
  const pending: Array<{ url: string; answer: (status: number) => void }> = [];
  const fetch = (input: RequestInfo | URL) =>
    new Promise<Response>((resolve) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      pending.push({ url, answer: (status) => resolve(new Response(null, { status })) });
    });
  return { fetch: fetch as typeof globalThis.fetch, pending };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('fetch gate', () => {
  it('passes requests straight through while open', async () => {
    const inner = controlledFetch();
    const gate = createFetchGate(inner.fetch);
    const response = gate.fetch('/api/v1/site');
    expect(inner.pending.map((p) => p.url)).toEqual(['/api/v1/site']);
    expect(gate.inFlight).toBe(1);
    inner.pending[0]!.answer(200);
    expect((await response).status).toBe(200);
    expect(gate.inFlight).toBe(0);
  });

  it('holds requests while closed and lets them go in order when opened', async () => {
    const inner = controlledFetch();
    const gate = createFetchGate(inner.fetch);
    gate.close();
    const first = gate.fetch('/api/v1/heartbeats');
    const second = gate.fetch('/api/v1/site');
    await tick();
    expect(inner.pending).toHaveLength(0);
    expect(gate.held).toBe(2);

    gate.open();
    await tick();
    expect(inner.pending.map((p) => p.url)).toEqual(['/api/v1/heartbeats', '/api/v1/site']);
    inner.pending[0]!.answer(204);
    inner.pending[1]!.answer(200);
    expect((await first).status).toBe(204);
    expect((await second).status).toBe(200);
  });

  it('reports drained only when every request in flight has settled, failures included', async () => {
    const inner = controlledFetch();
    let failNext = false;
    const gate = createFetchGate((input, init) => {
      if (failNext) return Promise.reject(new TypeError('Failed to fetch'));
      return inner.fetch(input, init);
    });
    const slow = gate.fetch('/api/v1/site');
    failNext = true;
    await expect(gate.fetch('/api/v1/heartbeats')).rejects.toThrow('Failed to fetch');
    gate.close();

    let drained = false;
    void gate.drained().then(() => (drained = true));
    await tick();
    expect(drained).toBe(false);
    inner.pending[0]!.answer(200);
    await slow;
    await tick();
    expect(drained).toBe(true);
    expect(gate.inFlight).toBe(0);
  });

  it('counts a request whose fetch throws at once as settled', async () => {
    const gate = createFetchGate(() => {
      throw new TypeError('bad init');
    });
    await expect(gate.fetch('/x')).rejects.toThrow('bad init');
    expect(gate.inFlight).toBe(0);
    await gate.drained();
  });
});
