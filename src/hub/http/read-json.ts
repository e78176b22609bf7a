// Routes read JSON bodies through here, so malformed input always gets the same 400.
import type { Context } from 'hono';
import { ApiError } from './api-error';

/** Parses the request body as JSON, or throws a 400 MALFORMED_JSON ApiError. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'MALFORMED_JSON', 'The request body is not valid JSON.');
  }
}
