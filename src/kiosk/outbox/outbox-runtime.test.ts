import { describe, expect, it, vi } from 'vitest';
import { WAKE_OUTBOX } from '../pwa/contract';
import { connectOutboxTriggers } from './outbox-runtime';

describe('outbox triggers', () => {
  it('wakes the loop on online and on the service worker message, until disconnected', () => {
    const trigger = vi.fn();
    const window = new EventTarget();
    const serviceWorker = new EventTarget();
    const disconnect = connectOutboxTriggers({ trigger }, { window, serviceWorker });
    window.dispatchEvent(new Event('online'));
    serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: WAKE_OUTBOX } }));
    serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'something-else' } }));
    serviceWorker.dispatchEvent(new MessageEvent('message', { data: null }));
    expect(trigger.mock.calls).toEqual([['online'], ['wake']]);
    disconnect();
    window.dispatchEvent(new Event('online'));
    serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: WAKE_OUTBOX } }));
    expect(trigger).toHaveBeenCalledTimes(2);
  });
});
