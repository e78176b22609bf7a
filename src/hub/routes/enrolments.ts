// POST /api/v1/enrolments: a kiosk enrols with a one-time code from the ward office.
// POST /api/v1/enrolments/auto: the local demo's kiosk enrols itself, with no code, only while
// the hub's settings allow it (see enrolment/auto-enrolment.ts).
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import type { SiteConfig } from '../../protocol/config/site';
import type { EnrolmentResponse } from '../../protocol/submission';
import { redeemEnrolmentCode } from '../enrolment/enrolment-codes';
import { createKiosk, type NewKiosk } from '../enrolment/kiosks';
import { ApiError } from '../http/api-error';
import { readJsonBody } from '../http/read-json';
import type { HubKeys } from '../keys/hub-keys';
import type { Database } from '../storage/database';

const Label = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80)));
const CodeEnrolment = v.object({ code: v.pipe(v.string(), v.maxLength(64)), label: Label });
const AutoEnrolment = v.object({ label: Label });

async function readBody<T extends v.GenericSchema>(c: Context, schema: T, mayBeEmpty: boolean) {
  const empty = !c.req.raw.body || c.req.header('Content-Length') === '0';
  const parsed = v.safeParse(schema, mayBeEmpty && empty ? {} : await readJsonBody(c));
  if (!parsed.success) {
    const where = v.getDotPath(parsed.issues[0]) ?? 'the body';
    throw new ApiError(
      400,
      'BAD_ENROLMENT_REQUEST',
      `The enrolment request is not valid at ${where}.`,
    );
  }
  return parsed.output as v.InferOutput<T>;
}

/** Enrolment routes; every answer carries a token, so none is ever cached. */
export function enrolmentRoutes(deps: {
  database: Database;
  hubKeys: HubKeys;
  site: SiteConfig;
  autoEnrolment: boolean;
}): Hono {
  const routes = new Hono();
  const enrolled = (c: Context, kiosk: NewKiosk) => {
    c.header('Cache-Control', 'no-store');
    return c.json<EnrolmentResponse>({ ...kiosk, hubPublicKey: deps.hubKeys.publicKey }, 201);
  };

  routes.post('/api/v1/enrolments', async (c) => {
    const body = await readBody(c, CodeEnrolment, false);
    const kiosk = await redeemEnrolmentCode(deps.database, body);
    if (!kiosk) {
      throw new ApiError(
        403,
        'ENROLMENT_CODE_INVALID',
        'This enrolment code is not valid: mistyped, used already or expired. Ask the ward office for a new one.',
      );
    }
    return enrolled(c, kiosk);
  });

  routes.post('/api/v1/enrolments/auto', async (c) => {
    if (!deps.autoEnrolment) {
      throw new ApiError(
        403,
        'AUTO_ENROLMENT_OFF',
        'This hub enrols kiosks only with a one-time code from the ward office.',
      );
    }
    const body = await readBody(c, AutoEnrolment, true);
    const kiosk = await createKiosk(deps.database, {
      siteId: deps.site.id,
      label: body.label,
      via: 'auto',
    });
    return enrolled(c, kiosk);
  });
  return routes;
}
