// The memory gate: admits within the budget, lets small envelopes past a waiting large one,
// and always lets one envelope in even when it is larger than the whole budget.
import { describe, expect, it } from 'vitest';
import { createEnvelopeGate } from './envelope-gate';

const MB = 1024 * 1024;

describe('createEnvelopeGate', () => {
  it('admits up to the budget, then in turn as room frees', async () => {
    const gate = createEnvelopeGate(16 * MB);
    const leaveBig = await gate.enter(12 * MB);
    const order: string[] = [];
    const second = gate.enter(12 * MB).then((leave) => {
      order.push('second big');
      return leave;
    });
    const small = gate.enter(10 * 1024).then((leave) => {
      order.push('small');
      return leave;
    });
    (await small)();
    expect(order).toEqual(['small']);
    expect(gate.inFlight).toBe(12 * MB);
    leaveBig();
    leaveBig(); // leaving twice gives nothing back twice
    (await second)();
    expect(order).toEqual(['small', 'second big']);
    expect(gate.inFlight).toBe(0);
  });

  it('lets one envelope larger than the budget in alone', async () => {
    const gate = createEnvelopeGate(1 * MB);
    const leave = await gate.enter(12 * MB);
    let next = false;
    const waiting = gate.enter(1).then((l) => {
      next = true;
      return l;
    });
    await Promise.resolve();
    expect(next).toBe(false);
    leave();
    (await waiting)();
    expect(gate.inFlight).toBe(0);
  });
});
