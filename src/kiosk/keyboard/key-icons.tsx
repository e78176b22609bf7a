// Pictures on the keyboard's control keys; line icons in the text colour, hidden from readers.
import { LineIcon as KeyIcon } from '../shell/icons';

/** Delete one letter: a key shape pointing left, with a cross. */
export function BackspaceIcon() {
  return (
    <KeyIcon>
      <path d="M9 5h11a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H9l-6-7z" />
      <path d="m12 9.5 5 5M17 9.5l-5 5" />
    </KeyIcon>
  );
}

/** Capital letters: an arrow up. */
export function ShiftIcon() {
  return (
    <KeyIcon>
      <path d="M12 4 4 12.5h4.5V20h7v-7.5H20z" />
    </KeyIcon>
  );
}

/** Move the cursor left. */
export function LeftIcon() {
  return (
    <KeyIcon>
      <path d="M15 5 8 12l7 7" />
    </KeyIcon>
  );
}

/** Move the cursor right. */
export function RightIcon() {
  return (
    <KeyIcon>
      <path d="m9 5 7 7-7 7" />
    </KeyIcon>
  );
}
