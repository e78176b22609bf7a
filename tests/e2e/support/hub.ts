// Put state in place: a real hub process per test, on a free loopback port with its own data.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tempDir } from './temp-dir';

export interface HubOptions {
  /** Folder with the built kiosk to serve (default dist/kiosk). */
  kioskDist?: string;
  /** Keep using this data folder (default: a new temporary one). */
  dataDir?: string;
  /** Fixed port, so a restarted hub answers at the same origin. */
  port?: number;
  env?: Record<string, string>;
}

export interface RunningHub {
  url: string;
  port: number;
  dataDir: string;
  output: () => string;
  /** Stops the process: SIGTERM (graceful) by default, SIGKILL to simulate a crash. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

const LISTENING = /listening on (http:\/\/[^\s]+)/;

// A test that fails before it stops its hub must not leave the process running.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts `src/hub/main.ts` and resolves when it prints its address. */
export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  const dataDir = options.dataDir ?? tempDir('dvc-hub-');
  // Each test hub keeps its own database in its own data folder: a DATABASE_URL set for
  // the storage contract tests must not make every test hub share one database.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  // Vite's build API, run in-process by some tests, sets NODE_ENV=production in the worker;
  // a hub inheriting it would refuse the kiosks' automatic enrolment. Tests say it outright.
  delete inherited.NODE_ENV;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/hub/main.ts'], {
    env: {
      ...inherited,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ...(options.kioskDist ? { KIOSK_DIST: options.kioskDist } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${log}`)), 90_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = LISTENING.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${log}`));
    });
  });
  const port = Number(new URL(url).port);
  return {
    url,
    port,
    dataDir,
    output: () => log,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** Removes a hub's temporary data folder. */
export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
