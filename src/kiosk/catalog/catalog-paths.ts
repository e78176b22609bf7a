// Where the catalogue's screens live. Small on purpose: the home tile and the routes import it,
// and nothing of the catalogue itself may come with it onto the first screens.

/** The route patterns, for <Route path>. */
export const catalogPaths = {
  catalogue: '/procedures',
  topic: '/procedures/:kind/:topic',
  procedure: '/procedure/:id',
} as const;

/** How residents browse: by the official area, or by what happened in their life. */
export type TopicKind = 'category' | 'life-event';

/** The list of procedures in one category or life event. */
export function topicPath(kind: TopicKind, topic: string): string {
  return `/procedures/${kind}/${encodeURIComponent(topic)}`;
}

/** One procedure's page: documents, fee, time, and the way to start. */
export function procedurePath(id: string): string {
  return `/procedure/${encodeURIComponent(id)}`;
}
