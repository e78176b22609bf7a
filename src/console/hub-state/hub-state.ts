// What the console knows about the hub, refreshed on a timer while the page is visible.
import { signal } from '@preact/signals';
import { fetchHubHealth, type HubHealth } from './hub-client';

/** The last check: still waiting, answered, or not reachable. */
export type HubState =
  | { kind: 'checking' }
  | { kind: 'ok'; health: HubHealth; checkedAt: Date }
  | { kind: 'unreachable'; checkedAt: Date };

const CHECK_EVERY_MS = 30_000;

/** The latest hub state; parts of the page read it. */
export const hubState = signal<HubState>({ kind: 'checking' });

/** Asks the hub now; the state keeps the last answer until the new one arrives. */
export async function checkHub(): Promise<void> {
  try {
    const health = await fetchHubHealth();
    hubState.value = { kind: 'ok', health, checkedAt: new Date() };
  } catch {
    hubState.value = { kind: 'unreachable', checkedAt: new Date() };
  }
}

/** Checks at once, then every 30 s while the page is visible; returns a stop function. */
export function watchHub(): () => void {
  void checkHub();
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') void checkHub();
  }, CHECK_EVERY_MS);
  const onVisible = () => {
    if (document.visibilityState === 'visible') void checkHub();
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
