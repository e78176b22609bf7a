// Which catalogue the kiosk shows: a valid copy from the hub when it has one, else the copy
// built into this kiosk version. Pure, so the rules are tested without a browser or a hub.
import * as v from 'valibot';
import {
  CatalogueResponse,
  catalogueVersion,
  proceduresForSite,
} from '../../protocol/config/catalogue';
import type { Procedure } from '../../protocol/config/procedure';

/** The procedures on show and where they came from. */
export interface Catalogue {
  /** The hub's SHA-256 version, or "built-in" for the copy shipped with the kiosk. */
  version: string;
  procedures: readonly Procedure[];
  source: 'built-in' | 'hub';
}

/** Why a catalogue from the hub (or saved from it) was refused; stable for logs and staff. */
export type CatalogueRefusalCode =
  'CATALOGUE_NOT_JSON' | 'CATALOGUE_INVALID' | 'CATALOGUE_VERSION_MISMATCH';

/** A refused catalogue: the code, and the first problem for the log (never shown to residents). */
export interface CatalogueRefusal {
  code: CatalogueRefusalCode;
  detail: string;
}

/** The built-in copy, limited to what the site offers once its config is known. */
export function builtInCatalogue(
  procedures: readonly Procedure[],
  enabled: 'all' | readonly string[] = 'all',
): Catalogue {
  return {
    version: 'built-in',
    procedures: proceduresForSite(procedures, enabled),
    source: 'built-in',
  };
}

/** A hub catalogue if it passes the schema and its version is the hash of what came. */
export async function acceptCatalogue(
  data: unknown,
): Promise<{ catalogue: Catalogue } | { refusal: CatalogueRefusal }> {
  const parsed = v.safeParse(CatalogueResponse, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? (v.getDotPath(issue) ?? '(root)') : '(root)';
    return { refusal: { code: 'CATALOGUE_INVALID', detail: `${where}: ${issue?.message}` } };
  }
  const { version, procedures } = parsed.output;
  const actual = await catalogueVersion(procedures);
  if (actual !== version) {
    return {
      refusal: { code: 'CATALOGUE_VERSION_MISMATCH', detail: `says ${version}, is ${actual}` },
    };
  }
  return { catalogue: { version, procedures, source: 'hub' } };
}

/** What to show: the saved hub copy when there is a valid one, else the built-in copy. */
export function chooseCatalogue(builtIn: Catalogue, saved: Catalogue | undefined): Catalogue {
  return saved ?? builtIn;
}
