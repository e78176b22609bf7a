// Every request body is capped before anything reads it. JSON routes get the default; a route
// that takes more (sealed submissions with photos) declares its own rule in app.ts.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiErrorResponse } from './api-error';

/** Bytes a request body may have unless a rule says otherwise. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** A larger (or smaller) cap for one method and path pattern. */
export interface BodyLimitRule {
  method: string;
  path: RegExp;
  maxBytes: number;
  /**
   * The route streams the body and counts it against maxBytes itself (after checking who is
   * sending); here only a declared Content-Length over the cap is refused, nothing is buffered.
   */
  streamed?: boolean;
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

/** Caps request bodies: the first matching rule's size, else DEFAULT_BODY_LIMIT; 413 beyond. */
export function capRequestBodies(rules: readonly BodyLimitRule[] = []): MiddlewareHandler {
  const limiters = new Map<number, MiddlewareHandler>();
  const tooLarge = (c: Context, maxBytes: number) =>
    apiErrorResponse(
      c,
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than the ${describeBytes(maxBytes)} this route accepts.`,
    );
  const limiterFor = (maxBytes: number) => {
    let limiter = limiters.get(maxBytes);
    if (!limiter) {
      limiter = bodyLimit({ maxSize: maxBytes, onError: (c) => tooLarge(c, maxBytes) });
      limiters.set(maxBytes, limiter);
    }
    return limiter;
  };
  return (c, next) => {
    const rule = rules.find((r) => r.method === c.req.method && r.path.test(c.req.path));
    if (rule?.streamed) {
      const declared = c.req.header('Content-Length');
      const chunked = c.req.header('Transfer-Encoding') !== undefined;
      if (!chunked && declared !== undefined && Number(declared) > rule.maxBytes) {
        return Promise.resolve(tooLarge(c, rule.maxBytes));
      }
      return next();
    }
    return limiterFor(rule?.maxBytes ?? DEFAULT_BODY_LIMIT)(c, next);
  };
}
