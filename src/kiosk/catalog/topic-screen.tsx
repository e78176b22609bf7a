// The procedures under one browse tile ("Sinh con", "Cư trú"…), as big cards.
import { useEffect } from 'preact/hooks';
import { localized, t } from '../i18n/translate';
import { ScreenFrame } from '../shell/screen-frame';
import { catalogPaths, topicPath, type TopicKind } from './catalog-paths';
import { catalogue, openCatalogue } from './catalogue-store';
import { proceduresIn, topicLabel } from './catalogue-topics';
import { ProcedureCard } from './procedure-card';
import { listPath } from './search-state';
import './catalog.css';

interface TopicScreenProps {
  kind?: string;
  topic?: string;
}

/** One life event's or category's procedures. */
export function TopicScreen({ kind: rawKind = '', topic = '' }: TopicScreenProps) {
  const kind: TopicKind = rawKind === 'category' ? 'category' : 'life-event';
  useEffect(() => {
    listPath.value = topicPath(kind, topic);
    void openCatalogue();
  }, [kind, topic]);
  const label = topicLabel(kind, topic);
  const procedures = label ? proceduresIn(catalogue.value.procedures, kind, topic) : [];
  return (
    <ScreenFrame
      kicker={t(`catalog.topicKicker.${kind}`)}
      title={label ? localized(label) : t('catalog.title')}
      back={catalogPaths.catalogue}
      class="catalogue"
    >
      {procedures.length === 0 ? (
        <p class="catalogue__empty">{t('catalog.topicEmpty')}</p>
      ) : (
        <ul class="procedure-list">
          {procedures.map((procedure) => (
            <li key={procedure.id}>
              <ProcedureCard procedure={procedure} />
            </li>
          ))}
        </ul>
      )}
    </ScreenFrame>
  );
}
