// What the resident has typed and where they are in the catalogue, kept while they move
// between the list and a procedure, and wiped with the session.
import { signal } from '@preact/signals';
import { EMPTY_INPUT, type InputState } from '../keyboard/input-engine';
import { onSessionWipe } from '../session/wipe';
import { catalogPaths } from './catalog-paths';

/** The search box's text and cursor. */
export const searchInput = signal<InputState>(EMPTY_INPUT);

/** Whether the on-screen keyboard is showing under the search box. */
export const searchKeyboardOpen = signal(false);

/** The list a procedure was opened from, where its "Quay lại" returns. */
export const listPath = signal<string>(catalogPaths.catalogue);

onSessionWipe(() => {
  searchInput.value = EMPTY_INPUT;
  searchKeyboardOpen.value = false;
  listPath.value = catalogPaths.catalogue;
});
