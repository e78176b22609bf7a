// The console's reads from the hub's API, checked against the shapes the hub promises.
import * as v from 'valibot';
import { SiteConfig } from '../../protocol/config/site';

/** What GET /api/v1/health answers. */
export const HubHealth = v.object({
  status: v.literal('ok'),
  version: v.string(),
  database: v.picklist(['pglite', 'postgresql']),
  migrations: v.array(v.number()),
});
export type HubHealth = v.InferOutput<typeof HubHealth>;

async function getJson<S extends v.GenericSchema>(
  path: string,
  schema: S,
): Promise<v.InferOutput<S>> {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return v.parse(schema, await res.json());
}

/** The hub's health; rejects when the hub cannot be reached or answers wrongly. */
export function fetchHubHealth(): Promise<HubHealth> {
  return getJson('/api/v1/health', HubHealth);
}

/** The site this hub serves. */
export function fetchSite(): Promise<SiteConfig> {
  return getJson('/api/v1/site', SiteConfig);
}
