// Connects the idle timer to the page: touches and keys count as activity, and an expired
// countdown wipes the session. Runs only while a session is open (not on the attract screen).
import { signal } from '@preact/signals';
import { siteIdleTiming } from '../site/site-store';
import { createIdleTimer, type IdleState, type IdleTimer } from './idle-timer';
import { effectiveIdleTiming, idleOverride } from './idle-timing';
import { wipeSession } from './wipe';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** The idle phase and countdown, for the "Bạn còn ở đây không?" dialog. */
export const idleState = signal<IdleState>({ phase: 'stopped', secondsLeft: 0 });

let running: IdleTimer | undefined;
let held = false;

// Something the resident follows without touching (the kiosk reading aloud) holds off the
// "are you still there?" countdown; the quiet time starts again when it ends.
function holdIdle(on: boolean): void {
  held = on;
  running?.hold(on);
}

// speech.ts (READING_EVENT) says when a reading starts and ends; it is loaded lazily, and
// importing this module from there would split the first screens' code into more files.
addEventListener('dvc:reading', (event) => holdIdle((event as CustomEvent<boolean>).detail));

/** Starts watching for idleness; returns a function that stops watching. */
export function startIdleWatch(): () => void {
  running?.stop();
  const timing = effectiveIdleTiming(siteIdleTiming.value, idleOverride());
  const timer = createIdleTimer({
    warnAfterMs: timing.warnAfterSeconds * 1000,
    countdownMs: timing.countdownSeconds * 1000,
    onChange: (state) => {
      idleState.value = state;
      if (state.phase === 'expired') wipeSession();
    },
  });
  const onActivity = () => timer.activity();
  for (const name of ACTIVITY_EVENTS) {
    addEventListener(name, onActivity, { capture: true, passive: true });
  }
  running = timer;
  timer.start();
  timer.hold(held);
  return () => {
    for (const name of ACTIVITY_EVENTS) removeEventListener(name, onActivity, { capture: true });
    timer.stop();
    if (running === timer) running = undefined;
  };
}

/** "Tiếp tục": the resident is still here; start the quiet time again. */
export function keepSessionGoing(): void {
  running?.keepGoing();
}
