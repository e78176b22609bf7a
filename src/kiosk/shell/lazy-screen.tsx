// Screens that are rarely used or heavy arrive as separate chunks, loaded when first shown,
// with a visible "opening…" state and a way out if the chunk cannot be loaded.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/translate';
import { SessionNav } from './session-nav';
import { shellPaths } from './navigation';

type Loaded = ComponentType<Record<string, unknown>>;

/** Wraps `load` (a dynamic import) as a screen component for the router. */
export function lazyScreen(load: () => Promise<Loaded>): ComponentType<Record<string, unknown>> {
  let loaded: Loaded | undefined;
  return function LazyScreen(props) {
    const [screen, setScreen] = useState<Loaded | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      load().then(
        (component) => {
          loaded = component;
          if (current) setScreen(() => component);
        },
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, [attempt]);

    if (screen) {
      const Screen = screen;
      return <Screen {...props} />;
    }
    if (failed) {
      return (
        <ScreenState
          title={t('lazy.errorTitle')}
          body={t('lazy.errorBody')}
          onRetry={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        />
      );
    }
    return <ScreenState loading title={t('lazy.loading')} />;
  };
}

interface ScreenStateProps {
  title: string;
  body?: string;
  loading?: boolean;
  onRetry?: () => void;
}

function ScreenState({ title, body, loading, onRetry }: ScreenStateProps) {
  return (
    <div class="screen">
      <main class={`screen-state ${loading ? 'screen-state--loading' : ''}`} aria-busy={loading}>
        {loading && <div class="screen-state__spinner" aria-hidden="true" />}
        <h1 class="screen__title">{title}</h1>
        {body && <p class="screen-state__body">{body}</p>}
        {onRetry && (
          <button type="button" class="button button--primary" onClick={onRetry}>
            {t('lazy.retry')}
          </button>
        )}
      </main>
      <SessionNav back={shellPaths.home} />
    </div>
  );
}
