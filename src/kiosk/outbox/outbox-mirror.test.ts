import { describe, expect, it, vi } from 'vitest';
import { OutboxMirror, type MirroredSubmission } from './outbox-mirror';
import { MemoryFolder } from './testing/memory-folder';

const submission = (sequence: number, size = 3): MirroredSubmission => ({
  id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
  trackingCode: `K7Q-${String(sequence).padStart(4, '0')}-X`,
  sequence,
  createdAt: 1_750_000_000_000 + sequence,
  size,
});

describe('the outbox mirror', () => {
  it('keeps an envelope with its facts, reads them back whole, and forgets it', async () => {
    const folder = new MemoryFolder();
    const mirror = new OutboxMirror(folder);
    const envelope = new Uint8Array(50_000).map((_, i) => (i * 13) & 0xff);
    await mirror.keep(submission(2, envelope.length), envelope.buffer);
    await mirror.keep(submission(1), new Uint8Array([1, 2, 3]).buffer);

    expect(await mirror.submissions()).toEqual([submission(1), submission(2, envelope.length)]);
    const back = await mirror.envelope(submission(2, envelope.length));
    expect(new Uint8Array(back!)).toEqual(envelope);

    await mirror.forget(submission(2).id);
    await mirror.forget(submission(9).id); // never kept: not an error
    expect((await mirror.submissions()).map((s) => s.sequence)).toEqual([1]);
    expect(await mirror.envelope(submission(2, envelope.length))).toBeUndefined();
  });

  it('skips damaged and foreign files instead of failing', async () => {
    const folder = new MemoryFolder();
    const mirror = new OutboxMirror(folder);
    await mirror.keep(submission(1), new Uint8Array([1, 2, 3]).buffer);
    await mirror.keep(submission(2), new Uint8Array([4, 5, 6]).buffer);
    await mirror.keep(submission(3), new Uint8Array([7, 8, 9]).buffer);
    const name = (s: MirroredSubmission) => `submission-${s.id}`;
    // A torn write: the envelope is cut short, so it cannot be sent.
    folder.files.set(name(submission(2)), folder.files.get(name(submission(2)))!.slice(0, -1));
    // Garbage where a header should be, and a header length beyond reason.
    folder.files.set(name(submission(3)), new Uint8Array([0, 0, 0, 5, 1, 2, 3, 4, 5]));
    folder.files.set(`submission-${'f'.repeat(36)}`, new Uint8Array([255, 255, 255, 255]));
    folder.files.set('notes.txt', new TextEncoder().encode('hello'));

    expect((await mirror.submissions()).map((s) => s.sequence)).toEqual([1, 2]);
    expect(await mirror.envelope(submission(2))).toBeUndefined();
    expect(new Uint8Array((await mirror.envelope(submission(1)))!)).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });

  it('sweeps away what a write the browser died in left, and nothing of its own', async () => {
    const folder = new MemoryFolder();
    const mirror = new OutboxMirror(folder);
    await mirror.keep(submission(1), new Uint8Array([1, 2, 3]).buffer);
    await mirror.keepEnrolment({ kioskId: 'kiosk-1' });
    await mirror.noteCounter(1);
    const kept = [...folder.files.keys()].sort();
    folder.files.set(`submission-${submission(2).id}.crswap`, new Uint8Array([1]));
    folder.files.set('counter.json.crswap', new Uint8Array([1]));
    folder.files.set(`submission-${submission(3).id}`, new Uint8Array([0, 0, 0, 9, 1]));
    expect(await mirror.sweep()).toBe(3);
    expect([...folder.files.keys()].sort()).toEqual(kept);
  });

  it('a header naming another file is not believed', async () => {
    const folder = new MemoryFolder();
    const mirror = new OutboxMirror(folder);
    await mirror.keep(submission(1), new Uint8Array([1, 2, 3]).buffer);
    const bytes = folder.files.get(`submission-${submission(1).id}`)!;
    folder.files.set(`submission-${submission(2).id}`, bytes);
    expect((await mirror.submissions()).map((s) => s.id)).toEqual([submission(1).id]);
  });

  it('notes the highest counter even when writes overlap or one fails', async () => {
    const folder = new MemoryFolder();
    folder.delays.set('counter.json', 20);
    const mirror = new OutboxMirror(folder);
    expect(await mirror.highestCounter()).toBe(0);
    const writes = [mirror.noteCounter(5), mirror.noteCounter(7), mirror.noteCounter(6)];
    await Promise.all(writes);
    expect(await mirror.highestCounter()).toBe(7);

    folder.failing.add('counter.json');
    await expect(mirror.noteCounter(8)).rejects.toThrow();
    folder.failing.clear();
    await mirror.noteCounter(4);
    expect(await mirror.highestCounter()).toBe(8);

    folder.files.set('counter.json', new TextEncoder().encode('{"highest":'));
    expect(await mirror.highestCounter()).toBe(0);
  });

  it('forgets a copy only once the counter file covers it, in one write for many', async () => {
    const folder = new MemoryFolder();
    const mirror = new OutboxMirror(folder);
    for (let n = 1; n <= 10; n++) await mirror.keep(submission(n), new ArrayBuffer(3));
    expect(folder.files.has('counter.json')).toBe(false); // keeping writes no counter file
    folder.delays.set('counter.json', 20);
    const write = vi.spyOn(folder, 'write');
    await Promise.all([3, 1, 10, 2].map((n) => mirror.forget(submission(n).id)));
    expect(await mirror.highestCounter()).toBe(10);
    expect(write.mock.calls.filter(([name]) => name === 'counter.json')).toHaveLength(1);
    expect((await mirror.submissions()).map((s) => s.sequence)).toEqual([4, 5, 6, 7, 8, 9]);
    // Covered already: forgetting more writes nothing more.
    await mirror.forget(submission(9).id);
    expect(write.mock.calls.filter(([name]) => name === 'counter.json')).toHaveLength(1);
  });

  it('on a disk too full for the counter file, still forgets the copy and says so', async () => {
    const folder = new MemoryFolder();
    const mirror = new OutboxMirror(folder);
    await mirror.keep(submission(4), new ArrayBuffer(3));
    folder.failing.add('counter.json');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await mirror.forget(submission(4).id);
    expect(await mirror.submissions()).toEqual([]);
    expect(logged).toHaveBeenCalledWith(
      'outbox mirror: counter not written before a copy was removed',
      expect.any(DOMException),
    );
    logged.mockRestore();
  });

  it('keeps the enrolment as given', async () => {
    const mirror = new OutboxMirror(new MemoryFolder());
    expect(await mirror.enrolment()).toBeUndefined();
    await mirror.keepEnrolment({ kioskId: 'kiosk-1', token: 't' });
    expect(await mirror.enrolment()).toEqual({ kioskId: 'kiosk-1', token: 't' });
  });
});
