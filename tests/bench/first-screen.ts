// What the attract and home screens cost to load: gzip bytes of HTML, JS and CSS, with
// fonts and images counted apart, and proof that heavy libraries stay in lazy chunks.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startHub } from '../e2e/support/hub';
import { tempDir } from '../e2e/support/temp-dir';
import { launchProfile } from './browser';
import type { BenchRow } from './report';

/** Modules that must never load with the first screens. */
const LAZY_ONLY = [
  'node_modules/html5-qrcode/',
  'node_modules/qrcode/',
  'kiosk-config/procedures/',
];

/** HTML, JS and CSS files the first screens load: 9 now, one spare. */
const FIRST_SCREEN_FILES = 10;

interface ChunkInfo {
  modules: string[];
}

export async function measureFirstScreen(): Promise<BenchRow[]> {
  const chunks = JSON.parse(readFileSync('dist/kiosk-meta/chunks.json', 'utf8')) as Record<
    string,
    ChunkInfo
  >;
  const hub = await startHub();
  const context = await launchProfile(tempDir('dvc-bench-'));
  const code = new Map<string, number>();
  const other = new Map<string, number>();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== new URL(hub.url).origin || url.pathname === '/sw.js') return;
      const type = response.request().resourceType();
      void response
        .body()
        .then((body) => {
          if (['document', 'script', 'stylesheet'].includes(type)) {
            code.set(url.pathname, gzipSync(body, { level: 9 }).length);
          } else if (type === 'font' || type === 'image') {
            other.set(url.pathname, body.length);
          }
        })
        .catch(() => undefined);
    });
    await page.goto(hub.url);
    await page.getByRole('button', { name: 'Chạm để bắt đầu' }).click();
    await page.getByRole('heading', { name: 'Bạn muốn làm gì?' }).waitFor();
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
    await hub.stop();
  }
  const leaked = [...code.keys()].flatMap((path) =>
    (chunks[path.replace(/^\//, '')]?.modules ?? []).filter((m) =>
      LAZY_ONLY.some((lazy) => m.includes(lazy)),
    ),
  );
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return [
    {
      name: 'first screens: HTML+JS+CSS (gzip)',
      value: sum(code),
      unit: 'bytes',
      budget: 60 * 1024,
      note: `${code.size} files; aim 30 KB`,
    },
    {
      // Each file is one more request before the first screen answers a touch; a chunk split
      // shows here even when the bytes hardly change.
      name: 'first screens: HTML+JS+CSS files',
      value: code.size,
      unit: 'files',
      budget: FIRST_SCREEN_FILES,
    },
    {
      name: 'first screens: fonts and images (raw)',
      value: sum(other),
      unit: 'bytes',
      note: `${other.size} files`,
    },
    {
      name: 'first screens: modules that belong in lazy chunks',
      value: leaked.length,
      unit: 'modules',
      budget: 0,
      ...(leaked.length ? { note: leaked.slice(0, 3).join(', ') } : {}),
    },
  ];
}
