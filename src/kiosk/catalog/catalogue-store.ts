// The catalogue every catalogue screen reads. It starts as the copy saved from the hub (or the
// built-in one), and asks the hub for a newer copy when the catalogue opens: never per keystroke.
// A copy the hub sends is shown only if it is valid and whole; otherwise the kiosk keeps its own.
import { computed, signal } from '@preact/signals';
import { CATALOGUE_PATH } from '../../protocol/config/catalogue';
import type { Procedure } from '../../protocol/config/procedure';
import { readSavedCatalogue, saveCatalogue } from '../site/site-db';
import { siteConfig } from '../site/site-store';
import { BUILT_IN_PROCEDURES } from './built-in-catalogue';
import {
  acceptCatalogue,
  builtInCatalogue,
  chooseCatalogue,
  type Catalogue,
  type CatalogueRefusal,
} from './catalogue-choice';
import { searchProcedures } from './search';
import { buildSearchIndex } from './search-index';

const FETCH_TIMEOUT_MS = 10_000;
// Residents go back and forth between the catalogue and the home screen; one check a minute
// is plenty for a file that changes a few times a year.
const MIN_CHECK_INTERVAL_MS = 60_000;
// A stuck IndexedDB must not keep the catalogue from opening.
const SAVED_READ_TIMEOUT_MS = 800;

const hubCopy = signal<Catalogue | undefined>(undefined);

/** The catalogue on show: the hub's latest valid copy, else the built-in copy for this site. */
export const catalogue = computed(() =>
  chooseCatalogue(
    builtInCatalogue(BUILT_IN_PROCEDURES, siteConfig.value?.procedures),
    hubCopy.value,
  ),
);

/** The search index for the catalogue on show, warmed by one search so the first key is quick. */
export const catalogueSearchIndex = computed(() => {
  const index = buildSearchIndex(catalogue.value.procedures);
  searchProcedures(index, 'khai sinh', 'vi');
  return index;
});

/** The last copy the kiosk refused, for staff screens; residents never see it. */
export const lastCatalogueRefusal = signal<CatalogueRefusal | undefined>(undefined);

/** The procedure with this id in the catalogue on show. */
export function findProcedure(id: string): Procedure | undefined {
  return catalogue.value.procedures.find((p) => p.id === id);
}

let savedRead: Promise<void> | undefined;
let checking: Promise<void> | undefined;
let lastCheck = -Infinity;

/** Resolves once the saved hub copy (if any) is on show, or after a short wait at most. */
export function catalogueReady(): Promise<void> {
  savedRead ??= readSavedCopy();
  return Promise.race([savedRead, new Promise<void>((r) => setTimeout(r, SAVED_READ_TIMEOUT_MS))]);
}

/** The catalogue opens: show the saved copy, then ask the hub for a newer one in the background. */
export async function openCatalogue(): Promise<void> {
  await catalogueReady();
  if (checking || performance.now() - lastCheck < MIN_CHECK_INTERVAL_MS) return checking;
  lastCheck = performance.now();
  checking = checkHub().finally(() => (checking = undefined));
  return checking;
}

async function readSavedCopy(): Promise<void> {
  let saved: unknown;
  try {
    saved = await readSavedCatalogue();
  } catch {
    return; // no IndexedDB: as if nothing was saved
  }
  if (saved === undefined) return;
  const result = await acceptCatalogue(saved);
  if ('refusal' in result) return refuse(result.refusal, 'saved copy');
  hubCopy.value ??= result.catalogue;
}

async function checkHub(): Promise<void> {
  const known = hubCopy.value?.version;
  let body: unknown;
  try {
    const response = await fetch(CATALOGUE_PATH, {
      cache: 'no-store',
      headers: known ? { 'If-None-Match': `"${known}"` } : {},
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    // 304: the kiosk has this version; other failures: keep what the kiosk has.
    if (!response.ok) return;
    body = await response.json().catch(() => NOT_JSON);
  } catch {
    return; // offline or the hub is down: the kiosk's copy stays
  }
  if (body === NOT_JSON) {
    return refuse({ code: 'CATALOGUE_NOT_JSON', detail: 'the body is not JSON' }, 'hub');
  }
  const result = await acceptCatalogue(body);
  if ('refusal' in result) return refuse(result.refusal, 'hub');
  if (result.catalogue.version === known) return;
  hubCopy.value = result.catalogue;
  await saveCatalogue({
    version: result.catalogue.version,
    procedures: result.catalogue.procedures,
  }).catch(
    () => undefined, // shown now; an offline start falls back to the built-in copy
  );
}

const NOT_JSON = Symbol('not JSON');

function refuse(refusal: CatalogueRefusal, from: string): void {
  lastCatalogueRefusal.value = refusal;
  console.warn(`${refusal.code}: catalogue from ${from} refused (${refusal.detail})`);
}
