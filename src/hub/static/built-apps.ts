// Which built app answers a GET the API did not: the console under /console/, the kiosk
// everywhere else except the API and the phone status page (/s/…).
import type { Context } from 'hono';
import { serveBuiltApp, type BuiltApp } from './serve-built-app';

/** Where the two builds are on disk. */
export interface BuiltAppFolders {
  kioskDist: string;
  consoleDist: string;
}

const NOT_KIOSK = /^\/(api|console|s)(\/|$)/;

/** The response for a GET/HEAD no route took, or null for a 404. */
export async function serveBuiltApps(
  c: Context,
  folders: BuiltAppFolders,
): Promise<Response | null> {
  const path = c.req.path;
  if (path === '/console') return c.redirect('/console/', 308);
  if (path.startsWith('/console/')) {
    const consoleApp: BuiltApp = { root: folders.consoleDist, mount: '/console', label: 'console' };
    return serveBuiltApp(c, consoleApp);
  }
  if (NOT_KIOSK.test(path)) return null;
  return serveBuiltApp(c, { root: folders.kioskDist, mount: '', label: 'kiosk' });
}
