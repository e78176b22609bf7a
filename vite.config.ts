// Builds the kiosk PWA (default) or the ward console (`--mode console`), and runs the unit tests.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { loadKioskConfig } from './src/hub/config/load-config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function buildId(): string {
  if (process.env.KIOSK_BUILD_ID) return process.env.KIOSK_BUILD_ID;
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'local';
  }
}

/** A bad file in kiosk-config stops the build with the file, the field and what was expected. */
function validateKioskConfig(): Plugin {
  return {
    name: 'dvc-validate-kiosk-config',
    async buildStart() {
      await loadKioskConfig(
        process.env.KIOSK_CONFIG_DIR ?? new URL('./kiosk-config/', import.meta.url).pathname,
      );
    },
  };
}

/**
 * Writes which source modules each chunk holds beside the output (dist/kiosk-meta/),
 * outside the served folder, so the size benchmark can prove heavy libraries stay lazy.
 */
function chunkModulesReport(): Plugin {
  return {
    name: 'dvc-chunk-modules-report',
    apply: 'build',
    generateBundle(options, bundle) {
      const chunks: Record<string, { isEntry: boolean; imports: string[]; modules: string[] }> = {};
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[file] = {
          isEntry: output.isEntry,
          imports: output.imports,
          modules: output.moduleIds.map((id) => relative(process.cwd(), id)),
        };
      }
      const metaDir = `${options.dir ?? 'dist/kiosk'}-meta`;
      mkdirSync(metaDir, { recursive: true });
      writeFileSync(`${metaDir}/chunks.json`, JSON.stringify(chunks, null, 1));
    },
  };
}

const version = `${pkg.version}+${buildId()}`;

export default defineConfig(({ mode }) => {
  const define = { __APP_VERSION__: JSON.stringify(version) };
  if (mode === 'console') {
    return {
      root: 'src/console',
      base: '/console/',
      define,
      plugins: [preact()],
      build: { outDir: '../../dist/console', emptyOutDir: true },
    };
  }
  return {
    define,
    plugins: [
      validateKioskConfig(),
      preact(),
      chunkModulesReport(),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: 'src/kiosk',
        filename: 'sw.ts',
        injectRegister: false,
        registerType: 'prompt',
        manifest: {
          name: 'Ki-ốt dịch vụ công',
          short_name: 'Dịch vụ công',
          description: 'Làm thủ tục hành chính tại nhà văn hoá, không cần máy tính riêng.',
          lang: 'vi',
          display: 'fullscreen',
          orientation: 'any',
          start_url: '/',
          scope: '/',
          background_color: '#ffffff',
          theme_color: '#b3261e',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            {
              src: '/icons/icon-512-maskable.png',
              sizes: '512x512',
              type: 'image/png',
              purpose: 'maskable',
            },
          ],
        },
        injectManifest: {
          // The whole kiosk must work offline, lazy chunks included; only the
          // Vietnamese and Latin font subsets are kept.
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', '**/*{vietnamese,latin}*.woff2'],
          globIgnores: ['**/*cyrillic*'],
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        },
        devOptions: { enabled: false },
      }),
    ],
    build: { outDir: 'dist/kiosk', emptyOutDir: true, target: 'es2022' },
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
      environment: 'node',
      testTimeout: 30_000,
      // A fresh embedded database per test can take seconds on a busy 2-core machine.
      hookTimeout: 60_000,
      // CI asks for a JSON report to print one closing line for the whole run.
      reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
      ...(process.env.VITEST_JSON ? { outputFile: { json: process.env.VITEST_JSON } } : {}),
    },
  };
});
