// Serves a Vite build (the kiosk at /, the console at /console/) from a folder on disk.
// - Hashed files under assets/ are cached for a year; everything else is revalidated
//   (ETag), so a new sw.js, index.html or manifest reaches kiosks at once.
// - A path without a file extension is an in-app route and gets index.html.
// - Paths are decoded segment by segment; anything that could leave the folder is a 404.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { contentTypeFor } from './content-types';

/** One built app and where it is mounted. */
export interface BuiltApp {
  /** Folder with index.html, as Vite wrote it. */
  root: string;
  /** URL prefix, '' for the kiosk at '/', '/console' for the console. */
  mount: string;
  /** Said in the 503 when the folder has not been built yet. */
  label: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The path inside the app as safe segments, or null if it could escape the folder. */
function segmentsOf(urlPath: string): string[] | null {
  const segments: string[] = [];
  for (const raw of urlPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || segment.startsWith('.')) return null;
    if (/[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

async function fileStats(path: string) {
  const stats = await stat(path).catch(() => null);
  return stats?.isFile() ? stats : null;
}

async function sendFile(c: Context, path: string, cacheControl: string): Promise<Response | null> {
  const stats = await fileStats(path);
  if (!stats) return null;
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = { 'Cache-Control': cacheControl, ETag: etag };
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
  headers['Content-Type'] = contentTypeFor(path);
  headers['Content-Length'] = String(stats.size);
  // HEAD is answered by the GET route: do not open a file nobody will read.
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return c.body(body, 200, headers);
}

/** Answers GET/HEAD for one built app; null when the path is not the app's to answer. */
export async function serveBuiltApp(c: Context, app: BuiltApp): Promise<Response | null> {
  const root = resolve(app.root);
  const index = resolve(root, 'index.html');
  if (!(await fileStats(index))) {
    return c.text(
      `The ${app.label} has not been built yet. Run \`npm run build\`, then reload this page.`,
      503,
      { 'Cache-Control': 'no-store', 'Retry-After': '30' },
    );
  }
  const urlPath = new URL(c.req.url).pathname.slice(app.mount.length);
  const segments = segmentsOf(urlPath);
  if (!segments) return null;
  const file = resolve(root, ...segments);
  if (file !== root && !file.startsWith(root + sep)) return null;

  const cacheControl = segments[0] === 'assets' ? IMMUTABLE : REVALIDATE;
  const found = segments.length > 0 ? await sendFile(c, file, cacheControl) : null;
  if (found) return found;
  const last = segments.at(-1) ?? '';
  if (segments[0] === 'assets' || last.includes('.')) return null;
  return sendFile(c, index, REVALIDATE);
}
