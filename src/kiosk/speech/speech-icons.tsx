// Icons for reading aloud; only screens with a read-aloud button load them.
import { LineIcon } from '../shell/icons';

/** A loudspeaker with sound waves. */
export function SpeakerIcon() {
  return (
    <LineIcon>
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" />
      <path d="M15.5 9a4 4 0 0 1 0 6" />
      <path d="M18.3 6.3a8 8 0 0 1 0 11.4" />
    </LineIcon>
  );
}

/** A square: stop. */
export function StopIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />
    </svg>
  );
}
