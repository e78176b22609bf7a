// GET /api/v1/site: the configuration of the site this hub serves, read by the kiosk at start.
import { Hono } from 'hono';
import type { SiteConfig } from '../../protocol/config/site';

/** Site routes; no-cache, so kiosks pick up a changed site as soon as the hub restarts with it. */
export function siteRoutes(deps: { site: SiteConfig }): Hono {
  const routes = new Hono();
  routes.get('/api/v1/site', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(deps.site);
  });
  return routes;
}
