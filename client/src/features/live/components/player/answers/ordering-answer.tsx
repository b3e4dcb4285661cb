import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OptionMark, optionTone } from '../../../../../components/option-mark';
import { Button, rowListOps } from '../../../../../components/ui';
import { useDragReorder } from '../../../../../lib/use-drag-reorder';
import type { AnswerControlProps } from './answer-control-props';

/**
 * Ordering: the options in the order shown, dragged by their handle (finger or mouse) or moved
 * with the up/down buttons (keyboards, screen readers), then submitted as that order.
 */
export function OrderingAnswer({ question, disabled, chosen, onSubmit }: AnswerControlProps<string[]>) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<string[]>(() => question.options.map((o) => o.id));
  const shown = chosen?.optionIds ? [...chosen.optionIds] : order;
  const byId = new Map(question.options.map((o, i) => [o.id, { option: o, index: i }]));
  const move = (from: number, delta: number) => setOrder((current) => rowListOps.move(current, from, delta));
  const drag = useDragReorder<HTMLOListElement>((from, to) => move(from, to - from), disabled || !!chosen);
  return (
    <>
      <ol className="player-ordering" ref={drag.listRef}>
        {shown.map((id, position) => {
          const entry = byId.get(id);
          if (!entry) return null;
          return (
            <li
              key={id}
              className={`player-ordering__item ${optionTone(entry.index)}${drag.dragging === position ? ' is-dragging' : ''}`}
              data-testid={`player-option-${position}`}
            >
              {/* Pointer only: keyboards and screen readers use the buttons, which say the same. */}
              <span
                className="player-ordering__grip"
                aria-hidden="true"
                title={t('live.player.dragHandle')}
                data-testid={`player-option-${position}-grip`}
                {...drag.handleProps(position)}
              >
                <span className="player-ordering__pos">{position + 1}</span>
                <span className="player-ordering__dots">⠿</span>
              </span>
              <OptionMark index={entry.index} size={22} />
              <span className="player-ordering__text">{entry.option.text}</span>
              <span className="player-ordering__moves">
                <button
                  type="button"
                  className="player-ordering__move"
                  data-testid={`player-option-${position}-up`}
                  aria-label={t('live.player.moveUp', { text: entry.option.text })}
                  disabled={disabled || position === 0}
                  onClick={() => move(position, -1)}
                >
                  ▲
                </button>
                <button
                  type="button"
                  className="player-ordering__move"
                  data-testid={`player-option-${position}-down`}
                  aria-label={t('live.player.moveDown', { text: entry.option.text })}
                  disabled={disabled || position === shown.length - 1}
                  onClick={() => move(position, 1)}
                >
                  ▼
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {!chosen && (
        <Button
          variant="primary"
          className="btn-block player-submit"
          data-testid="player-submit"
          disabled={disabled}
          onClick={() => onSubmit(order)}
        >
          {t('live.player.submit')}
        </Button>
      )}
    </>
  );
}
