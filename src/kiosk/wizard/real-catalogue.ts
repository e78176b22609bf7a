// For tests: the procedures in kiosk-config/, read through the catalogue schema (so defaults
// such as `allow: 'any'` and `maxPhotos: 1` are filled in as the kiosk sees them).
import * as v from 'valibot';
import { Procedure, type SubmitProcedure } from '../../protocol/config/procedure';

const files = import.meta.glob<unknown>('../../../kiosk-config/procedures/*.json', {
  eager: true,
  import: 'default',
});

/** Every submit procedure in the catalogue, in file-name order. */
export const SUBMIT_PROCEDURES: readonly SubmitProcedure[] = Object.keys(files)
  .sort()
  .map((path) => v.parse(Procedure, files[path]))
  .filter((p): p is SubmitProcedure => p.kind === 'submit');

/** One submit procedure by id; throws when the catalogue has no such procedure. */
export function submitProcedure(id: string): SubmitProcedure {
  const found = SUBMIT_PROCEDURES.find((p) => p.id === id);
  if (!found) throw new Error(`no submit procedure ${id}`);
  return found;
}
