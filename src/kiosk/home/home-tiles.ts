// The tiles on the home screen. A feature adds its tile by adding one entry here; the
// order of this list is the order on screen (procedures first, the guide last).
import type { ComponentType } from 'preact';
import type { MessageKey } from '../i18n/vi';
import { catalogPaths } from '../catalog/catalog-paths';
import { GuideIcon, ProceduresIcon } from '../shell/icons';
import { shellPaths } from '../shell/navigation';

/** One big home-screen tile: what it is called, what it shows, and where it goes. */
export interface HomeTile {
  /** Stable id, also used by tests (`data-tile`). */
  id: string;
  /** Inline SVG icon component (see shell/icons.tsx). */
  icon: ComponentType;
  /** The tile's name, e.g. "Làm thủ tục hành chính". */
  label: MessageKey;
  /** One short line saying what is inside. */
  hint: MessageKey;
  /** The screen it opens. */
  path: string;
}

/** Every tile, in the order the resident sees them. */
export const homeTiles: readonly HomeTile[] = [
  {
    id: 'procedures',
    icon: ProceduresIcon,
    label: 'home.tile.procedures',
    hint: 'home.tile.procedures.hint',
    path: catalogPaths.catalogue,
  },
  {
    id: 'guide',
    icon: GuideIcon,
    label: 'home.tile.guide',
    hint: 'home.tile.guide.hint',
    path: shellPaths.guide,
  },
];
