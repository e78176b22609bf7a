// Browsing without typing: big tiles for what happened in the resident's life (Sinh con,
// Kết hôn…), then for the official areas. Only tiles with procedures behind them are shown.
import type { Procedure } from '../../protocol/config/procedure';
import { localized, t } from '../i18n/translate';
import { goTo } from '../shell/navigation';
import { topicPath } from './catalog-paths';
import { topicLabel, topicsOf, type Topic } from './catalogue-topics';
import { TopicPicture } from './topic-icons';

/** Life-event tiles, then category tiles. */
export function BrowseTiles({ procedures }: { procedures: readonly Procedure[] }) {
  const { lifeEvents, categories } = topicsOf(procedures);
  return (
    <>
      <TileGroup id="life-events" title={t('catalog.lifeEventsTitle')} topics={lifeEvents} />
      <TileGroup id="categories" title={t('catalog.categoriesTitle')} topics={categories} />
    </>
  );
}

function TileGroup({ id, title, topics }: { id: string; title: string; topics: Topic[] }) {
  if (topics.length === 0) return null;
  return (
    <section class="topic-group" aria-labelledby={`topic-group-${id}`}>
      <h2 class="catalogue__section-title" id={`topic-group-${id}`}>
        {title}
      </h2>
      <ul class="topic-tiles">
        {topics.map((topic) => (
          <li key={topic.id}>
            <TopicTile topic={topic} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function TopicTile({ topic }: { topic: Topic }) {
  const label = topicLabel(topic.kind, topic.id);
  if (!label) return null;
  return (
    <button
      type="button"
      class="topic-tile"
      data-topic={topic.id}
      onClick={() => goTo(topicPath(topic.kind, topic.id))}
    >
      <span class="topic-tile__icon">
        <TopicPicture kind={topic.kind} id={topic.id} />
      </span>
      <span class="topic-tile__label">{localized(label)}</span>
      <span class="topic-tile__count">{t('catalog.topicCount', { n: topic.count })}</span>
    </button>
  );
}
