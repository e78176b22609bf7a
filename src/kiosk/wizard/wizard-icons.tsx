// Line icons for the wizard, the scanner and the photo screens; they take the text colour, so
// they follow high contrast. Decorative: the words beside them say what they mean.
import { LineIcon } from '../shell/icons';

/** "Tiếp tục": an arrow pointing right. */
export function NextIcon() {
  return (
    <LineIcon>
      <path d="M4 12h15" />
      <path d="m13 5 7 7-7 7" />
    </LineIcon>
  );
}

/** "Quay lại" inside the wizard: an arrow pointing left. */
export function PreviousIcon() {
  return (
    <LineIcon>
      <path d="M20 12H5" />
      <path d="m11 5-7 7 7 7" />
    </LineIcon>
  );
}

/** Scanning a card's QR: a QR code's corners and squares. */
export function QrIcon() {
  return (
    <LineIcon>
      <path d="M3 7V4.5A1.5 1.5 0 0 1 4.5 3H7M17 3h2.5A1.5 1.5 0 0 1 21 4.5V7M21 17v2.5a1.5 1.5 0 0 1-1.5 1.5H17M7 21H4.5A1.5 1.5 0 0 1 3 19.5V17" />
      <path d="M7 7h3v3H7zM14 7h3v3h-3zM7 14h3v3H7z" />
      <path d="M14 14h3v3M17 17h0" />
    </LineIcon>
  );
}

/** Taking a photo: a camera. */
export function CameraIcon() {
  return (
    <LineIcon>
      <path d="M4 7.5h3.2L9 5h6l1.8 2.5H20a1 1 0 0 1 1 1V19a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8.5a1 1 0 0 1 1-1z" />
      <circle cx="12" cy="13.5" r="3.8" />
    </LineIcon>
  );
}

/** "Sửa": a pencil. */
export function EditIcon() {
  return (
    <LineIcon>
      <path d="M4 20h4L19 9l-4-4L4 16z" />
      <path d="m13.5 6.5 4 4" />
    </LineIcon>
  );
}

/** "Xoá" a photo: a bin. */
export function DeleteIcon() {
  return (
    <LineIcon>
      <path d="M4 7h16M9.5 7V4.5h5V7M6.5 7l1 13h9l1-13" />
      <path d="M10.5 11v5.5M13.5 11v5.5" />
    </LineIcon>
  );
}

/** A chosen answer or a given consent: a tick. */
export function TickIcon() {
  return (
    <LineIcon>
      <path d="m4.5 12.5 5 5 10-11" />
    </LineIcon>
  );
}

/** A problem with an answer: an exclamation mark in a circle. */
export function AlertIcon() {
  return (
    <LineIcon>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7.5v5.5M12 16.5v.01" />
    </LineIcon>
  );
}

/** Sending the dossier: a paper plane. */
export function SendIcon() {
  return (
    <LineIcon>
      <path d="M21 3 10.5 13.5" />
      <path d="M21 3 14.5 21l-4-7.5L3 9.5z" />
    </LineIcon>
  );
}

/** Typing by hand instead of scanning: a keyboard. */
export function KeyboardIcon() {
  return (
    <LineIcon>
      <rect x="2.5" y="6" width="19" height="12" rx="2" />
      <path d="M6 10h.01M9.5 10h.01M13 10h.01M16.5 10h.01M7 14h10" />
    </LineIcon>
  );
}
