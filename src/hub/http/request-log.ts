// One entry per request for the process log. Only the path is kept: query strings and bodies
// may carry personal data and are never logged.
import type { MiddlewareHandler } from 'hono';

/** What is logged about one request. */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  ms: number;
}

/** Calls `record` once each request has been answered. */
export function logRequests(record: (entry: RequestLogEntry) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    record({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}

/** Log lines written in batches: see batchLines. */
export interface LineBatch {
  line(text: string): void;
  /** Writes what is pending now (at exit, before anything else is written). */
  flush(): void;
}

/**
 * Collects lines during one turn of the event loop and hands them to `write` together, in
 * order: under load, one write to stdout for many requests instead of one each (a write to a
 * pipe or terminal blocks the process until it is done).
 */
export function batchLines(write: (text: string) => void): LineBatch {
  let pending: string[] = [];
  let scheduled: NodeJS.Immediate | undefined;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    if (!pending.length) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    write(text);
  };
  return {
    line(text) {
      pending.push(text);
      scheduled ??= setImmediate(flush);
    },
    flush,
  };
}
