// The bottom bar of big buttons that stands in for a browser's back button.
import { t } from '../i18n/translate';
import { wipeSession } from '../session/wipe';
import { BackIcon, EndIcon, HomeIcon } from './icons';
import { goTo, shellPaths } from './navigation';

interface SessionNavProps {
  /** Where "Quay lại" goes; no "Quay lại" or "Trang chủ" when undefined (the home screen). */
  back?: string;
}

/** "Quay lại" · "Trang chủ" on the left, "Kết thúc" on the right. */
export function SessionNav({ back }: SessionNavProps) {
  return (
    <nav class="session-nav" aria-label={t('nav.label')}>
      {back !== undefined && (
        <>
          <button type="button" class="button" onClick={() => goTo(back)}>
            <BackIcon />
            {t('nav.back')}
          </button>
          <button type="button" class="button" onClick={() => goTo(shellPaths.home)}>
            <HomeIcon />
            {t('nav.home')}
          </button>
        </>
      )}
      <button type="button" class="button button--end session-nav__end" onClick={wipeSession}>
        <EndIcon />
        {t('nav.end')}
      </button>
    </nav>
  );
}
