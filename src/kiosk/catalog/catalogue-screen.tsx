// "Làm thủ tục hành chính": a big search box on top; below it the browse tiles, or the
// procedures found as the resident types. The on-screen keyboard sits in the dock, under the
// content, so the box and the first results stay in view while typing.
import { useEffect, useMemo } from 'preact/hooks';
import { language, t } from '../i18n/translate';
import type { TypingTarget } from '../keyboard/keyboard-field';
import { OnScreenKeyboard } from '../keyboard/on-screen-keyboard';
import { shellPaths } from '../shell/navigation';
import { ScreenFrame } from '../shell/screen-frame';
import { BrowseTiles } from './browse-tiles';
import { catalogPaths } from './catalog-paths';
import { catalogue, catalogueSearchIndex, openCatalogue } from './catalogue-store';
import { NoResults } from './no-results';
import { searchProcedures } from './search';
import { SearchBox } from './search-box';
import { listPath, searchInput, searchKeyboardOpen } from './search-state';
import { SearchResults } from './search-results';
import { resultsToShow } from './shown-results';
import './catalog.css';

/** The catalogue: search and browse. */
export function CatalogueScreen() {
  useEffect(() => {
    listPath.value = catalogPaths.catalogue;
    void openCatalogue();
    // Coming back from a procedure shows the results, not the keyboard over them.
    return () => {
      searchKeyboardOpen.value = false;
    };
  }, []);
  const input = searchInput.value;
  const typing = searchKeyboardOpen.value;
  const lang = language.value;
  const index = catalogueSearchIndex.value;
  const query = input.text.trim() === '' ? '' : input.text;
  // Every keystroke searches at once: the index is built for this (see search.ts).
  const results = useMemo(
    () => (query ? resultsToShow(searchProcedures(index, query, lang)) : []),
    [index, query, lang],
  );

  const target: TypingTarget = {
    value: input,
    onChange: (next) => (searchInput.value = next),
    kind: 'search',
  };
  const closeKeyboard = () => (searchKeyboardOpen.value = false);
  const browse = () => {
    searchInput.value = { text: '', cursor: 0 };
    closeKeyboard();
  };

  return (
    <ScreenFrame
      title={t('catalog.title')}
      back={shellPaths.home}
      class="catalogue"
      dock={
        typing && (
          <OnScreenKeyboard
            target={target}
            onDone={closeKeyboard}
            doneLabel={t('catalog.searchDone')}
          />
        )
      }
    >
      <SearchBox
        target={target}
        keyboardOpen={typing}
        onOpenKeyboard={() => (searchKeyboardOpen.value = true)}
        showingResults={query !== ''}
      />
      {!query && <BrowseTiles procedures={catalogue.value.procedures} />}
      {query && results.length > 0 && (
        <SearchResults results={results} procedures={catalogue.value.procedures} />
      )}
      {query && results.length === 0 && <NoResults onBrowse={browse} />}
    </ScreenFrame>
  );
}
