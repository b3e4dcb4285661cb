import type { QuestionType } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OptionMark, optionLetter, optionTone } from '../../../components/option-mark';

export interface PreviewQuestion {
  type: QuestionType;
  prompt: string;
  /** In the order the author entered them (ORDERING: the correct order). */
  options: readonly { text: string; correct: boolean }[];
  numericAnswer: string;
  unit: string;
  explanation: string;
  sectionLabel: string | null;
  timeLimitSeconds: number;
  doublePoints: boolean;
}

/**
 * How the question will look: on a player's phone (390 px, large type, big option
 * buttons with letters and shapes) and on the big screen (16:9). With "reveal" on,
 * both show the correct answer and the screen shows the explanation, as after the
 * question closes.
 */
export function QuestionPreview({ question }: { question: PreviewQuestion }) {
  const { t } = useTranslation();
  const [reveal, setReveal] = useState(false);
  return (
    <section className="preview" aria-labelledby="preview-title">
      <div className="preview__head">
        <h2 id="preview-title">{t('content.preview.title')}</h2>
        <label className="switch">
          <input
            type="checkbox"
            checked={reveal}
            data-testid="preview-reveal"
            onChange={(e) => setReveal(e.target.checked)}
          />
          <span>{t('content.preview.reveal')}</span>
        </label>
      </div>
      <div className="preview__frames">
        <figure className="preview__figure preview__figure--phone">
          <figcaption>{t('content.preview.phone')}</figcaption>
          <PhonePreview question={question} reveal={reveal} />
        </figure>
        <figure className="preview__figure preview__figure--screen">
          <figcaption>{t('content.preview.screen')}</figcaption>
          <ScreenPreview question={question} reveal={reveal} />
        </figure>
      </div>
    </section>
  );
}

/** Options as players get them: ORDERING is shown shuffled away from the correct order. */
function displayedOptions(question: PreviewQuestion) {
  const indexed = question.options.map((o, index) => ({ ...o, index }));
  if (question.type !== 'ORDERING' || indexed.length < 2) return indexed;
  // A fixed rotation: deterministic (no flicker while typing) and never the correct order.
  return [...indexed.slice(1), indexed[0]].map((o, index) => ({ ...o, index }));
}

function PhonePreview({ question, reveal }: { question: PreviewQuestion; reveal: boolean }) {
  const { t } = useTranslation();
  const options = displayedOptions(question);
  const prompt = question.prompt.trim() || t('content.preview.noPrompt');
  return (
    <div className="phone" data-testid="preview-phone">
      <div className="phone__bar">
        <span className="phone__timer" aria-label={t('content.preview.seconds', { count: question.timeLimitSeconds })}>
          {question.timeLimitSeconds || '–'}
        </span>
        {question.doublePoints && <span className="phone__double">×2</span>}
        <span className="phone__type">{t(`content.type.${question.type}`)}</span>
      </div>
      <p className={`phone__prompt${question.prompt.trim() ? '' : ' is-empty'}`}>{prompt}</p>
      {question.type === 'NUMERIC' ? (
        <div className="phone__numeric">
          <span className="phone__input">{reveal ? question.numericAnswer || '…' : '…'}</span>
          {question.unit && <span className="phone__unit">{question.unit}</span>}
          <span className="phone__send">{t('content.preview.send')}</span>
        </div>
      ) : question.type === 'ORDERING' ? (
        <ol className="phone__order">
          {(reveal ? question.options.map((o, index) => ({ ...o, index })) : options).map((o) => (
            <li key={o.index} className="phone__order-item">
              <span className="phone__order-num">{o.index + 1}</span>
              <span>{o.text || t('content.preview.emptyOption', { letter: optionLetter(o.index) })}</span>
              <span className="phone__order-move" aria-hidden="true">
                ▲▼
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <div className={`phone__options${question.type === 'TRUE_FALSE' ? ' phone__options--two' : ''}`}>
          {options.map((o) => (
            <span
              key={o.index}
              className={`phone__option ${optionTone(o.index)}${reveal ? (o.correct ? ' is-correct' : ' is-wrong') : ''}`}
            >
              <OptionMark index={o.index} size={26} />
              <span className="phone__option-text">
                {o.text || t('content.preview.emptyOption', { letter: optionLetter(o.index) })}
              </span>
              {question.type === 'MULTIPLE_SELECT' && (
                <span className="phone__check" aria-hidden="true">
                  {reveal && o.correct ? '☑' : '☐'}
                </span>
              )}
            </span>
          ))}
        </div>
      )}
      {(question.type === 'MULTIPLE_SELECT' || question.type === 'ORDERING') && (
        <span className="phone__send phone__send--block">{t('content.preview.send')}</span>
      )}
    </div>
  );
}

function ScreenPreview({ question, reveal }: { question: PreviewQuestion; reveal: boolean }) {
  const { t } = useTranslation();
  const options = displayedOptions(question);
  const prompt = question.prompt.trim() || t('content.preview.noPrompt');
  return (
    <div className="screen16" data-testid="preview-screen">
      <div className="screen16__inner">
        <div className="screen16__top">
          <span className="screen16__count">{t('content.preview.questionOf', { n: 1, total: 10 })}</span>
          {question.doublePoints && <span className="screen16__double">{t('content.preview.double')}</span>}
          <span className="screen16__timer">{question.timeLimitSeconds || '–'}</span>
        </div>
        <p className="screen16__prompt">{prompt}</p>
        {question.type === 'NUMERIC' ? (
          <p className="screen16__numeric">
            {reveal
              ? `${question.numericAnswer || '…'}${question.unit ? ` ${question.unit}` : ''}`
              : t('content.preview.numericHint', { unit: question.unit || '…' })}
          </p>
        ) : (
          <div className={`screen16__options${options.length > 4 ? ' screen16__options--3' : ''}`}>
            {(reveal && question.type === 'ORDERING'
              ? question.options.map((o, index) => ({ ...o, index }))
              : options
            ).map((o) => (
              <span
                key={o.index}
                className={`screen16__option ${optionTone(o.index)}${
                  reveal && question.type !== 'ORDERING' ? (o.correct ? ' is-correct' : ' is-wrong') : ''
                }`}
              >
                <OptionMark index={o.index} size={18} />
                <span>{o.text || '…'}</span>
              </span>
            ))}
          </div>
        )}
        {reveal && (
          <div className="screen16__explain">
            <strong>{t('content.fields.explanation')}:</strong> {question.explanation || '…'}
            {question.sectionLabel && <span className="screen16__section"> ({question.sectionLabel})</span>}
          </div>
        )}
      </div>
    </div>
  );
}
