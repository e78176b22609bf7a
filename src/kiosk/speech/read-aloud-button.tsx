// "Nghe đọc": a big button that reads a screen's text aloud, and stops it. It is not shown on
// a kiosk with no voice for the chosen language, and the reading stops when the screen goes.
import { useEffect, useId } from 'preact/hooks';
import { language, t } from '../i18n/translate';
import { SpeakerIcon, StopIcon } from './speech-icons';
import { nowReading, readAloud, stopReading, voiceFor } from './speech';
import './read-aloud.css';

interface ReadAloudButtonProps {
  /** The words to read, asked for when pressed so they follow the language on screen. */
  text: () => string;
}

/** Reads `text()` in the session's language; press again to stop. */
export function ReadAloudButton({ text }: ReadAloudButtonProps) {
  const id = useId();
  const lang = language.value;
  // Leaving the screen, or switching language, ends this reading.
  useEffect(() => () => stopReading(id), [id, lang]);
  if (!voiceFor(lang)) return null;
  const reading = nowReading.value === id;
  return (
    <button
      type="button"
      class={`button read-aloud ${reading ? 'read-aloud--reading' : ''}`}
      aria-pressed={reading}
      onClick={() => (reading ? stopReading(id) : readAloud(id, text(), lang))}
    >
      {reading ? <StopIcon /> : <SpeakerIcon />}
      {reading ? t('speech.stop') : t('speech.read')}
    </button>
  );
}
