// This kiosk's enrolment on the page. At start-up it is read from its database; when there is
// none, automatic enrolment is tried (only the local demo's hub accepts it) and retried while
// the hub cannot be reached; a hub that refuses it waits for staff and enrolWithCode. Listeners
// hear every change, so delivery can begin the moment the kiosk is enrolled.
import type { Timers } from '../outbox/delivery-attempt';
import type { KioskEnrolment } from '../outbox/outbox-runtime';
import type { EnrolmentDb } from './enrolment-db';
import { EnrolmentError, type EnrolmentErrorCode } from './enrolment-error';
import { readSavedEnrolment, type EnrolmentMethod, type SavedEnrolment } from './enrolment-record';
import { requestEnrolment } from './hub-enrolment';
import type { EnrolmentResponse } from '../../protocol/submission';

/** Where enrolment stands, for start-up and the staff screen. */
export type EnrolmentState =
  | 'loading'
  | 'enrolling' // automatic enrolment under way, or waiting to try again
  | 'enrolled'
  | 'needs-code' // the hub enrols only with a one-time code from the ward office
  | 'unavailable'; // the enrolment database cannot be opened

/** The state, the enrolment once there is one, and the last failure. */
export interface EnrolmentStatus {
  state: EnrolmentState;
  enrolment?: SavedEnrolment;
  lastError?: EnrolmentErrorCode;
}

/** What the keeper takes from its surroundings; tests inject all of it. */
export interface EnrolmentOptions {
  fetch: typeof fetch;
  /** The hub's base URL; '' is the origin that served the kiosk. */
  hubUrl: string;
  timers: Timers;
  now: () => number;
  random: () => number;
  timeoutMs: number;
  /** Automatic enrolment retries back off from the first to the last delay. */
  retryBaseMs: number;
  retryMaxMs: number;
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Holds the one enrolment: read at start, made automatically or with a staff code. */
export class KioskEnrolmentKeeper {
  private readonly o: EnrolmentOptions;
  private value: EnrolmentStatus = { state: 'loading' };
  private readonly listeners = new Set<(status: EnrolmentStatus) => void>();
  private starting: Promise<EnrolmentStatus> | undefined;
  private attempt: Promise<void> | undefined;
  private timer: unknown;
  private failures = 0;

  constructor(
    private readonly db: EnrolmentDb,
    options: Partial<EnrolmentOptions> = {},
  ) {
    this.o = {
      fetch: (input, init) => globalThis.fetch(input, init),
      hubUrl: '',
      timers: browserTimers,
      now: Date.now,
      random: Math.random,
      timeoutMs: 15_000,
      retryBaseMs: 5_000,
      retryMaxMs: 5 * 60_000,
      ...options,
    };
  }

  /** What sealing and delivery need, or undefined while the kiosk is not enrolled. */
  current(): KioskEnrolment | undefined {
    const e = this.value.enrolment;
    return (
      e && {
        kioskId: e.kioskId,
        kioskPrefix: e.kioskPrefix,
        hubPublicKey: e.hubPublicKey,
        token: e.token,
        hubUrl: e.hubUrl,
      }
    );
  }

  /** A copy of where enrolment stands. */
  status(): EnrolmentStatus {
    return { ...this.value };
  }

  /** Calls `listener` on every change; returns a function to stop. */
  subscribe(listener: (status: EnrolmentStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Start-up, once: the saved enrolment, else an automatic one. Resolves with the outcome. */
  start(): Promise<EnrolmentStatus> {
    this.starting ??= (async () => {
      let saved: SavedEnrolment | undefined;
      try {
        saved = readSavedEnrolment(await this.db.read());
      } catch (error) {
        console.error('enrolment database unavailable', error);
        this.set({ state: 'unavailable', lastError: 'STORAGE_UNAVAILABLE' });
        return this.status();
      }
      if (saved) this.set({ state: 'enrolled', enrolment: saved });
      else await this.enrolAutomatically();
      return this.status();
    })();
    return this.starting;
  }

  /** Tries automatic enrolment again now (the network came back); a no-op unless waiting. */
  retryNow(): void {
    if (this.value.state !== 'enrolling' || this.attempt) return;
    void this.enrolAutomatically();
  }

  /** Staff: enrols with a one-time code, replacing any enrolment; throws EnrolmentError. */
  async enrolWithCode(code: string, label?: string): Promise<SavedEnrolment> {
    const answer = await requestEnrolment({ code }, { ...this.o, ...(label ? { label } : {}) });
    const record = this.recordOf(answer, 'code');
    try {
      await this.db.replace(record);
    } catch (error) {
      throw new EnrolmentError('STORAGE_UNAVAILABLE', { cause: error });
    }
    this.cancelRetry();
    this.set({ state: 'enrolled', enrolment: record });
    return record;
  }

  /** Stops retrying (tests, and a page about to close). */
  stop(): void {
    this.cancelRetry();
  }

  private enrolAutomatically(): Promise<void> {
    this.cancelRetry();
    this.attempt ??= this.tryAutomatic().finally(() => {
      this.attempt = undefined;
    });
    return this.attempt;
  }

  private async tryAutomatic(): Promise<void> {
    if (this.value.state !== 'enrolling') this.set({ state: 'enrolling' });
    try {
      const record = this.recordOf(await requestEnrolment('auto', this.o), 'auto');
      // Another page, or staff with a code, may have enrolled meanwhile: theirs stands.
      const saved = await this.db
        .saveUnlessKept(record, (existing) => readSavedEnrolment(existing) !== undefined)
        .catch((error: unknown) => {
          throw new EnrolmentError('STORAGE_UNAVAILABLE', { cause: error });
        });
      if (this.value.state === 'enrolled') return;
      this.failures = 0;
      this.set({ state: 'enrolled', enrolment: readSavedEnrolment(saved) ?? record });
    } catch (error) {
      if (this.value.state === 'enrolled') return;
      const code = error instanceof EnrolmentError ? error.code : 'HUB_ERROR';
      if (code === 'AUTO_ENROLMENT_OFF') {
        this.set({ state: 'needs-code', lastError: code });
        return;
      }
      this.set({ state: 'enrolling', lastError: code });
      this.scheduleRetry();
    }
  }

  private recordOf(answer: EnrolmentResponse, via: EnrolmentMethod): SavedEnrolment {
    return { ...answer, hubUrl: this.o.hubUrl, via, enrolledAt: this.o.now() };
  }

  private scheduleRetry(): void {
    this.failures++;
    const ceiling = Math.min(this.o.retryMaxMs, this.o.retryBaseMs * 2 ** (this.failures - 1));
    const delay = Math.max(this.o.retryBaseMs / 5, Math.floor(this.o.random() * ceiling));
    this.timer = this.o.timers.setTimeout(() => {
      this.timer = undefined;
      void this.enrolAutomatically();
    }, delay);
  }

  private cancelRetry(): void {
    if (this.timer !== undefined) this.o.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private set(next: EnrolmentStatus): void {
    this.value = next;
    for (const listener of [...this.listeners]) listener(this.status());
  }
}
