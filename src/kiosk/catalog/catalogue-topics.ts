// The browse tiles: the life events and categories that have at least one procedure on this
// kiosk, in the order the labels are written (most common first), each with its count.
import type { Procedure } from '../../protocol/config/procedure';
import {
  CATEGORY_LABELS,
  LIFE_EVENT_LABELS,
  type LifeEvent,
  type ProcedureCategory,
} from '../../protocol/config/procedure-topics';
import type { TopicKind } from './catalog-paths';

/** One browse tile. */
export interface Topic {
  kind: TopicKind;
  id: string;
  count: number;
}

/** Life events, then categories, that the catalogue has procedures for. */
export function topicsOf(procedures: readonly Procedure[]): {
  lifeEvents: Topic[];
  categories: Topic[];
} {
  const count = (kind: TopicKind, id: string) => proceduresIn(procedures, kind, id).length;
  const lifeEvents = (Object.keys(LIFE_EVENT_LABELS) as LifeEvent[])
    .map((id) => ({ kind: 'life-event' as const, id, count: count('life-event', id) }))
    .filter((t) => t.count > 0);
  const categories = (Object.keys(CATEGORY_LABELS) as ProcedureCategory[])
    .map((id) => ({ kind: 'category' as const, id, count: count('category', id) }))
    .filter((t) => t.count > 0);
  return { lifeEvents, categories };
}

/** The procedures under one tile, in catalogue order. */
export function proceduresIn(
  procedures: readonly Procedure[],
  kind: TopicKind,
  id: string,
): Procedure[] {
  return procedures.filter((p) =>
    kind === 'category' ? p.category === id : (p.lifeEvents as string[]).includes(id),
  );
}

/** The tile's words, or undefined for an id this kiosk version does not know. */
export function topicLabel(kind: TopicKind, id: string) {
  const labels: Record<string, { vi: string; en: string }> =
    kind === 'category' ? CATEGORY_LABELS : LIFE_EVENT_LABELS;
  return Object.hasOwn(labels, id) ? labels[id] : undefined;
}
