// Reading text aloud with the browser's own voices (Web Speech API). One reading at a time;
// it stops when the screen it belongs to goes away and when the session ends.
import { signal } from '@preact/signals';
import type { Language } from '../../protocol/config/text';
import { onSessionWipe } from '../session/wipe';
import { chooseVoice, speechPieces } from './voice-choice';

// Slower than the default: many residents are elderly, and the text is official wording.
const RATE = 0.9;

const synth: SpeechSynthesis | undefined = globalThis.speechSynthesis;

/** The voices installed on this kiosk; they arrive late, after "voiceschanged". */
export const installedVoices = signal<readonly SpeechSynthesisVoice[]>(synth?.getVoices() ?? []);

/** Sent on `window` when a reading starts (detail true) and ends (false); see idle-watch.ts. */
export const READING_EVENT = 'dvc:reading';

/** Which reading is going on (a caller's id), or undefined when the kiosk is quiet. */
export const nowReading = signal<string | undefined>(undefined);

synth?.addEventListener('voiceschanged', () => {
  installedVoices.value = synth.getVoices();
});

/** The voice that would read `language`, or undefined when there is none. */
export function voiceFor(language: Language): SpeechSynthesisVoice | undefined {
  return chooseVoice(installedVoices.value, language);
}

/** Reads `text` in `language`, after stopping any other reading; false when it cannot. */
export function readAloud(id: string, text: string, language: Language): boolean {
  const voice = voiceFor(language);
  if (!synth || !voice) return false;
  synth.cancel();
  const pieces = speechPieces(text);
  pieces.forEach((piece, i) => {
    const utterance = new SpeechSynthesisUtterance(piece);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = RATE;
    const finish = () => {
      if (nowReading.value === id) nowReading.value = undefined;
    };
    if (i === pieces.length - 1) utterance.addEventListener('end', finish);
    utterance.addEventListener('error', finish);
    synth.speak(utterance);
  });
  nowReading.value = pieces.length > 0 ? id : undefined;
  return pieces.length > 0;
}

/** Stops reading; with an id, only if that reading is the one going on. */
export function stopReading(id?: string): void {
  if (id !== undefined && nowReading.value !== id) return;
  synth?.cancel();
  nowReading.value = undefined;
}

onSessionWipe(() => stopReading());

// A resident listening is not idle: a long reading must not end in "are you still there?".
// Said with an event, not a call, so this lazy module adds no import of the session's own.
nowReading.subscribe((id) =>
  dispatchEvent(new CustomEvent<boolean>(READING_EVENT, { detail: id !== undefined })),
);
