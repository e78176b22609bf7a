// The kiosk app: the shared frame around whichever screen the path names. Features add
// their screens here, one <Route> each; rare or heavy screens load through lazyScreen.
import { LocationProvider, Route, Router } from 'preact-iso';
import { AttractScreen } from '../attract/attract-screen';
import { HomeScreen } from '../home/home-screen';
import { SessionGuard } from '../session/session-guard';
import { KioskHeader } from './kiosk-header';
import { lazyScreen } from './lazy-screen';
import { shellPaths } from './navigation';
import { NotFoundScreen } from './not-found-screen';

const GuideScreen = lazyScreen(() => import('../guide/guide-screen').then((m) => m.GuideScreen));

/** The whole kiosk UI. */
export function App() {
  return (
    <LocationProvider>
      <div class="kiosk">
        <KioskHeader />
        <Router>
          <Route path={shellPaths.attract} component={AttractScreen} />
          <Route path={shellPaths.home} component={HomeScreen} />
          <Route path={shellPaths.guide} component={GuideScreen} />
          <Route default component={NotFoundScreen} />
        </Router>
        <SessionGuard />
      </div>
    </LocationProvider>
  );
}
