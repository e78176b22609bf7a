import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportHubPublicKey, generateHubKeyPair } from '../../protocol/envelope';
import { ManualClock } from '../outbox/testing/outbox-fixtures';
import { EnrolmentDb } from './enrolment-db';
import { EnrolmentError } from './enrolment-error';
import { KioskEnrolmentKeeper, type EnrolmentOptions } from './enrolment-keeper';

type Answer = { status: number; body?: unknown } | 'network';

/** A hub's enrolment endpoints that answer from a script; records what the kiosk sent. */
async function fakeHub(script: (path: string, body: unknown) => Answer) {
  const hubPublicKey = await exportHubPublicKey((await generateHubKeyPair()).publicKey);
  const requests: Array<{ url: string; body: unknown }> = [];
  let kiosks = 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    const body: unknown = JSON.parse(String(init?.body ?? '{}'));
    requests.push({ url, body });
    const answer = script(new URL(url, 'http://hub.test').pathname, body);
    if (answer === 'network') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body ?? {}), { status: answer.status });
  };
  const enrolled = () => {
    kiosks++;
    return {
      status: 201,
      body: {
        kioskId: `kiosk-${kiosks}`,
        kioskPrefix: kiosks === 1 ? 'K7Q' : 'M2P',
        siteId: 'nvh-phuc-xa',
        token: `token-${kiosks}-0123456789abcdef`,
        hubPublicKey,
      },
    };
  };
  const refused = (status: number, code: string) => ({
    status,
    body: { error: { code, message: code } },
  });
  return { fetch, requests, enrolled, refused, hubPublicKey };
}

function keeperWith(db: EnrolmentDb, fetch: typeof globalThis.fetch, clock = new ManualClock()) {
  const options: Partial<EnrolmentOptions> = {
    fetch,
    timers: clock,
    now: clock.now,
    random: () => 0.5,
  };
  return new KioskEnrolmentKeeper(db, options);
}

describe('kiosk enrolment', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('enrols itself once where the hub allows it, then reads the pinned enrolment back', async () => {
    const hub = await fakeHub((path) => {
      expect(path).toBe('/api/v1/enrolments/auto');
      return hub.enrolled();
    });
    const first = keeperWith(new EnrolmentDb(), hub.fetch);
    expect((await first.start()).state).toBe('enrolled');
    expect(first.current()).toEqual({
      kioskId: 'kiosk-1',
      kioskPrefix: 'K7Q',
      hubPublicKey: hub.hubPublicKey,
      token: 'token-1-0123456789abcdef',
      hubUrl: '',
    });

    const restarted = keeperWith(new EnrolmentDb(), hub.fetch);
    expect((await restarted.start()).enrolment?.via).toBe('auto');
    expect(restarted.current()).toEqual(first.current());
    expect(hub.requests).toHaveLength(1);
  });

  it('waits for staff where the hub refuses automatic enrolment, and enrols with a code', async () => {
    const hub = await fakeHub((path, body) => {
      if (path === '/api/v1/enrolments/auto') return hub.refused(403, 'AUTO_ENROLMENT_OFF');
      const { code } = body as { code: string };
      return code === 'ABCDE-FGHJK' ? hub.enrolled() : hub.refused(403, 'ENROLMENT_CODE_INVALID');
    });
    const clock = new ManualClock();
    const keeper = keeperWith(new EnrolmentDb(), hub.fetch, clock);
    expect(await keeper.start()).toEqual({ state: 'needs-code', lastError: 'AUTO_ENROLMENT_OFF' });
    expect(clock.pendingDelays()).toEqual([]); // no retries: only staff can help now
    expect(keeper.current()).toBeUndefined();

    const wrong = await keeper.enrolWithCode('ZZZZZ-ZZZZZ').catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(EnrolmentError);
    expect((wrong as EnrolmentError).code).toBe('CODE_INVALID');
    expect(keeper.status().state).toBe('needs-code');
    await expect(keeper.enrolWithCode('   ')).rejects.toMatchObject({ code: 'CODE_INVALID' });

    const saved = await keeper.enrolWithCode(' ABCDE-FGHJK ', 'Nhà văn hoá tổ 5');
    expect(saved.via).toBe('code');
    expect(hub.requests.at(-1)?.body).toEqual({ code: 'ABCDE-FGHJK', label: 'Nhà văn hoá tổ 5' });
    expect(keeper.status().state).toBe('enrolled');
    expect((await keeperWith(new EnrolmentDb(), hub.fetch).start()).enrolment?.kioskId).toBe(
      saved.kioskId,
    );
  });

  it('retries automatic enrolment while the hub cannot be reached, sooner when told', async () => {
    let reachable = false;
    const hub = await fakeHub(() => (reachable ? hub.enrolled() : 'network'));
    const clock = new ManualClock();
    const keeper = keeperWith(new EnrolmentDb(), hub.fetch, clock);
    const changes: string[] = [];
    keeper.subscribe((s) => changes.push(s.state));
    expect(await keeper.start()).toEqual({ state: 'enrolling', lastError: 'HUB_UNREACHABLE' });
    expect(clock.pendingDelays()).toEqual([2_500]);

    clock.fireNext();
    await expect.poll(() => hub.requests.length).toBe(2);
    await expect.poll(() => clock.pendingDelays()).toEqual([5_000]); // backing off

    reachable = true;
    keeper.retryNow(); // the network came back
    await expect.poll(() => keeper.status().state).toBe('enrolled');
    expect(clock.pendingDelays()).toEqual([]);
    expect(changes.at(-1)).toBe('enrolled');
  });

  it('waits and tries again when the hub fails, rather than asking staff for a code', async () => {
    let failing = true;
    const hub = await fakeHub(() => (failing ? hub.refused(503, 'UNAVAILABLE') : hub.enrolled()));
    const clock = new ManualClock();
    const keeper = keeperWith(new EnrolmentDb(), hub.fetch, clock);
    expect(await keeper.start()).toEqual({ state: 'enrolling', lastError: 'HUB_ERROR' });
    failing = false;
    clock.fireNext();
    await expect.poll(() => keeper.status().state).toBe('enrolled');
  });

  it('pins nothing it cannot use: a bad answer leaves the kiosk unenrolled', async () => {
    const hub = await fakeHub(() => {
      const answer = hub.enrolled();
      return { ...answer, body: { ...answer.body, hubPublicKey: 'A'.repeat(87) } };
    });
    const keeper = keeperWith(new EnrolmentDb(), hub.fetch);
    expect(await keeper.start()).toEqual({ state: 'enrolling', lastError: 'BAD_RESPONSE' });
    expect(await new EnrolmentDb().read()).toBeUndefined();
  });

  it('replaces an enrolment it cannot read, but keeps one another page saved first', async () => {
    const hub = await fakeHub(() => hub.enrolled());
    await new EnrolmentDb().replace({ kioskId: 'from-an-older-version' });
    const mine = (await keeperWith(new EnrolmentDb(), hub.fetch).start()).enrolment;
    expect(mine?.kioskId).toBe('kiosk-1');

    globalThis.indexedDB = new IDBFactory();
    const otherPage = { ...mine, kioskId: 'kiosk-other' };
    const racing: typeof fetch = async (input, init) => {
      await new EnrolmentDb().replace(otherPage); // enrolled while this page's request was out
      return hub.fetch(input, init);
    };
    const keeper = keeperWith(new EnrolmentDb(), racing);
    expect((await keeper.start()).enrolment?.kioskId).toBe('kiosk-other');
    expect(keeper.current()?.kioskId).toBe('kiosk-other');
  });
});
