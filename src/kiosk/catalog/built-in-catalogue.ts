// The catalogue shipped inside this kiosk version, for a kiosk that has never reached the hub.
// Bundled into the catalogue chunk only. The build has already validated every file; parsing
// again here fills in the schema's defaults (e.g. maxPhotos), so the built-in copy has exactly
// the shape of a copy from the hub.
import * as v from 'valibot';
import { Procedure } from '../../protocol/config/procedure';

const files = import.meta.glob<unknown>('../../../kiosk-config/procedures/*.json', {
  eager: true,
  import: 'default',
});

/** Every procedure file, in file-name order (the hub's order too). */
export const BUILT_IN_PROCEDURES: readonly Procedure[] = Object.keys(files)
  .sort()
  .map((path) => v.parse(Procedure, files[path]));
