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
