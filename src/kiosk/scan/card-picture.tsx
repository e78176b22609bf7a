// Where the QR code is on each kind of card, drawn plainly: on the front of the chip CCCD (top
// right), on the back of the căn cước issued from 1 July 2024. The code is ringed in the accent
// colour; the words under each card say the same for anyone who cannot see the picture.
import { t } from '../i18n/translate';

function QrMark({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <rect class="card-picture__ring" x="-3" y="-3" width="26" height="26" rx="3" />
      <rect class="card-picture__qr" width="20" height="20" rx="1" />
      <path
        class="card-picture__qr-ink"
        d="M2 2h6v6H2zM12 2h6v6h-6zM2 12h6v6H2zM12 12h2v2h-2zM15 15h3v3h-3zM12 16h2v2h-2zM16 12h2v2h-2z"
      />
    </g>
  );
}

function ChipCardFront() {
  return (
    <svg class="card-picture__card" viewBox="0 0 112 72" aria-hidden="true" focusable="false">
      <rect class="card-picture__body" x="1" y="1" width="110" height="70" rx="6" />
      <circle class="card-picture__line" cx="12" cy="11" r="5" />
      <path class="card-picture__line" d="M24 9h44M30 14h32" />
      <rect class="card-picture__line" x="6" y="24" width="20" height="26" rx="1.5" />
      <path class="card-picture__line" d="M32 28h34M32 35h40M32 42h28M32 49h36M32 56h30M8 62h60" />
      <QrMark x={84} y={8} />
    </svg>
  );
}

function NewCardBack() {
  return (
    <svg class="card-picture__card" viewBox="0 0 112 72" aria-hidden="true" focusable="false">
      <rect class="card-picture__body" x="1" y="1" width="110" height="70" rx="6" />
      <QrMark x={8} y={8} />
      <rect class="card-picture__chip" x="84" y="12" width="18" height="14" rx="2.5" />
      <path class="card-picture__line" d="M88 19h10M93 12v14" />
      <path class="card-picture__line" d="M38 12h36M38 19h30M38 26h34M8 38h70" />
      <path class="card-picture__mrz" d="M8 50h96M8 57h96M8 64h96" />
    </svg>
  );
}

/** The two cards side by side, each with its caption. */
export function CardPicture() {
  return (
    <div class="card-picture">
      <figure class="card-picture__item">
        <ChipCardFront />
        <figcaption>
          <strong>{t('wizard.scan.chipCard')}</strong>
          <span>{t('wizard.scan.chipCardWhere')}</span>
        </figcaption>
      </figure>
      <figure class="card-picture__item">
        <NewCardBack />
        <figcaption>
          <strong>{t('wizard.scan.newCard')}</strong>
          <span>{t('wizard.scan.newCardWhere')}</span>
        </figcaption>
      </figure>
    </div>
  );
}
