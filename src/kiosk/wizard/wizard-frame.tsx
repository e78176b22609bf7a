// The frame of every wizard screen: where the resident is ("Bước 3 / 9"), the question large at
// the top with its help and "Nghe đọc", the answer, the keyboard when typing, and the big
// "Quay lại" / "Tiếp tục" pair above "Kết thúc". "Kết thúc" sits on its own row, away from
// "Tiếp tục", so a slip of the finger does not end a half-filled dossier.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/translate';
import { SessionNav } from '../shell/session-nav';
import { ReadAloudButton } from '../speech/read-aloud-button';
import type { StepNumber } from './wizard-steps';
import { NextIcon, PreviousIcon } from './wizard-icons';
import './wizard.css';

/** One of the big buttons at the bottom. */
export interface FrameAction {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  icon?: JSX.Element;
}

interface WizardFrameProps {
  /** The procedure's name, above the step. */
  kicker: string;
  step?: StepNumber;
  title: ComponentChildren;
  help?: string;
  /** The words "Nghe đọc" reads, asked for when pressed. */
  reading?: () => string;
  /** The on-screen keyboard, beside or under the content; never over it. */
  dock?: ComponentChildren;
  /** Extra keys for the box being typed in: above the keyboard, or under the content. */
  dockExtra?: ComponentChildren;
  back?: FrameAction;
  primary?: FrameAction;
  /** Marks the screen for tests and styles, e.g. the question's type. */
  screen: string;
  children?: ComponentChildren;
}

/** Heading, answer area, keyboard dock and the wizard's buttons for one screen. */
export function WizardFrame(props: WizardFrameProps) {
  const { kicker, step, title, help, reading, dock, dockExtra, back, primary, screen } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <div class={`screen wizard-frame ${dock ? 'wizard-frame--typing' : ''}`} data-screen={screen}>
      <main class="screen__content wizard-frame__content" tabIndex={0}>
        <div class="wizard-frame__heading">
          <p class="wizard-frame__kicker">
            <span>{kicker}</span>
            {step && (
              <span class="wizard-step">
                {t('wizard.step', { number: step.number, total: step.total })}
              </span>
            )}
          </p>
          {step && (
            <div class="wizard-progress" aria-hidden="true">
              <div
                class="wizard-progress__done"
                style={{ width: `${(100 * step.number) / step.total}%` }}
              />
            </div>
          )}
          <h1 class="screen__title wizard-frame__title" tabIndex={-1} ref={heading}>
            {title}
          </h1>
          {help && <p class="wizard-frame__help">{help}</p>}
          {reading && <ReadAloudButton text={reading} />}
        </div>
        {props.children}
      </main>
      {dockExtra && <div class="wizard-frame__extra">{dockExtra}</div>}
      {dock && <div class="wizard-frame__dock">{dock}</div>}
      {(back || primary) && (
        <div class="wizard-actions">
          {back && (
            <button type="button" class="button wizard-actions__back" onClick={back.onClick}>
              {back.icon ?? <PreviousIcon />}
              {back.label}
            </button>
          )}
          {primary && (
            <button
              type="button"
              class="button button--primary wizard-actions__primary"
              onClick={primary.onClick}
              disabled={primary.disabled}
            >
              {primary.label}
              {primary.icon ?? <NextIcon />}
            </button>
          )}
        </div>
      )}
      <SessionNav />
    </div>
  );
}
