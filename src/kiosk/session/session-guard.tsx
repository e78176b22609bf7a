// Watches for idleness on every screen except the attract screen, and shows the
// "are you still there?" dialog when the quiet time runs out.
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { shellPaths } from '../shell/navigation';
import { startIdleWatch } from './idle-watch';
import { StillThereDialog } from './still-there-dialog';

/** Mount once inside the LocationProvider. */
export function SessionGuard() {
  const { path } = useLocation();
  const inSession = path !== shellPaths.attract;
  useEffect(() => (inSession ? startIdleWatch() : undefined), [inSession]);
  return inSession ? <StillThereDialog /> : null;
}
