// Shown for a path no screen answers to (e.g. an old link after an update).
import { t } from '../i18n/translate';
import { ScreenFrame } from './screen-frame';
import { shellPaths } from './navigation';

/** A plain way back for an unknown path. */
export function NotFoundScreen() {
  return (
    <ScreenFrame title={t('notFound.title')} back={shellPaths.home}>
      <p class="screen-state__body">{t('notFound.body')}</p>
    </ScreenFrame>
  );
}
