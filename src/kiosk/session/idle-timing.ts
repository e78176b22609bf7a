// How long the kiosk waits before asking "are you still there?", and how long it counts down.
//
// The site config decides (default 90 s + 20 s). Tests need seconds, not minutes, so the
// kiosk's very first URL may carry `?idle=<s>&countdown=<s>`: it is read once at start-up,
// kept in memory only (the first navigation replaces the URL and drops it), and can only
// SHORTEN the site's times — it can never keep a session open longer than the site allows.
// On a kiosk in full screen no resident can type a URL, so this cannot be used to stay on.

/** Idle times in seconds. */
export interface IdleTiming {
  warnAfterSeconds: number;
  countdownSeconds: number;
}

/** Used until a site config has ever been fetched; the schema's defaults. */
export const DEFAULT_IDLE_TIMING: IdleTiming = { warnAfterSeconds: 90, countdownSeconds: 20 };

/** Shorter times asked for by the start-up URL, if any. */
export type IdleTimingOverride = Partial<IdleTiming>;

/** Reads `?idle=` and `?countdown=` (whole seconds ≥ 1) from a URL query string. */
export function parseIdleOverride(search: string): IdleTimingOverride {
  const query = new URLSearchParams(search);
  const seconds = (name: string) => {
    const raw = query.get(name);
    if (raw === null || !/^\d{1,4}$/.test(raw)) return undefined;
    const value = Number(raw);
    return value >= 1 ? value : undefined;
  };
  const override: IdleTimingOverride = {};
  const warnAfterSeconds = seconds('idle');
  const countdownSeconds = seconds('countdown');
  if (warnAfterSeconds !== undefined) override.warnAfterSeconds = warnAfterSeconds;
  if (countdownSeconds !== undefined) override.countdownSeconds = countdownSeconds;
  return override;
}

/** The times to use: the site's, shortened (never lengthened) by the override. */
export function effectiveIdleTiming(site: IdleTiming, override: IdleTimingOverride): IdleTiming {
  return {
    warnAfterSeconds: Math.min(site.warnAfterSeconds, override.warnAfterSeconds ?? Infinity),
    countdownSeconds: Math.min(site.countdownSeconds, override.countdownSeconds ?? Infinity),
  };
}

let startupOverride: IdleTimingOverride = {};

/** Remembers the start-up URL's override; call once, before the first navigation. */
export function captureIdleOverride(search: string): void {
  startupOverride = parseIdleOverride(search);
}

/** The override captured at start-up (empty when none was given). */
export function idleOverride(): IdleTimingOverride {
  return startupOverride;
}
