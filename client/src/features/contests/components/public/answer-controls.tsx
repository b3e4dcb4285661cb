import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OptionMark, optionTone } from '../../../../components/option-mark';
import type { AttemptFieldsFragment } from '../../../../generated/graphql';
import type { DraftResponse } from '../../utils/device-store';
import { Button } from '../../../../components/ui';
import { useDragReorder } from '../../../../lib/use-drag-reorder';

type AttemptQuestion = AttemptFieldsFragment['questions'][number];

interface AnswerProps {
  question: AttemptQuestion;
  response: DraftResponse | undefined;
  disabled: boolean;
  onChange: (response: DraftResponse) => void;
}

/** The answer control for the question's type: big tap targets, letters and shapes, never colour alone. */
export function AnswerControl(props: AnswerProps) {
  switch (props.question.type) {
    case 'NUMERIC':
      return <NumericAnswer {...props} />;
    case 'ORDERING':
      return <OrderingAnswer {...props} />;
    case 'MULTIPLE_SELECT':
      return <ChoiceAnswer {...props} multiple />;
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
      return <ChoiceAnswer {...props} multiple={false} />;
  }
}

function ChoiceAnswer({ question, response, disabled, onChange, multiple }: AnswerProps & { multiple: boolean }) {
  const { t } = useTranslation();
  const chosen = new Set(response?.optionIds ?? []);
  return (
    <div className="cp-options" role={multiple ? 'group' : 'radiogroup'} aria-labelledby="attempt-prompt">
      {question.options.map((option, i) => {
        const selected = chosen.has(option.id);
        return (
          <button
            key={option.id}
            type="button"
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={selected}
            className={`cp-option ${optionTone(i)}${selected ? ' is-selected' : ''}`}
            data-testid={`attempt-option-${i}`}
            data-selected={selected}
            disabled={disabled}
            onClick={() => {
              if (!multiple) return onChange({ optionIds: [option.id] });
              const next = new Set(chosen);
              if (selected) next.delete(option.id);
              else next.add(option.id);
              onChange({ optionIds: question.options.filter((o) => next.has(o.id)).map((o) => o.id) });
            }}
          >
            <OptionMark index={i} size={26} />
            <span className="cp-option__text">{option.text}</span>
            <span className="cp-option__tick" aria-hidden="true">
              {selected ? '✓' : ''}
            </span>
          </button>
        );
      })}
      {multiple && <p className="cp-field__hint">{t('contests.attempt.multipleHint')}</p>}
    </div>
  );
}

function OrderingAnswer({ question, response, disabled, onChange }: AnswerProps) {
  const { t } = useTranslation();
  const byId = new Map(question.options.map((o, i) => [o.id, { ...o, mark: i }]));
  const saved = response?.optionIds?.filter((id) => byId.has(id));
  const order = saved && saved.length === question.options.length ? saved : question.options.map((o) => o.id);
  const move = (from: number, to: number) => {
    const next = [...order];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id);
    onChange({ optionIds: next });
  };
  const drag = useDragReorder<HTMLOListElement>(move, disabled);
  return (
    <div className="cp-ordering">
      <p className="cp-field__hint">{t('contests.attempt.orderingHint')}</p>
      <ol className="cp-ordering__list" ref={drag.listRef}>
        {order.map((id, position) => {
          const option = byId.get(id)!;
          return (
            <li
              key={id}
              className={`cp-ordering__row ${optionTone(option.mark)}${drag.dragging === position ? ' is-dragging' : ''}`}
              data-testid={`attempt-option-${position}`}
            >
              {/* Pointer only: keyboards and screen readers use the buttons, which say the same. */}
              <span
                className="cp-ordering__grip"
                aria-hidden="true"
                title={t('contests.attempt.dragHandle')}
                data-testid={`attempt-option-${position}-grip`}
                {...drag.handleProps(position)}
              >
                <span className="cp-ordering__pos">{position + 1}</span>
                <span className="cp-ordering__dots">⠿</span>
              </span>
              <span className="cp-option__text">{option.text}</span>
              <span className="cp-ordering__moves">
                <Button
                  disabled={disabled || position === 0}
                  aria-label={t('contests.attempt.moveUp', { text: option.text })}
                  onClick={() => move(position, position - 1)}
                >
                  ↑
                </Button>
                <Button
                  disabled={disabled || position === order.length - 1}
                  aria-label={t('contests.attempt.moveDown', { text: option.text })}
                  onClick={() => move(position, position + 1)}
                >
                  ↓
                </Button>
              </span>
            </li>
          );
        })}
      </ol>
      {!saved && (
        <Button className="cp-big-btn" disabled={disabled} onClick={() => onChange({ optionIds: order })}>
          {t('contests.attempt.keepOrder')}
        </Button>
      )}
    </div>
  );
}

/** "1.234,5" or "1234.5" → 1234.5; null when it is not a number. */
function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/gu, '');
  if (!trimmed) return null;
  const normalized =
    /,\d{1,2}$/u.test(trimmed) || (trimmed.includes(',') && !trimmed.includes('.'))
      ? trimmed.replace(/\./gu, '').replace(',', '.')
      : trimmed.replace(/,/gu, '');
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

function NumericAnswer({ question, response, disabled, onChange }: AnswerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (typeof response?.value === 'number' ? String(response.value) : ''));
  const [invalid, setInvalid] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSent = useRef<number | undefined>(response?.value);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (value: string) => {
    clearTimeout(timer.current);
    const parsed = parseNumber(value);
    setInvalid(value.trim() !== '' && parsed === null);
    if (parsed === null || parsed === lastSent.current) return;
    lastSent.current = parsed;
    onChangeRef.current({ value: parsed });
  };

  return (
    <div className="cp-numeric">
      <label htmlFor="attempt-numeric" className="cp-field__hint">
        {t('contests.attempt.numericLabel')}
        {question.unit ? ` (${question.unit})` : ''}
      </label>
      <input
        id="attempt-numeric"
        data-testid="attempt-numeric"
        className="cp-input cp-input--number"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          setText(e.target.value);
          clearTimeout(timer.current);
          const value = e.target.value;
          timer.current = setTimeout(() => commit(value), 700);
        }}
        onBlur={(e) => commit(e.target.value)}
      />
      {invalid && <p className="cp-field__error">{t('contests.attempt.numericInvalid')}</p>}
    </div>
  );
}
