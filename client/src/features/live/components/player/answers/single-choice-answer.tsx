import { OptionMark, optionTone } from '../../../../../components/option-mark';
import type { AnswerControlProps } from './answer-control-props';

/** Single choice and true/false: one large button per option; a tap sends it. */
export function SingleChoiceAnswer({ question, disabled, chosen, onSubmit }: AnswerControlProps<string[]>) {
  return (
    <ul className="player-options">
      {question.options.map((option, index) => {
        const isChosen = chosen?.optionIds?.includes(option.id) ?? false;
        return (
          <li key={option.id}>
            <button
              type="button"
              className={`player-option ${optionTone(index)}${isChosen ? ' is-chosen' : ''}${chosen && !isChosen ? ' is-dimmed' : ''}`}
              data-testid={`player-option-${index}`}
              aria-pressed={isChosen}
              disabled={disabled}
              onClick={() => onSubmit([option.id])}
            >
              <OptionMark index={index} />
              <span className="player-option__text">{option.text}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
