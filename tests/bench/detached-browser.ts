// Chromium as a kiosk runs it: a plain process with no driver attached while it works. A
// driver attached over the DevTools protocol taxes every request the page makes (on these
// machines it more than doubles what a local PUT costs the browser), which would measure the
// harness, not the kiosk. So a benchmark attaches only to set a page up and start its work,
// lets go, and reads the page's result from its title (URI-encoded: the listing escapes HTML)
// through the DevTools HTTP listing, which attaches to nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { executablePath } from './browser';

const TITLE_DONE = 'bench-done ';
const TITLE_FAILED = 'bench-failed ';

/** A Chromium process the benchmark attaches to now and then. */
export interface DetachedChromium {
  /** Attaches over CDP; the browser's close() then lets go and leaves every page open. */
  attach(): Promise<Browser>;
  /** Waits for the page at `origin` to finish what `startInPage` began; returns its result. */
  result<R>(origin: string, timeoutMs: number): Promise<R>;
  /** Opens `url` in a new tab without attaching (DevTools HTTP `/json/new`). */
  open(url: string): Promise<void>;
  /** Starts `work(arg)` in the open page at `origin` and lets go. Call it while detached. */
  startDetached<A, R>(origin: string, work: (arg: A) => Promise<R>, arg: A): Promise<void>;
  /** startDetached, then its result. */
  runDetached<A, R>(
    origin: string,
    work: (arg: A) => Promise<R>,
    arg: A,
    timeoutMs: number,
  ): Promise<R>;
  close(): Promise<void>;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts Chromium headless on a blank page with a DevTools port, not attached. Its profile
 * is `profile`, kept afterwards, or a fresh one removed on close.
 */
export async function launchDetached(
  options: { profile?: string } = {},
): Promise<DetachedChromium> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'dvc-bench-profile-'));
  const portFile = join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true }); // a kept profile holds the last launch's port
  const child = spawn(
    executablePath ?? chromium.executablePath(),
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--window-size=1080,1920',
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let port = 0;
  for (let waited = 0; !port; waited += 100) {
    if (waited > 30_000 || child.exitCode !== null) {
      throw new Error('Chromium did not open its DevTools port in 30 s');
    }
    await sleep(100);
    if (existsSync(portFile)) port = Number(readFileSync(portFile, 'utf8').split('\n')[0]) || 0;
  }
  const endpoint = `http://127.0.0.1:${port}`;

  const attach = () => withTimeout(chromium.connectOverCDP(endpoint), 30_000, 'attaching');
  const chrome: DetachedChromium = {
    attach,
    async open(url) {
      const response = await fetch(`${endpoint}/json/new?${url}`, { method: 'PUT' });
      if (!response.ok) throw new Error(`opening ${url} answered ${response.status}`);
      await response.arrayBuffer();
    },
    async startDetached(origin, work, arg) {
      const browser = await attach();
      try {
        await startInPage(pageAt(browser, origin), work, arg);
      } finally {
        await browser.close(); // lets go; the page stays open and carries on
      }
    },
    async runDetached(origin, work, arg, timeoutMs) {
      await chrome.startDetached(origin, work, arg);
      return chrome.result(origin, timeoutMs);
    },
    async result<R>(origin: string, timeoutMs: number): Promise<R> {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        await sleep(250);
        const response = await fetch(`${endpoint}/json/list`);
        const targets = (await response.json()) as Array<{
          type: string;
          url: string;
          title: string;
        }>;
        const page = targets.find((t) => t.type === 'page' && t.url.startsWith(origin + '/'));
        if (page?.title.startsWith(TITLE_DONE)) {
          return JSON.parse(decodeURIComponent(page.title.slice(TITLE_DONE.length))) as R;
        }
        if (page?.title.startsWith(TITLE_FAILED)) {
          throw new Error(
            `the page failed: ${decodeURIComponent(page.title.slice(TITLE_FAILED.length))}`,
          );
        }
      }
      throw new Error(`the page at ${origin} did not finish in ${timeoutMs} ms`);
    },
    async close() {
      // Closed as a user closes it, so the profile is left whole for the next launch.
      try {
        const browser = await attach();
        const session = await browser.newBrowserCDPSession();
        await session.send('Browser.close').catch(() => undefined);
        await withTimeout(exited, 10_000, 'closing Chromium');
      } catch {
        // Killed below.
      }
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL'); // the wrapper script and every Chromium process
        } catch {
          child.kill('SIGKILL');
        }
        await withTimeout(exited, 10_000, 'closing Chromium').catch(() => undefined);
      }
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
  return chrome;
}

/** The open page whose address is at `origin`. */
export function pageAt(browser: Browser, origin: string): Page {
  const page = browser
    .contexts()
    .flatMap((context) => context.pages())
    .find((p) => p.url().startsWith(origin + '/'));
  if (!page) throw new Error(`no page open at ${origin}`);
  return page;
}

/**
 * Starts `work(arg)` in the page a second from now, without waiting for it: the caller
 * detaches, and the page writes the result (JSON) or the error into its title. The function
 * crosses as source, evaluated by DevTools (the page's CSP forbids eval of its own).
 */
export async function startInPage<A, R>(
  page: Page,
  work: (arg: A) => Promise<R>,
  arg: A,
): Promise<void> {
  // The argument crosses as a value (fast), the function as source (a long source is slow).
  await page.evaluate((value) => {
    (globalThis as unknown as { __benchArg: unknown }).__benchArg = value;
  }, arg as unknown);
  const start = `(() => {
    globalThis.__name ??= (f) => f; // the helper tsx's output calls to keep function names
    const work = (${work.toString()});
    document.title = 'bench-running'; // not a result left by an earlier run
    setTimeout(() => {
      const arg = globalThis.__benchArg;
      delete globalThis.__benchArg;
      work(arg).then(
        (result) =>
          (document.title = ${JSON.stringify(TITLE_DONE)} + encodeURIComponent(JSON.stringify(result))),
        (error) =>
          (document.title = ${JSON.stringify(TITLE_FAILED)} + encodeURIComponent(String(error))),
      );
    }, 1000);
  })()`;
  await page.evaluate(start);
}
