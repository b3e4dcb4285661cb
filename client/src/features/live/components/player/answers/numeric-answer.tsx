import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../../components/ui';
import { parseNumber } from '../../../utils/parse-number';
import type { AnswerControlProps } from './answer-control-props';

/** Numeric: a number typed with the phone's decimal keypad ("1,5" too), sent with the submit button. */
export function NumericAnswer({ question, disabled, chosen, onSubmit }: AnswerControlProps<number>) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (typeof chosen?.value === 'number' ? String(chosen.value) : ''));
  const value = parseNumber(text);
  return (
    <form
      className="player-numeric"
      onSubmit={(event) => {
        event.preventDefault();
        if (value !== null) onSubmit(value);
      }}
    >
      <label htmlFor="player-numeric-input" className="sr-only">
        {t('live.player.numericLabel')}
      </label>
      <div className="player-numeric__row">
        <input
          id="player-numeric-input"
          data-testid="player-numeric"
          inputMode="decimal"
          autoComplete="off"
          value={typeof chosen?.value === 'number' ? String(chosen.value) : text}
          disabled={disabled}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={text !== '' && value === null}
        />
        {question.numericUnit && <span className="player-numeric__unit">{question.numericUnit}</span>}
      </div>
      {text !== '' && value === null && <p className="field__error">{t('live.player.numericInvalid')}</p>}
      {!chosen && (
        <Button
          type="submit"
          variant="primary"
          className="btn-block player-submit"
          data-testid="player-submit"
          disabled={disabled || value === null}
        >
          {t('live.player.submit')}
        </Button>
      )}
    </form>
  );
}
