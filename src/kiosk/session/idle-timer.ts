// The idle rule as a small state machine with no DOM: quiet for a while → "are you still
// there?" with a countdown → expired. Kept pure so it is tested with fake timers.

/** stopped (attract screen) → active → warning (countdown showing) → expired. */
export type IdlePhase = 'stopped' | 'active' | 'warning' | 'expired';

/** What the countdown dialog needs to show. */
export interface IdleState {
  phase: IdlePhase;
  /** Whole seconds left before the session ends; meaningful in the warning phase. */
  secondsLeft: number;
}

/** How long to wait, in milliseconds, and whom to tell. */
export interface IdleTimerOptions {
  warnAfterMs: number;
  countdownMs: number;
  onChange: (state: IdleState) => void;
}

/** Controls for one kiosk's idle timer. */
export interface IdleTimer {
  /** A session began: start counting quiet time. */
  start(): void;
  /** A touch or key press while active: the quiet time starts again. Ignored while warning. */
  activity(): void;
  /** "Tiếp tục" in the dialog: back to active with a fresh quiet time. */
  keepGoing(): void;
  /**
   * The resident is following something that takes no touch (a question read aloud): while
   * held, no countdown starts, for up to MAX_HOLD_MS (a reading whose end is never reported
   * must not keep a session open); once let go, the quiet time starts again from then.
   */
  hold(on: boolean): void;
  /** The session ended some other way (or the attract screen shows): do nothing more. */
  stop(): void;
  state(): IdleState;
}

/** The longest a hold keeps the countdown off: far longer than any reading of one screen. */
export const MAX_HOLD_MS = 5 * 60_000;

/** Creates a stopped idle timer. */
export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const countdownSeconds = Math.ceil(options.countdownMs / 1000);
  let current: IdleState = { phase: 'stopped', secondsLeft: countdownSeconds };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline = 0;
  let held = false;
  let heldSince = 0;

  const set = (next: IdleState) => {
    if (next.phase === current.phase && next.secondsLeft === current.secondsLeft) return;
    current = next;
    options.onChange(current);
  };
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const beActive = () => {
    clear();
    set({ phase: 'active', secondsLeft: countdownSeconds });
    timer = setTimeout(warn, options.warnAfterMs);
  };
  const warn = () => {
    const holdLeft = held ? heldSince + MAX_HOLD_MS - Date.now() : 0;
    if (holdLeft > 0) {
      timer = setTimeout(warn, holdLeft);
      return;
    }
    deadline = Date.now() + options.countdownMs;
    set({ phase: 'warning', secondsLeft: countdownSeconds });
    scheduleTick();
  };
  const scheduleTick = () => {
    const remaining = deadline - Date.now();
    // Wake exactly when the displayed whole second changes.
    const untilNextSecond = remaining - (Math.ceil(remaining / 1000) - 1) * 1000;
    timer = setTimeout(tick, Math.max(0, untilNextSecond));
  };
  const tick = () => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      timer = undefined;
      set({ phase: 'expired', secondsLeft: 0 });
      return;
    }
    set({ phase: 'warning', secondsLeft: Math.ceil(remaining / 1000) });
    scheduleTick();
  };

  return {
    start: beActive,
    activity() {
      if (current.phase === 'active') beActive();
    },
    keepGoing() {
      if (current.phase === 'warning' || current.phase === 'active') beActive();
    },
    hold(on) {
      if (held === on) return;
      held = on;
      heldSince = Date.now();
      if (current.phase === 'active') beActive();
    },
    stop() {
      clear();
      set({ phase: 'stopped', secondsLeft: countdownSeconds });
    },
    state: () => current,
  };
}
