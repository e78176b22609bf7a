// The hub as a function of its dependencies: no port, no environment, no process. main.ts
// opens the real ones; tests pass their own and call `app.request()`.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { SiteConfig } from '../protocol/config/site';
import { ApiError, apiErrorResponse, isApiPath, type ApiErrorCode } from './http/api-error';
import { capRequestBodies, type BodyLimitRule } from './http/body-limit';
import { logRequests, type RequestLogEntry } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { healthRoutes } from './routes/health';
import { siteRoutes } from './routes/site';
import type { Database } from './storage/database';
import { serveBuiltApps } from './static/built-apps';

/** Everything the hub needs from outside. */
export interface AppDeps {
  database: Database;
  /** The site this hub serves (SITE_ID, else the first site file). */
  site: SiteConfig;
  /** The hub's version, from package.json. */
  version: string;
  /** Folder of the built kiosk, served at `/`. */
  kioskDist: string;
  /** Folder of the built console, served at `/console/`. */
  consoleDist: string;
  /** Told about every answered request (never bodies or query strings). */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Told about failures the client only sees as a 500. */
  onError?: (error: unknown) => void;
}

// Routes that accept more than the default 64 KB declare it here, next to each other.
const BODY_LIMITS: BodyLimitRule[] = [];

const STATUS_CODES: Partial<Record<number, ApiErrorCode>> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
};

/** Builds the hub's HTTP app. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  if (deps.onRequest) app.use('*', logRequests(deps.onRequest));
  app.use('*', securityHeaders());
  app.use('*', capRequestBodies(BODY_LIMITS));

  app.route('/', healthRoutes(deps));
  app.route('/', siteRoutes(deps));

  // The built apps answer whatever no route took, so routes added later always come first.
  app.notFound(async (c) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      const served = await serveBuiltApps(c, deps);
      if (served) return served;
    }
    if (!isApiPath(c.req.path)) return c.text('Not found.', 404);
    return apiErrorResponse(
      c,
      404,
      'NOT_FOUND',
      `There is no ${c.req.method} ${c.req.path} in this hub's API.`,
    );
  });

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.status >= 500) deps.onError?.(error.cause ?? error);
      return apiErrorResponse(c, error.status, error.code, error.message);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const code = STATUS_CODES[error.status] ?? 'BAD_REQUEST';
      return apiErrorResponse(c, error.status, code, 'The request could not be understood.');
    }
    deps.onError?.(error);
    if (!isApiPath(c.req.path)) return c.text('Something went wrong on the hub.', 500);
    return apiErrorResponse(
      c,
      500,
      'INTERNAL_ERROR',
      'Something went wrong on the hub. Try again; if it keeps happening, tell the ward office.',
    );
  });
  return app;
}
