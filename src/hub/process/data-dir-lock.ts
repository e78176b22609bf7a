// PGlite lets two processes open one folder and corrupt it. The hub and the admin commands
// (src/hub/cli.ts) take this lock first, so a command run beside a running hub stops with a
// clear message instead. PostgreSQL needs no lock: it serves any number of processes.
import { constants, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Another live process holds DATA_DIR. */
export class DataDirLockError extends Error {
  readonly code = 'DATA_DIR_IN_USE';
  constructor(message: string) {
    super(message);
    this.name = 'DataDirLockError';
  }
}

const LOCK_FILE = 'pglite.lock';

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes DATA_DIR for this process until it exits (or `release` is called). */
export async function lockDataDir(dataDir: string, holder: string): Promise<() => void> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
      await handle.writeFile(`${process.pid} ${holder}\n`);
      await handle.close();
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        process.off('exit', release);
        try {
          unlinkSync(file);
        } catch {
          // Already gone: nothing to give back.
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const [pid, other = 'another process'] = (await readFile(file, 'utf8')).trim().split(' ');
    if (isAlive(Number(pid))) {
      throw new DataDirLockError(
        `DATA_DIR ${dataDir} is in use by the ${other} (process ${pid}); the embedded database ` +
          'allows one process at a time: stop it first, or use PostgreSQL (DATABASE_URL). ' +
          `If no such process is running, delete ${file}.`,
      );
    }
    // Left by a process that died without cleaning up.
    await unlink(file).catch(() => undefined);
  }
  throw new DataDirLockError(`DATA_DIR ${dataDir} could not be locked; try again.`);
}
