// The home screen: a greeting, one big tile per thing a resident can do, and where to get help.
import { NATIONAL_HOTLINE } from '../../protocol/config/national-hotline';
import { t } from '../i18n/translate';
import { PhoneIcon } from '../shell/icons';
import { goTo } from '../shell/navigation';
import { ScreenFrame } from '../shell/screen-frame';
import { homeTiles, type HomeTile } from './home-tiles';
import './home.css';

/** "Xin chào! Bạn muốn làm gì?" with the tiles. */
export function HomeScreen() {
  return (
    <ScreenFrame kicker={t('home.greeting')} title={t('home.question')} class="home">
      <ul class="home-tiles">
        {homeTiles.map((tile) => (
          <li key={tile.id}>
            <HomeTileButton tile={tile} />
          </li>
        ))}
      </ul>
      <HelpPanel />
    </ScreenFrame>
  );
}

function HomeTileButton({ tile }: { tile: HomeTile }) {
  const Icon = tile.icon;
  return (
    <button type="button" class="home-tile" data-tile={tile.id} onClick={() => goTo(tile.path)}>
      <span class="home-tile__icon">
        <Icon />
      </span>
      <span class="home-tile__label">{t(tile.label)}</span>
      <span class="home-tile__hint">{t(tile.hint)}</span>
    </button>
  );
}

function HelpPanel() {
  return (
    <section class="home-help" aria-labelledby="home-help-title">
      <h2 class="home-help__title" id="home-help-title">
        {t('home.helpTitle')}
      </h2>
      <p class="home-help__body">{t('home.helpBody')}</p>
      <p class="home-help__hotline">
        <PhoneIcon />
        <span>
          {t('attract.freeHotline')} <strong>{NATIONAL_HOTLINE}</strong>
        </span>
      </p>
    </section>
  );
}
