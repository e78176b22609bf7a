// Asking the hub to enrol this kiosk: with a staff one-time code, or automatically (the hub
// allows that only for the local demo). The answer is checked against the protocol schema and
// its key imported once before anything is saved, so a kiosk never pins a key it cannot use.
import * as v from 'valibot';
import { importHubPublicKey } from '../../protocol/envelope';
import { ApiErrorBody, EnrolmentResponse } from '../../protocol/submission';
import { EnrolmentError, type EnrolmentErrorCode } from './enrolment-error';

/** Where a kiosk redeems a one-time code. */
export const ENROLMENT_PATH = '/api/v1/enrolments';
/** Where the local demo's kiosk enrols itself; refused (403) by any other hub. */
export const AUTO_ENROLMENT_PATH = '/api/v1/enrolments/auto';

/** What a request needs from its surroundings. */
export interface EnrolmentRequestOptions {
  fetch: typeof fetch;
  /** The hub's base URL; '' is the origin that served the kiosk. */
  hubUrl: string;
  timeoutMs: number;
  /** A name staff give the kiosk, shown in the fleet view. */
  label?: string;
}

const CODE_MAX = 64;

/** Enrols with `{ code }` or automatically; resolves with the hub's checked answer. */
export async function requestEnrolment(
  how: { code: string } | 'auto',
  options: EnrolmentRequestOptions,
): Promise<EnrolmentResponse> {
  const auto = how === 'auto';
  const code = auto ? undefined : how.code.trim();
  if (code !== undefined && (code.length === 0 || code.length > CODE_MAX)) {
    throw new EnrolmentError('CODE_INVALID');
  }
  const body = { ...(code !== undefined ? { code } : {}), ...labelOf(options.label) };
  const url = `${options.hubUrl.replace(/\/+$/, '')}${auto ? AUTO_ENROLMENT_PATH : ENROLMENT_PATH}`;
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw new EnrolmentError('HUB_UNREACHABLE', { cause: error });
  }
  if (response.status === 200 || response.status === 201) return readAnswer(response);
  throw new EnrolmentError(await refusalCode(response, auto), { status: response.status });
}

function labelOf(label: string | undefined): { label?: string } {
  const trimmed = label?.trim();
  return trimmed ? { label: trimmed.slice(0, 80) } : {};
}

async function readAnswer(response: Response): Promise<EnrolmentResponse> {
  try {
    const answer = v.parse(EnrolmentResponse, await response.json());
    await importHubPublicKey(answer.hubPublicKey);
    return answer;
  } catch (error) {
    throw new EnrolmentError('BAD_RESPONSE', { cause: error, status: response.status });
  }
}

async function refusalCode(response: Response, auto: boolean): Promise<EnrolmentErrorCode> {
  const hubCode = await response
    .json()
    .then((data: unknown) => {
      const parsed = v.safeParse(ApiErrorBody, data);
      return parsed.success ? parsed.output.error.code : undefined;
    })
    .catch(() => undefined);
  if (hubCode === 'AUTO_ENROLMENT_OFF') return 'AUTO_ENROLMENT_OFF';
  if (hubCode === 'ENROLMENT_CODE_INVALID' || hubCode === 'BAD_ENROLMENT_REQUEST') {
    return auto ? 'HUB_ERROR' : 'CODE_INVALID';
  }
  // A hub without the demo route, or one that refuses it some other way: staff need a code.
  if (auto && (response.status === 403 || response.status === 404)) return 'AUTO_ENROLMENT_OFF';
  if (!auto && response.status === 403) return 'CODE_INVALID';
  return 'HUB_ERROR';
}
