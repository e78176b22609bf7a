// GET /api/v1/catalogue: the procedures this hub's site offers, so a changed catalogue reaches
// kiosks when the hub restarts with it, with no new kiosk build.
import { Hono } from 'hono';
import {
  CATALOGUE_PATH,
  catalogueVersion,
  proceduresForSite,
  type CatalogueResponse,
} from '../../protocol/config/catalogue';
import type { Procedure } from '../../protocol/config/procedure';
import type { SiteConfig } from '../../protocol/config/site';

/** Catalogue routes; the ETag is the version, and no-cache makes every kiosk ask again. */
export function catalogueRoutes(deps: {
  site: SiteConfig;
  procedures: readonly Procedure[];
}): Hono {
  const routes = new Hono();
  // The procedures were validated at start; the answer is the same until the hub restarts.
  let answer: Promise<CatalogueResponse> | undefined;
  const catalogue = () => {
    answer ??= (async () => {
      const procedures = proceduresForSite(deps.procedures, deps.site.procedures);
      return { version: await catalogueVersion(procedures), procedures };
    })();
    return answer;
  };
  routes.get(CATALOGUE_PATH, async (c) => {
    const body = await catalogue();
    const etag = `"${body.version}"`;
    c.header('Cache-Control', 'no-cache');
    c.header('ETag', etag);
    const asked = c.req.header('If-None-Match');
    if (asked?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      return c.body(null, 304);
    }
    return c.json(body);
  });
  return routes;
}
