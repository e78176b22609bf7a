// The one place the catalogue learns whether a wizard exists. The wizard feature registers its
// route when it adds its screens; until then no procedure shows a "start" button that goes
// nowhere.
import type { Procedure } from '../../protocol/config/procedure';

/** Gives the wizard's path for a procedure id, e.g. id => `/nop-ho-so/${id}`. */
export type WizardPathFor = (procedureId: string) => string;

let registered: WizardPathFor | undefined;

/** Called once by the wizard feature at start-up; a later call replaces the earlier one. */
export function registerWizardRoute(pathFor: WizardPathFor): void {
  registered = pathFor;
}

/** Where "Bắt đầu nộp hồ sơ" goes, or undefined when there is no wizard or nothing to submit. */
export function wizardPathFor(procedure: Pick<Procedure, 'id' | 'kind'>): string | undefined {
  return procedure.kind === 'submit' && registered ? registered(procedure.id) : undefined;
}

/** Forgets the registration; for tests. */
export function clearWizardRoute(): void {
  registered = undefined;
}
