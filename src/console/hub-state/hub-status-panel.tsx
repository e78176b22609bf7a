// The hub's state as an officer reads it: running or not, and what it runs on.
import type { Language } from '../../protocol/config/text';
import { language, t } from '../i18n/translate';
import type { HubHealth } from './hub-client';
import type { HubState } from './hub-state';

function timeOf(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeStyle: 'medium',
  }).format(date);
}

function migrationsText(migrations: number[]): string {
  const latest = migrations.at(-1);
  if (latest === undefined) return t('hub.migrations.none');
  return t('hub.migrations.value', { latest });
}

function HealthDetails({ health }: { health: HubHealth }) {
  return (
    <dl class="facts">
      <div>
        <dt>{t('hub.version')}</dt>
        <dd class="mono">{health.version}</dd>
      </div>
      <div>
        <dt>{t('hub.database')}</dt>
        <dd>
          {t(health.database === 'pglite' ? 'hub.database.pglite' : 'hub.database.postgresql')}
        </dd>
      </div>
      <div>
        <dt>{t('hub.migrations')}</dt>
        <dd>{migrationsText(health.migrations)}</dd>
      </div>
    </dl>
  );
}

/** The hub status card; `onCheckAgain` asks the hub at once. */
export function HubStatusPanel({
  state,
  onCheckAgain,
}: {
  state: HubState;
  onCheckAgain: () => void;
}) {
  const badge = state.kind === 'checking' ? 'checking' : state.kind === 'ok' ? 'ok' : 'unreachable';
  const badgeText = t(
    state.kind === 'checking' ? 'hub.checking' : state.kind === 'ok' ? 'hub.ok' : 'hub.unreachable',
  );
  return (
    <section class="card" aria-labelledby="hub-title">
      <div class="card-head">
        <h2 id="hub-title">{t('hub.title')}</h2>
        <p class={`badge badge-${badge}`} role="status">
          <span class="dot" aria-hidden="true" />
          {badgeText}
        </p>
      </div>
      <p class="muted">{t('hub.intro')}</p>
      {state.kind === 'ok' && <HealthDetails health={state.health} />}
      {state.kind === 'unreachable' && (
        <p class="notice" role="alert">
          {t('hub.unreachable.help')}
        </p>
      )}
      <div class="card-foot">
        <p class="muted">
          {state.kind !== 'checking' &&
            t('hub.checkedAt', { time: timeOf(state.checkedAt, language.value) })}
        </p>
        <button type="button" class="button" onClick={onCheckAgain}>
          {t('hub.checkAgain')}
        </button>
      </div>
    </section>
  );
}
