// SIGTERM (systemd, docker stop) or SIGINT (Ctrl-C): stop accepting, let in-flight requests
// finish, close the database, exit 0. A second signal, or a request that will not end,
// cuts it short.
import type { Server } from 'node:http';
import type { Database } from '../storage/database';

const FORCE_AFTER_MS = 10_000;

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // close() stops accepting and, on Node ≥ 19, drops idle keep-alive connections too.
    server.close(() => resolve());
    const force = setTimeout(() => server.closeAllConnections(), FORCE_AFTER_MS);
    force.unref();
  });
}

/** Installs the signal handlers; `log` gets one line as shutdown starts and ends. */
export function shutDownOnSignals(server: Server, database: Database, log: (line: string) => void) {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`dvc-hub: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    log(`dvc-hub: ${signal} received, finishing requests in progress`);
    await closeServer(server);
    await database.close().catch(() => undefined);
    log('dvc-hub stopped');
    process.exit(0);
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}
