// GET /api/v1/health: is the hub up, which version, which database, which schema.
import { Hono } from 'hono';
import { HEALTH_PATH } from '../../protocol/submission';
import { ApiError } from '../http/api-error';
import type { Database, DatabaseKind } from '../storage/database';
import { appliedMigrations } from '../storage/migrations';

/** The health answer; the console shows it to officers. */
export interface HealthBody {
  status: 'ok';
  version: string;
  database: DatabaseKind;
  migrations: number[];
}

/** Health routes; reading the migrations also proves the database answers. */
export function healthRoutes(deps: { database: Database; version: string }): Hono {
  const routes = new Hono();
  routes.get(HEALTH_PATH, async (c) => {
    const migrations = await appliedMigrations(deps.database).catch((cause: unknown) => {
      throw new ApiError(503, 'DATABASE_UNAVAILABLE', 'The hub cannot reach its database.', {
        cause,
      });
    });
    c.header('Cache-Control', 'no-store');
    return c.json<HealthBody>({
      status: 'ok',
      version: deps.version,
      database: deps.database.kind,
      migrations,
    });
  });
  return routes;
}
