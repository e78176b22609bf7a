// The page's one enrolment keeper, shared by start-up, which starts it, and the staff screen,
// which enrols with a one-time code where the hub refuses automatic enrolment.
import { EnrolmentDb } from './enrolment-db';
import { KioskEnrolmentKeeper } from './enrolment-keeper';
import type { SavedEnrolment } from './enrolment-record';

let keeper: KioskEnrolmentKeeper | undefined;
let db: EnrolmentDb | undefined;

/** The page's one connection to the enrolment database. */
export function kioskEnrolmentDb(): EnrolmentDb {
  db ??= new EnrolmentDb();
  return db;
}

/** The kiosk's enrolment keeper, made on first use over the real database. */
export function kioskEnrolment(): KioskEnrolmentKeeper {
  keeper ??= new KioskEnrolmentKeeper(kioskEnrolmentDb());
  return keeper;
}

/** Staff: enrols this kiosk with a one-time code from the ward office; throws EnrolmentError. */
export function enrolWithCode(code: string, label?: string): Promise<SavedEnrolment> {
  return kioskEnrolment().enrolWithCode(code, label);
}
