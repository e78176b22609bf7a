// "Bạn còn ở đây không?": a big countdown with "Tiếp tục" and "Kết thúc". Touching outside
// the panel also means "I am here"; only the buttons or the countdown end the session.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/translate';
import { EndIcon } from '../shell/icons';
import { idleState, keepSessionGoing } from './idle-watch';
import { wipeSession } from './wipe';
import './still-there.css';

/** The modal countdown dialog; open only in the idle warning phase. */
export function StillThereDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const { phase, secondsLeft } = idleState.value;
  const open = phase === 'warning';

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      class="still-there"
      aria-labelledby="still-there-title"
      aria-describedby="still-there-body"
      onCancel={(event) => {
        event.preventDefault();
        keepSessionGoing();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) keepSessionGoing();
      }}
    >
      {open && (
        <div class="still-there__panel">
          <h2 class="still-there__title" id="still-there-title">
            {t('idle.title')}
          </h2>
          <p class="still-there__body" id="still-there-body">
            {t('idle.body')}
          </p>
          <p
            class="still-there__count"
            role="timer"
            aria-label={t('idle.seconds', { n: secondsLeft })}
          >
            <span class="still-there__number" aria-hidden="true">
              {secondsLeft}
            </span>
          </p>
          <div class="still-there__actions">
            <button
              type="button"
              class="button button--primary still-there__continue"
              onClick={keepSessionGoing}
              autoFocus
            >
              {t('idle.continue')}
            </button>
            <button type="button" class="button button--end" onClick={wipeSession}>
              <EndIcon />
              {t('idle.end')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
