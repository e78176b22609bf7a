// The catalogue's three screens as one lazy chunk, with the catalogue data and search. The
// saved copy from the hub is read before a screen first shows, so names never flip on screen.
import type { ComponentType } from 'preact';
import { CatalogueScreen } from './catalogue-screen';
import { catalogueReady } from './catalogue-store';
import { ProcedureScreen } from './procedure-screen';
import { TopicScreen } from './topic-screen';

const SCREENS = {
  catalogue: CatalogueScreen,
  topic: TopicScreen,
  procedure: ProcedureScreen,
};

/** One of the catalogue's screens, once the catalogue to show is known. */
export async function catalogScreen(
  name: keyof typeof SCREENS,
): Promise<ComponentType<Record<string, unknown>>> {
  await catalogueReady();
  return SCREENS[name] as ComponentType<Record<string, unknown>>;
}
