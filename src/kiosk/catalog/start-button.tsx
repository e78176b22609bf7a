// "Bắt đầu nộp hồ sơ": shown only when a wizard has registered its route (see wizard-routes.ts),
// so a resident never meets a button that leads nowhere.
import type { Procedure } from '../../protocol/config/procedure';
import { t } from '../i18n/translate';
import { goTo } from '../shell/navigation';
import { wizardPathFor } from './wizard-routes';

/** The big start button with a line on what comes next, or nothing. */
export function StartButton({ procedure }: { procedure: Procedure }) {
  const path = wizardPathFor(procedure);
  if (!path) return null;
  return (
    <div class="start">
      <button type="button" class="button button--primary start__button" onClick={() => goTo(path)}>
        {t('procedure.start')}
      </button>
      <p class="start__hint">{t('procedure.startHint')}</p>
    </div>
  );
}
