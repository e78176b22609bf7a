// The kiosk app: the shared frame around whichever screen the path names. Features add
// their screens here, one <Route> each; rare or heavy screens load through lazyScreen.
import { LocationProvider, Route, Router } from 'preact-iso';
import { AttractScreen } from '../attract/attract-screen';
import { catalogPaths } from '../catalog/catalog-paths';
import { registerWizardRoute } from '../catalog/wizard-routes';
import { HomeScreen } from '../home/home-screen';
import { SessionGuard } from '../session/session-guard';
import { WIZARD_ROUTE, wizardPath } from '../wizard/wizard-paths';
import { KioskHeader } from './kiosk-header';
import { lazyScreen } from './lazy-screen';
import { shellPaths } from './navigation';
import { NotFoundScreen } from './not-found-screen';

const GuideScreen = lazyScreen(() => import('../guide/guide-screen').then((m) => m.GuideScreen));
// The catalogue, its data and its search share one chunk, loaded when the resident opens it.
const catalogScreen = (name: 'catalogue' | 'topic' | 'procedure') =>
  lazyScreen(() => import('../catalog/catalog-screens').then((m) => m.catalogScreen(name)));
const CatalogueScreen = catalogScreen('catalogue');
const TopicScreen = catalogScreen('topic');
const ProcedureScreen = catalogScreen('procedure');
// The wizard (questions, scanning, photos, sending) is its own chunk; the catalogue's
// "Bắt đầu nộp hồ sơ" appears once its route is known.
const WizardScreen = lazyScreen(() =>
  import('../wizard/wizard-screens').then((m) => m.wizardScreen()),
);
registerWizardRoute(wizardPath);

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
          <Route path={catalogPaths.catalogue} component={CatalogueScreen} />
          <Route path={catalogPaths.topic} component={TopicScreen} />
          <Route path={catalogPaths.procedure} component={ProcedureScreen} />
          <Route path={WIZARD_ROUTE} component={WizardScreen} />
          <Route default component={NotFoundScreen} />
        </Router>
        <SessionGuard />
      </div>
    </LocationProvider>
  );
}
