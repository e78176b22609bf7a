// The catalogue shipped inside this kiosk version, for a kiosk that has never reached the hub.
// Bundled into the catalogue chunk only; the build has already validated every file.
import type { Procedure } from '../../protocol/config/procedure';

const files = import.meta.glob<Procedure>('../../../kiosk-config/procedures/*.json', {
  eager: true,
  import: 'default',
});

/** Every procedure file, in file-name order (the hub's order too). */
export const BUILT_IN_PROCEDURES: readonly Procedure[] = Object.keys(files)
  .sort()
  .map((path) => files[path]!);
