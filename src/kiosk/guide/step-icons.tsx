// Icons for the guide's steps; only the guide chunk needs them.
import { LineIcon } from '../shell/icons';

function StepIcon({ d }: { d: string[] }) {
  return (
    <LineIcon>
      {d.map((path) => (
        <path key={path} d={path} />
      ))}
    </LineIcon>
  );
}

/** One question per screen: a speech bubble with a question mark. */
export function QuestionIcon() {
  return (
    <StepIcon
      d={[
        'M4 4.5h16v11.5H10l-6 4.5z',
        'M10 8.6a2.1 2.1 0 1 1 3.1 1.8c-.7.4-1.1.9-1.1 1.6',
        'M12 14h.01',
      ]}
    />
  );
}

/** Text size: a small and a big letter A. */
export function TextSizeIcon() {
  return (
    <StepIcon d={['M2.5 19 6.5 9l4 10', 'M4 15.5h5', 'M12.5 19 17 5l4.5 14', 'M14.3 13.5h5.4']} />
  );
}

/** Help from the centre's staff: two people. */
export function PeopleIcon() {
  return (
    <StepIcon
      d={[
        'M9 4.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7z',
        'M2.5 20a6.5 6.5 0 0 1 13 0',
        'M17 6.5a2.5 2.5 0 1 1 0 5',
        'M17.5 14.3a5 5 0 0 1 4 5.7',
      ]}
    />
  );
}
