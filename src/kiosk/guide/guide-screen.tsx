// "Hướng dẫn sử dụng": how to use the kiosk and whom to call. Loaded as its own chunk.
import { t } from '../i18n/translate';
import { shellPaths } from '../shell/navigation';
import { ScreenFrame } from '../shell/screen-frame';
import { GuideSteps } from './guide-steps';
import { SiteContacts } from './site-contacts';
import { TypingHelp } from './typing-help';
import './guide.css';

/** The guide: steps on one side, hours and hotlines on the other; then searching and typing. */
export function GuideScreen() {
  return (
    <ScreenFrame title={t('guide.title')} back={shellPaths.home} class="guide">
      <div class="guide__columns">
        <GuideSteps />
        <SiteContacts />
      </div>
      <TypingHelp />
    </ScreenFrame>
  );
}
