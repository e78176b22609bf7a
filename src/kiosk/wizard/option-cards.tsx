// Big cards to touch, one per possible answer (a choice, yes or no, Nam or Nữ, a province):
// a radio group for screen readers, with a tick on the chosen card that does not rely on colour.
import { FieldIssues } from './field-issues';
import type { ValidationIssue } from './validation-issue';
import { TickIcon } from './wizard-icons';

/** One card: the value recorded and the words shown. */
export interface OptionCard<V> {
  value: V;
  label: string;
}

interface OptionCardsProps<V> {
  id: string;
  /** Names the group for screen readers (e.g. the question). */
  label: string;
  options: readonly OptionCard<V>[];
  value: unknown;
  onChoose: (value: V) => void;
  issues?: readonly ValidationIssue[];
  /** 'pair' sets two cards side by side (yes / no, Nam / Nữ); 'grid' packs many small ones. */
  layout?: 'list' | 'pair' | 'grid';
}

/** The cards; touching one chooses it. */
export function OptionCards<V extends string | boolean>(props: OptionCardsProps<V>) {
  const { id, label, options, value, onChoose, issues = [], layout = 'list' } = props;
  return (
    <div class="option-cards-field">
      <div
        class={`option-cards option-cards--${layout}`}
        role="radiogroup"
        aria-label={label}
        aria-describedby={issues.length ? `${id}-issue` : undefined}
        id={id}
      >
        {options.map((option) => {
          const chosen = option.value === value;
          return (
            <button
              key={String(option.value)}
              type="button"
              role="radio"
              aria-checked={chosen}
              class={`option-card ${chosen ? 'option-card--chosen' : ''}`}
              data-value={String(option.value)}
              onClick={() => onChoose(option.value)}
            >
              <span class="option-card__mark" aria-hidden="true">
                {chosen && <TickIcon />}
              </span>
              <span class="option-card__label">{option.label}</span>
            </button>
          );
        })}
      </div>
      <FieldIssues id={`${id}-issue`} issues={issues} />
    </div>
  );
}
