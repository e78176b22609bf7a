// The search box at the top of the catalogue, with a magnifying glass and a plain hint.
import { t } from '../i18n/translate';
import { KeyboardField, type TypingTarget } from '../keyboard/keyboard-field';

interface SearchBoxProps {
  target: TypingTarget;
  /** Whether results (not the browse tiles) are under the box. */
  showingResults: boolean;
  keyboardOpen: boolean;
  onOpenKeyboard: () => void;
}

/** "Tìm thủ tục" and the box that opens the on-screen keyboard. */
export function SearchBox(props: SearchBoxProps) {
  const { target, keyboardOpen, onOpenKeyboard, showingResults } = props;
  return (
    <div class="search-box" role="search">
      <KeyboardField
        id="catalogue-search"
        label={t('catalog.searchLabel')}
        target={target}
        placeholder={t('catalog.searchPlaceholder')}
        keyboardOpen={keyboardOpen}
        onOpenKeyboard={onOpenKeyboard}
        icon={<MagnifierIcon />}
        describedBy="catalogue-search-hint"
        revealOnOpen="start"
        // Swapping the tiles for results can leave the content scrolled to its top.
        revealAgain={showingResults}
      />
      <p class="search-box__hint" id="catalogue-search-hint">
        {t('catalog.searchHint')}
      </p>
    </div>
  );
}

function MagnifierIcon() {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2.2"
      stroke-linecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="10.5" cy="10.5" r="6" />
      <path d="m15 15 5.5 5.5" />
    </svg>
  );
}
