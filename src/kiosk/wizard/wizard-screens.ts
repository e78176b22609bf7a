// The wizard as one lazy chunk (with the catalogue data it reads). The saved catalogue is read
// before the first screen shows, so a procedure changed on the hub shows its current questions.
import type { ComponentType } from 'preact';
import { catalogueReady } from '../catalog/catalogue-store';
import { WizardScreen } from './wizard-screen';

/** The wizard's route component, once the catalogue to use is known. */
export async function wizardScreen(): Promise<ComponentType<Record<string, unknown>>> {
  await catalogueReady();
  return WizardScreen as ComponentType<Record<string, unknown>>;
}
