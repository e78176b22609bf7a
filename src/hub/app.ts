// The hub as a function of its dependencies: no port, no environment, no process. main.ts
// opens the real ones; tests pass their own and call `app.request()`.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Procedure } from '../protocol/config/procedure';
import type { SiteConfig } from '../protocol/config/site';
import { MAX_ENVELOPE_BYTES } from '../protocol/submission';
import type { BlobStore } from './blobs/blob-store';
import { ApiError, apiErrorResponse, isApiPath, type ApiErrorCode } from './http/api-error';
import { capRequestBodies, type BodyLimitRule } from './http/body-limit';
import { logRequests, type RequestLogEntry } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import type { HubKeys } from './keys/hub-keys';
import { enrolmentRoutes } from './routes/enrolments';
import { healthRoutes } from './routes/health';
import { heartbeatRoutes } from './routes/heartbeats';
import { catalogueRoutes } from './routes/catalogue';
import { siteRoutes } from './routes/site';
import { SUBMISSION_PUT_PATH, submissionRoutes } from './routes/submissions';
import type { Database } from './storage/database';
import { createEnvelopeGate } from './submissions/envelope-gate';
import type { EnvelopeOpening } from './submissions/envelope-opening';
import { serveBuiltApps } from './static/built-apps';

/** Everything the hub needs from outside. */
export interface AppDeps {
  database: Database;
  /** The site this hub serves (SITE_ID, else the first site file). */
  site: SiteConfig;
  /** The validated catalogue; without it /api/v1/catalogue is absent and kiosks keep their own. */
  procedures?: readonly Procedure[];
  /** The hub's version, from package.json. */
  version: string;
  /** Folder of the built kiosk, served at `/`. */
  kioskDist: string;
  /** Folder of the built console, served at `/console/`. */
  consoleDist: string;
  /** The key pair kiosks seal to. */
  hubKeys: HubKeys;
  /** Where envelope bytes go (DATA_DIR/blobs by default). */
  blobs: BlobStore;
  /** Folder for large envelopes while they arrive (DATA_DIR/spool). */
  spoolDir: string;
  /** Whether kiosks may enrol with no code: see enrolment/auto-enrolment.ts. */
  autoEnrolment: boolean;
  /** Where envelopes are opened: a pool of threads (opener-pool.ts), or this thread by default. */
  opening?: EnvelopeOpening;
  /** Envelope bytes held in memory at once before uploads wait; default 16 MB. */
  envelopeBudgetBytes?: number;
  /** Told about every answered request (never bodies or query strings). */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Told about failures the client only sees as a 500. */
  onError?: (error: unknown) => void;
}

// Routes that accept more than the default 64 KB declare it here, next to each other.
const BODY_LIMITS: BodyLimitRule[] = [
  { method: 'PUT', path: SUBMISSION_PUT_PATH, maxBytes: MAX_ENVELOPE_BYTES, streamed: true },
];

// One 12 MB envelope in memory at a time, with small ones beside it.
const ENVELOPE_BUDGET_BYTES = 16 * 1024 * 1024;

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
  if (deps.procedures) app.route('/', catalogueRoutes({ ...deps, procedures: deps.procedures }));
  app.route('/', enrolmentRoutes(deps));
  app.route(
    '/',
    submissionRoutes({
      ...deps,
      envelopeGate: createEnvelopeGate(deps.envelopeBudgetBytes ?? ENVELOPE_BUDGET_BYTES),
    }),
  );
  app.route('/', heartbeatRoutes(deps));

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
