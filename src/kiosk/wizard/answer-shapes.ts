// The answers the wizard keeps while a resident fills a procedure in, one per question id.
// Values arrive from screens, so every reader treats them as unknown until validated.
// No imports: end-to-end tests type their answers with these shapes too.

/** Answers by question id: a string, number, boolean, or one of the shapes below. */
export type WizardAnswers = Readonly<Record<string, unknown>>;

/** Sex as the CCCD and the person screen record it; empty until chosen. */
export type Sex = 'male' | 'female';

/** A person: typed, or filled from the CCCD QR (`source: 'scan'`) and then checked by the officer. */
export interface PersonAnswer {
  fullName: string;
  /** ISO date, e.g. "1990-01-31"; empty until given. */
  dateOfBirth: string;
  sex: Sex | '';
  /** The 12-digit CCCD number; empty when not given. */
  idNumber: string;
  oldIdNumber?: string;
  /** Permanent address as on the card, free text (older cards still name a district). */
  address?: string;
  issueDate?: string;
  source: 'scan' | 'typed';
}

/** An address in the two tiers of local government since 1 July 2025: no district. */
export interface AddressAnswer {
  /** House number, lane and street, e.g. "Số 12 ngõ 34 phố Láng Hạ". */
  street: string;
  /** Ward or commune (phường, xã, đặc khu). */
  ward: string;
  /** Province or centrally-run city, one of PROVINCES_2025. */
  province: string;
}

/** The photos taken for a document, or the promise to bring the original instead. */
export interface PhotoAnswer {
  /** Ids of photos kept for this session, in the order taken. */
  photoIds: string[];
  /** "Tôi sẽ mang bản gốc đến", offered when the document allows it. */
  bringOriginal: boolean;
}

/** A person with nothing filled in yet, for the typing path. */
export function emptyPerson(): PersonAnswer {
  return { fullName: '', dateOfBirth: '', sex: '', idNumber: '', source: 'typed' };
}

/** A photo kept during the session: its id (as in a photo answer) and its JPEG bytes. */
export interface WizardPhoto {
  id: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** The value as a plain object, or undefined (arrays and null are not records). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A string field of a record, trimmed and NFC; '' when absent or not a string. */
export function textField(record: Record<string, unknown> | undefined, key: string): string {
  const value = record?.[key];
  return typeof value === 'string' ? value.normalize('NFC').trim() : '';
}
