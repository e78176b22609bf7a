// English: the second language, for officers and technicians who read it more easily.
import type { MessageTable } from './vi';

/** English messages; the type makes a missing or extra key a compile error. */
export const en: MessageTable = {
  'app.title': 'Ward officer console',
  'app.product': 'Public service kiosk',
  'language.label': 'Language',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',

  'hub.title': 'Hub status',
  'hub.intro':
    'The hub receives dossiers from the kiosks, stores them and serves this page. This page checks again every 30 seconds.',
  'hub.checking': 'Checking…',
  'hub.ok': 'Running',
  'hub.unreachable': 'Cannot connect',
  'hub.unreachable.help':
    'This page cannot reach the hub. Check that the hub is switched on and the office network works, then press “Check again”. If it still fails, call technical support.',
  'hub.version': 'Software version',
  'hub.database': 'Database',
  'hub.database.pglite': 'Embedded (PGlite), stored on this hub',
  'hub.database.postgresql': 'PostgreSQL, a separate database server',
  'hub.migrations': 'Data structure',
  'hub.migrations.value': 'Up to date, at version {latest}',
  'hub.migrations.none': 'Not set up yet',
  'hub.checkedAt': 'Checked at {time}',
  'hub.checkAgain': 'Check again',

  'site.title': 'Service point',
  'site.ward': 'Ward',
  'site.address': 'Address',
  'site.hotline': 'Help line',
};
