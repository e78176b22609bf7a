// POST /api/v1/heartbeats: a kiosk reports its version and outbox counts; staff see them in
// the fleet view, and a silent kiosk stands out.
import { Hono } from 'hono';
import * as v from 'valibot';
import { HEARTBEAT_PATH, HeartbeatBody } from '../../protocol/submission';
import { requireKiosk, type KioskEnv } from '../enrolment/kiosk-auth';
import { findKioskByToken, recordHeartbeat } from '../enrolment/kiosks';
import { ApiError } from '../http/api-error';
import { readJsonBody } from '../http/read-json';
import type { Database } from '../storage/database';

/** Heartbeat routes; 204 once recorded. */
export function heartbeatRoutes(deps: { database: Database }): Hono<KioskEnv> {
  const routes = new Hono<KioskEnv>();
  const findKiosk = (token: string) => findKioskByToken(deps.database, token);
  routes.post(HEARTBEAT_PATH, requireKiosk(findKiosk), async (c) => {
    const parsed = v.safeParse(HeartbeatBody, await readJsonBody(c));
    if (!parsed.success) {
      const where = v.getDotPath(parsed.issues[0]) ?? 'the body';
      throw new ApiError(400, 'BAD_HEARTBEAT', `The heartbeat is not valid at ${where}.`);
    }
    await recordHeartbeat(deps.database, c.get('kiosk').id, parsed.output);
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });
  return routes;
}
