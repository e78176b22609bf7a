// Pictures for the browse tiles, one per life event and category, so a resident who reads
// slowly can find "Sinh con" by its pram. Line icons in the text colour, hidden from readers.
import type { ComponentChildren } from 'preact';
import { LineIcon } from '../shell/icons';
import type { TopicKind } from './catalog-paths';

// Browse-tile pictures are drawn a little finer than the interface's icons.
function TopicIcon({ children }: { children: ComponentChildren }) {
  return <LineIcon strokeWidth={1.8}>{children}</LineIcon>;
}

// Fresh elements on every use: one picture can show on two tiles of the same screen.
const paths = (...d: string[]) => d.map((path) => <path key={path} d={path} />);

const PRAM = () =>
  paths(
    'M4 11h12a4 4 0 0 1-4 4H8a4 4 0 0 1-4-4z',
    'M4 11a7 7 0 0 1 7-7v7',
    'M16 11l1.6-4.5H20',
    'M8 19.5a1.5 1.5 0 1 0 0-.01M13 19.5a1.5 1.5 0 1 0 0-.01',
  );
const RINGS = () => [
  <circle key="a" cx="9" cy="14" r="5" />,
  <circle key="b" cx="15" cy="14" r="5" />,
  ...paths('M10 6.5 12 4l2 2.5'),
];
const MOVING = () =>
  paths('M2.5 11 9 5.5l6.5 5.5', 'M4.5 9.5V19h9V9.5', 'M16 15.5h6', 'M19.5 13l2.5 2.5-2.5 2.5');
const SHOP = () =>
  paths(
    'M3.5 9 5 4h14l1.5 5',
    'M3.5 9a2.8 2.8 0 0 0 5.6 0 2.8 2.8 0 0 0 5.8 0 2.8 2.8 0 0 0 5.6 0',
    'M5 11.5V20h14v-8.5',
    'M10 20v-5h4v5',
  );
const CANDLE = () =>
  paths('M9.5 10h5v10h-5z', 'M12 3c1.6 1.8 1.6 3.4 0 4.8-1.6-1.4-1.6-3 0-4.8z', 'M6 20h12');
const CARING_HAND = () =>
  paths(
    'M12 10.5c-2.6-1.6-4.2-3.2-4.2-5a2.1 2.1 0 0 1 4.2-.6 2.1 2.1 0 0 1 4.2.6c0 1.8-1.6 3.4-4.2 5z',
    'M2.5 14H6l3.5 1.8h3.8a1.4 1.4 0 0 1 0 2.8H9',
    'M13.5 18.3l5.2-2.6a1.5 1.5 0 0 1 1.6 2.5L14 21.5H2.5',
  );
const ELDER = () => [
  <circle key="h" cx="10" cy="4.5" r="2" />,
  ...paths('M10 7.5v6l-3 6.5', 'M10 13.5l2.5 6.5', 'M10 9.5l4.5 2', 'M15 11.5V21'),
];
const PAPERS = () => paths('M8 3h8l4 4v11H8z', 'M16 3v4h4', 'M5 7v14h11', 'M11 11h6M11 14h4');
const BRIEFCASE = () => paths('M3 8h18v11H3z', 'M8.5 8V5h7v3', 'M3 13h18', 'M11 13v2h2v-2');
const CAR = () => [
  ...paths('M3 16.5V12l2.2-5h13.6L21 12v4.5z', 'M3 12h18'),
  <circle key="l" cx="7.5" cy="17.5" r="1.8" />,
  <circle key="r" cx="16.5" cy="17.5" r="1.8" />,
];
const SPEECH = () => paths('M4 4.5h16v11H9.5L4 20z', 'M8 8.5h8M8 12h5');
const REGISTER = () =>
  paths(
    'M6 3.5h12a1.5 1.5 0 0 1 1.5 1.5v15.5H7.5A2 2 0 0 1 5.5 18.5V4a.5.5 0 0 1 .5-.5z',
    'M5.5 18.5a2 2 0 0 1 2-2h12',
    'M9.5 8h6M9.5 11h4',
  );
const HOUSE = () => paths('M3 11 12 4l9 7', 'M5 9.5V20h14V9.5', 'M10 20v-5h4v5');
const STAMP = () =>
  paths(
    'M12 3a3 3 0 0 1 3 3c0 1.6-1 2.6-1.4 4.5h-3.2C10 8.6 9 7.6 9 6a3 3 0 0 1 3-3z',
    'M5 13h14v4H5z',
    'M4 20.5h16',
  );
const TAX = () => paths('M6 3h12v18l-3-2-3 2-3-2-3 2z', 'M9 14.5l6-6', 'M9.5 9h.01M14.5 14h.01');
const LAND = () => paths('M4 12 12 5.5l8 6.5', 'M6 10.5V18h12v-7.5', 'M2 21h20', 'M10.5 18v-4h3v4');
const CROSS = () => paths('M9 3.5h6v5.5h5.5v6H15v5.5H9V15H3.5V9H9z');
const BOOK = () =>
  paths('M3 5h6a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H3z', 'M21 5h-6a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h7z');

const LIFE_EVENT_ICONS: Record<string, () => ComponentChildren> = {
  'having-a-baby': PRAM,
  'getting-married': RINGS,
  'moving-home': MOVING,
  'running-a-business': SHOP,
  'death-in-the-family': CANDLE,
  'needing-support': CARING_HAND,
  'old-age': ELDER,
  'papers-and-copies': PAPERS,
  'work-and-income': BRIEFCASE,
  'vehicles-and-driving': CAR,
  neighbourhood: SPEECH,
};

const CATEGORY_ICONS: Record<string, () => ComponentChildren> = {
  'civil-status': REGISTER,
  residence: HOUSE,
  certification: STAMP,
  business: SHOP,
  'social-support': CARING_HAND,
  tax: TAX,
  transport: CAR,
  'land-and-housing': LAND,
  health: CROSS,
  education: BOOK,
  feedback: SPEECH,
};

/** The picture for one browse tile; a plain page for a topic this version has no picture for. */
export function TopicPicture({ kind, id }: { kind: TopicKind; id: string }) {
  const icons = kind === 'category' ? CATEGORY_ICONS : LIFE_EVENT_ICONS;
  return <TopicIcon>{(Object.hasOwn(icons, id) ? icons[id]! : PAPERS)()}</TopicIcon>;
}
