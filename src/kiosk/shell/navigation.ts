// The kiosk's one way to move between screens. Every move REPLACES the current history
// entry: there is no browser back button on a kiosk, and a resident's path must not pile
// up in history for the next person to walk back through.

/** The shell's own screens; features keep their paths next to their screens. */
export const shellPaths = {
  attract: '/',
  home: '/home',
  guide: '/guide',
} as const;

/** Shows the screen at `path` (e.g. "/guide"), replacing the current history entry. */
export function goTo(path: string): void {
  if (location.pathname + location.search !== path) history.replaceState(null, '', path);
  // preact-iso's LocationProvider re-reads the location on popstate.
  dispatchEvent(new PopStateEvent('popstate'));
}
