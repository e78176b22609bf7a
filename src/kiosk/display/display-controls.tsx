// The slim "Cỡ chữ A A A · Tương phản" controls in the header of every screen.
import { t } from '../i18n/translate';
import { ContrastIcon } from '../shell/icons';
import { TEXT_SIZES, highContrast, textSize } from './display';
import './display-controls.css';

/** Three text sizes and the high-contrast switch, always within reach. */
export function DisplayControls() {
  return (
    <div class="display-controls" role="group" aria-label={t('display.label')}>
      <div class="display-controls__sizes" role="group" aria-labelledby="display-text-size">
        <span class="display-controls__label" id="display-text-size">
          {t('display.textSize')}
        </span>
        {TEXT_SIZES.map((size) => (
          <button
            key={size}
            type="button"
            class={`display-controls__size display-controls__size--${size}`}
            aria-pressed={textSize.value === size}
            aria-label={t(`display.textSize.${size}`)}
            onClick={() => (textSize.value = size)}
          >
            A
          </button>
        ))}
      </div>
      <button
        type="button"
        class="display-controls__contrast"
        aria-pressed={highContrast.value}
        aria-describedby="display-contrast-hint"
        onClick={() => (highContrast.value = !highContrast.value)}
      >
        <ContrastIcon />
        {t('display.contrast')}
      </button>
      <span id="display-contrast-hint" hidden>
        {t('display.contrast.hint')}
      </span>
    </div>
  );
}
