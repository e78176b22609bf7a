// Every kiosk endpoint (submissions, heartbeats) sits behind this: a bearer token that names an
// enrolled, unrevoked kiosk. The token can do nothing else.
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error';
import { readBearerToken } from './kiosk-token';
import type { KioskIdentity } from './kiosks';

/** Hono environment of routes behind requireKiosk: `c.get('kiosk')` is the caller. */
export interface KioskEnv {
  Variables: { kiosk: KioskIdentity };
}

/** Finds the kiosk a token belongs to, revoked or not (findKioskByToken, or a cache of it). */
export type FindKiosk = (token: string) => Promise<KioskIdentity | undefined>;

const CHALLENGE = 'Bearer realm="dvc-hub"';

/** Answers 401 without a valid token and 403 for a revoked kiosk; otherwise sets `kiosk`. */
export function requireKiosk(findKiosk: FindKiosk): MiddlewareHandler<KioskEnv> {
  return async (c, next) => {
    const unauthorized = (code: string, message: string) => {
      c.header('WWW-Authenticate', CHALLENGE);
      return new ApiError(401, code, message);
    };
    const read = readBearerToken(c.req.header('Authorization'));
    if ('problem' in read) {
      throw read.problem === 'missing'
        ? unauthorized('AUTH_REQUIRED', 'This endpoint needs the kiosk token given at enrolment.')
        : unauthorized('AUTH_MALFORMED', 'The Authorization header is not "Bearer <kiosk token>".');
    }
    const kiosk = await findKiosk(read.token);
    if (!kiosk) {
      throw unauthorized('AUTH_INVALID', 'This kiosk token is not known to the hub; enrol again.');
    }
    if (kiosk.revoked) {
      throw new ApiError(403, 'KIOSK_REVOKED', 'This kiosk has been revoked; enrol it again.');
    }
    c.set('kiosk', kiosk);
    await next();
  };
}
