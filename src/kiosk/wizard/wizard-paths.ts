// Where the wizard lives. Small on purpose: the shell imports it to register the route, and
// nothing of the wizard itself may come with it onto the first screens.

/** The route pattern, for <Route path>: one procedure's questions, summary and result. */
export const WIZARD_ROUTE = '/nop-ho-so/:id';

/** The wizard for one procedure (the catalogue's "Bắt đầu nộp hồ sơ" goes here). */
export function wizardPath(procedureId: string): string {
  return `/nop-ho-so/${encodeURIComponent(procedureId)}`;
}
