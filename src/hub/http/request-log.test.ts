// Request lines reach the log in order, together per turn of the event loop, and none is left
// behind when the process exits.
import { describe, expect, it } from 'vitest';
import { batchLines } from './request-log';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('batchLines', () => {
  it('writes the lines of one turn in one write, in order', async () => {
    const writes: string[] = [];
    const log = batchLines((text) => writes.push(text));
    log.line('PUT /api/v1/submissions/a 201 3ms');
    log.line('PUT /api/v1/submissions/b 200 1ms');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual([
      'PUT /api/v1/submissions/a 201 3ms\nPUT /api/v1/submissions/b 200 1ms\n',
    ]);
    log.line('GET /api/v1/health 200 0ms');
    await nextTurn();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe('GET /api/v1/health 200 0ms\n');
  });

  it('writes what is pending at once on flush, and nothing twice', async () => {
    const writes: string[] = [];
    const log = batchLines((text) => writes.push(text));
    log.line('dvc-hub: SIGTERM received, finishing requests in progress');
    log.line('dvc-hub stopped');
    log.flush();
    expect(writes).toEqual([
      'dvc-hub: SIGTERM received, finishing requests in progress\ndvc-hub stopped\n',
    ]);
    await nextTurn();
    log.flush();
    expect(writes).toHaveLength(1);
  });
});
