// How to use the kiosk, in six short numbered steps with a picture each.
import type { ComponentType } from 'preact';
import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/vi';
import { EndIcon, HomeIcon, TouchIcon } from '../shell/icons';
import { PeopleIcon, QuestionIcon, TextSizeIcon } from './step-icons';

const STEPS: readonly { text: MessageKey; icon: ComponentType }[] = [
  { text: 'guide.step.touch', icon: TouchIcon },
  { text: 'guide.step.oneQuestion', icon: QuestionIcon },
  { text: 'guide.step.textSize', icon: TextSizeIcon },
  { text: 'guide.step.moveAround', icon: HomeIcon },
  { text: 'guide.step.end', icon: EndIcon },
  { text: 'guide.step.help', icon: PeopleIcon },
];

/** The numbered steps. */
export function GuideSteps() {
  return (
    <section class="guide-steps" aria-labelledby="guide-steps-title">
      <h2 class="guide-section-title" id="guide-steps-title">
        {t('guide.stepsTitle')}
      </h2>
      <ol class="guide-steps__list">
        {STEPS.map(({ text, icon: Icon }, index) => (
          <li key={text} class="guide-step">
            <span class="guide-step__picture" aria-hidden="true">
              <Icon />
              <span class="guide-step__number">{index + 1}</span>
            </span>
            <p class="guide-step__text">{t(text)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
