// What the catalogue costs: search time per keystroke as residents type (each query letter by
// letter) over a city-sized catalogue of 750 entries, against the real 15 measured in the same
// run; and the gzip bytes the catalogue's lazy chunk adds when it opens.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Procedure } from '../../src/protocol/config/procedure';
import type { Language } from '../../src/protocol/config/text';
import { loadKioskConfig } from '../../src/hub/config/load-config';
import { median, percentile, type BenchRow } from './report';

// The kiosk's search modules, loaded by path: they belong to the browser build, not to the
// tools' TypeScript project, so only the shapes used here are declared.
interface SearchIndex {
  matchCache: Map<string, unknown>;
}
interface SearchModules {
  buildSearchIndex: (procedures: readonly Procedure[]) => SearchIndex;
  searchProcedures: (index: SearchIndex, query: string, language: Language) => unknown[];
  buildLargeCatalogue: (procedures: readonly Procedure[], size: number) => Procedure[];
}

async function searchModules(): Promise<SearchModules> {
  const load = (file: string) =>
    import(pathToFileURL(join(process.cwd(), 'src/kiosk/catalog', file)).href);
  const [index, search, large] = await Promise.all([
    load('search-index.ts'),
    load('search.ts'),
    load('large-catalogue.ts'),
  ]);
  return { ...index, ...search, ...large } as SearchModules;
}

/** What residents type: official names, everyday words, no accents, slips, English. */
export const QUERIES: readonly [string, Language][] = [
  ['tam tru', 'vi'],
  ['khai sinh', 'vi'],
  ['dang ky ket hon', 'vi'],
  ['nhap ho khau', 'vi'],
  ['lam giay khai sinh cho con', 'vi'],
  ['chung thuc ban sao', 'vi'],
  ['gia han tam tru', 'vi'],
  ['xac nhan tinh trang hon nhan', 'vi'],
  ['tro cap xa hoi', 'vi'],
  ['ho kinh doanh', 'vi'],
  ['doi bang lai xe', 'vi'],
  ['quyet toan thue', 'vi'],
  ['đăng ký thường trú', 'vi'],
  ['trích lục khai sinh', 'vi'],
  ['phản ánh kiến nghị', 'vi'],
  ['giay chung sinh', 'vi'],
  ['khai sih', 'vi'],
  ['thuonng tru', 'vi'],
  ['birth registration', 'en'],
  ['temporary residence', 'en'],
];

const ROUNDS = 5;

// Every keystroke of every query, `ROUNDS` times, each query typed from a cold match cache
// (a new resident), in milliseconds.
function keystrokeTimes(modules: SearchModules, procedures: readonly Procedure[]): number[] {
  const index = modules.buildSearchIndex(procedures);
  modules.searchProcedures(index, 'khai sinh', 'vi'); // as the kiosk warms it
  const times: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [query, language] of QUERIES) {
      index.matchCache.clear();
      for (let end = 1; end <= query.length; end++) {
        const typed = query.slice(0, end);
        const start = performance.now();
        modules.searchProcedures(index, typed, language);
        const elapsed = performance.now() - start;
        if (round > 0) times.push(elapsed); // round 0 warms the engine
      }
    }
  }
  return times;
}

interface ChunkInfo {
  isEntry: boolean;
  modules: string[];
}

// The lazy chunks that hold the catalogue data or the catalogue's code, with their CSS; the
// entry chunk holds only the catalogue's paths for the home tile and is counted with the first
// screens instead.
function catalogueChunkBytes(): { bytes: number; files: string[]; qrBytes: number } {
  const dist = 'dist/kiosk';
  const chunks = JSON.parse(readFileSync('dist/kiosk-meta/chunks.json', 'utf8')) as Record<
    string,
    ChunkInfo
  >;
  const files = Object.entries(chunks)
    .filter(([, c]) => !c.isEntry)
    .filter(([, c]) =>
      c.modules.some(
        (m) => m.startsWith('kiosk-config/procedures/') || m.startsWith('src/kiosk/catalog/'),
      ),
    )
    .map(([file]) => file);
  const assets = readdirSync(join(dist, 'assets'));
  const styles = files.flatMap((file) => {
    const stem = file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
    return assets.filter((a) => a.endsWith('.css') && a.startsWith(`${stem}-`));
  });
  const all = [...files, ...styles.map((s) => `assets/${s}`)];
  const gzip = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const qr = Object.entries(chunks)
    .filter(([, c]) => c.modules.some((m) => m.startsWith('node_modules/qrcode/')))
    .map(([file]) => file);
  return {
    bytes: all.reduce((sum, file) => sum + gzip(file), 0),
    files: all,
    qrBytes: qr.reduce((sum, file) => sum + gzip(file), 0),
  };
}

/** The benchmark rows: per-keystroke search times (750 vs 15 entries) and the chunk's size. */
export async function measureSearch(): Promise<BenchRow[]> {
  const modules = await searchModules();
  const { procedures } = await loadKioskConfig('kiosk-config');
  const real = keystrokeTimes(modules, procedures);
  const large = keystrokeTimes(modules, modules.buildLargeCatalogue(procedures, 750));
  const keystrokes = `${large.length} keystrokes, ${QUERIES.length} queries typed letter by letter`;
  const chunk = catalogueChunkBytes();
  return [
    {
      name: 'search per keystroke, 750 procedures (median)',
      value: median(large),
      unit: 'ms',
      baseline: median(real),
      note: `baseline: the real ${procedures.length}; ${keystrokes}`,
    },
    {
      name: 'search per keystroke, 750 procedures (p95)',
      value: percentile(large, 95),
      unit: 'ms',
      baseline: percentile(real, 95),
      note: 'one frame is 16.7 ms',
    },
    {
      name: 'catalogue chunk: JS+CSS with the built-in catalogue (gzip)',
      value: chunk.bytes,
      unit: 'bytes',
      budget: 64 * 1024,
      note: `${chunk.files.join(', ')}; loaded when the catalogue opens`,
    },
    {
      name: 'QR code library, loaded on guide pages only (gzip)',
      value: chunk.qrBytes,
      unit: 'bytes',
    },
  ];
}
