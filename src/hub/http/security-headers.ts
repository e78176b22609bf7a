// Headers on every response, pages and API alike. The kiosk needs the camera (document
// photos, CCCD QR) and never the microphone; nothing may frame the kiosk or the console.
import type { MiddlewareHandler } from 'hono';

/** The Content-Security-Policy the kiosk and console are built to run under. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Permissions-Policy': 'camera=(self), microphone=()',
};

/** Adds the security headers after the route has answered (errors and 404s included). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(HEADERS)) c.res.headers.set(name, value);
  };
}
