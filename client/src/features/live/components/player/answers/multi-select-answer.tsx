import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OptionMark, optionTone } from '../../../../../components/option-mark';
import { Button } from '../../../../../components/ui';
import type { AnswerControlProps } from './answer-control-props';

/** Multiple select: options toggle (checkbox role), then one submit sends them all. */
export function MultiSelectAnswer({ question, disabled, chosen, onSubmit }: AnswerControlProps<string[]>) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>(() => [...(chosen?.optionIds ?? [])]);
  const shown = chosen?.optionIds ? [...chosen.optionIds] : selected;
  function toggle(id: string) {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  }
  return (
    <>
      <ul className="player-options">
        {question.options.map((option, index) => {
          const on = shown.includes(option.id);
          return (
            <li key={option.id}>
              <button
                type="button"
                role="checkbox"
                aria-checked={on}
                className={`player-option ${optionTone(index)}${on ? ' is-chosen' : ''}`}
                data-testid={`player-option-${index}`}
                disabled={disabled}
                onClick={() => toggle(option.id)}
              >
                <OptionMark index={index} />
                <span className="player-option__text">{option.text}</span>
                <span className="player-option__check" aria-hidden="true">
                  {on ? '☑' : '☐'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {!chosen && (
        <Button
          variant="primary"
          className="btn-block player-submit"
          data-testid="player-submit"
          disabled={disabled || selected.length === 0}
          onClick={() => onSubmit(selected)}
        >
          {t('live.player.submitCount', { count: selected.length })}
        </Button>
      )}
    </>
  );
}
