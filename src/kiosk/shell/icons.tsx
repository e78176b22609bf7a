// Inline SVG icons drawn for the kiosk: line icons that take the text colour, so they
// follow high contrast and stay sharp at any text size. Decorative: hidden from readers.
import type { ComponentChildren } from 'preact';

/** The frame every line icon shares; drawings inside it use a 24-unit grid. */
export function LineIcon({
  children,
  strokeWidth = 2,
}: {
  children: ComponentChildren;
  strokeWidth?: number;
}) {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width={strokeWidth}
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** The kiosk's mark, as on its app icon: a gold star in a ring on public-service red. */
export function Emblem() {
  return (
    <svg class="emblem" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="11" fill="#b3261e" />
      <circle cx="24" cy="24" r="16.5" fill="none" stroke="#ffd34d" stroke-width="1.6" />
      <path
        fill="#ffd34d"
        d="M24 13.2l2.6 7.5 7.9.2-6.3 4.8 2.3 7.6L24 28.8l-6.5 4.5 2.3-7.6-6.3-4.8 7.9-.2z"
      />
    </svg>
  );
}

/** "Trang chủ": a house. */
export function HomeIcon() {
  return (
    <LineIcon>
      <path d="M3 11.5 12 4l9 7.5" />
      <path d="M5.5 10v10h5v-6h3v6h5V10" />
    </LineIcon>
  );
}

/** "Quay lại": an arrow pointing left. */
export function BackIcon() {
  return (
    <LineIcon>
      <path d="M20 12H5" />
      <path d="m11 5-7 7 7 7" />
    </LineIcon>
  );
}

/** "Kết thúc": leaving through a door. */
export function EndIcon() {
  return (
    <LineIcon>
      <path d="M10 20H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h4" />
      <path d="M15 16.5 19.5 12 15 7.5" />
      <path d="M19 12H9" />
    </LineIcon>
  );
}

/** Hotlines: a telephone handset. */
export function PhoneIcon() {
  return (
    <LineIcon>
      <path d="M5 3.5h3.5l2 5-2.5 1.5a11 11 0 0 0 6 6l1.5-2.5 5 2V19a2 2 0 0 1-2 2A16.5 16.5 0 0 1 3 5.5a2 2 0 0 1 2-2z" />
    </LineIcon>
  );
}

/** Opening hours: a clock. */
export function ClockIcon() {
  return (
    <LineIcon>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </LineIcon>
  );
}

/** "Làm thủ tục hành chính": a clipboard with a tick. */
export function ProceduresIcon() {
  return (
    <LineIcon>
      <path d="M9 3.5h6v3H9z" />
      <path d="M7 5H5.5v16h13V5H17" />
      <path d="m8.5 13.5 2.5 2.5 4.5-5" />
    </LineIcon>
  );
}

/** "Hướng dẫn sử dụng": an open book. */
export function GuideIcon() {
  return (
    <LineIcon>
      <path d="M2.5 5.5C5.5 4 9 4.2 12 6.5c3-2.3 6.5-2.5 9.5-1v13c-3-1.5-6.5-1.3-9.5 1-3-2.3-6.5-2.5-9.5-1z" />
      <path d="M12 6.5v13" />
    </LineIcon>
  );
}

/** The attract screen's invitation: a finger touching, with a ripple. */
export function TouchIcon() {
  return (
    <LineIcon>
      <path d="M6.8 5.3a4 4 0 0 1 7.4 0" />
      <path d="M9 16.5V7.5a1.5 1.5 0 0 1 3 0v5" />
      <path d="M12 11.5a1.5 1.5 0 0 1 3 0v1.5" />
      <path d="M15 12a1.5 1.5 0 0 1 3 0v1" />
      <path d="M18 12.5a1.5 1.5 0 0 1 3 0V16a6 6 0 0 1-6 6h-1.2a6 6 0 0 1-4.7-2.3l-3.4-4.3a1.5 1.5 0 0 1 2.3-1.9L9 16.5" />
    </LineIcon>
  );
}

/** "Tương phản": a circle half dark, half light. */
export function ContrastIcon() {
  return (
    <LineIcon>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />
    </LineIcon>
  );
}

/** Choosing a language: a globe. */
export function GlobeIcon() {
  return (
    <LineIcon>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18" />
      <path d="M12 3a14 14 0 0 1 0 18 14 14 0 0 1 0-18z" />
    </LineIcon>
  );
}
