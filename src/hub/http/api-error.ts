// The API's one error shape: `{ "error": { "code": "...", "message": "..." } }`. Codes are
// stable for programs (the kiosk maps them to its own Vietnamese text); messages are plain
// sentences for the person reading a log or a response.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Codes every route may answer with; routes add their own. */
export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'MALFORMED_JSON'
  | 'NOT_FOUND'
  | 'PAYLOAD_TOO_LARGE'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_ERROR'
  | (string & {});

/** The body of every API error response. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

/** Thrown by a route to answer with a 4xx/5xx in the API's error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

/** Builds an error response in the API's shape; errors are never cached. */
export function apiErrorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
): Response {
  c.header('Cache-Control', 'no-store');
  return c.json<ApiErrorBody>({ error: { code, message } }, status);
}

/** True for paths answered in JSON (the API), false for pages and files. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
