import type { QuestionType } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { OptionMark, optionLetter } from '../../../components/option-mark';
import { Button, useRowList } from '../../../components/ui';
import { newOptionKey, optionRange, type OptionRow } from '../utils/question-form';

interface OptionEditorProps {
  type: QuestionType;
  options: OptionRow[];
  onChange: (options: OptionRow[]) => void;
  onBlur: () => void;
  disabled: boolean;
  invalid: boolean;
  describedBy?: string;
}

/**
 * The options (2–6; ordering 3–6; true/false fixed) and which are correct: a radio for
 * one correct option, checkboxes for several; for ordering the order entered IS the answer.
 */
export function OptionEditor({ type, options, onChange, onBlur, disabled, invalid, describedBy }: OptionEditorProps) {
  const { t } = useTranslation();
  const [min, max] = optionRange(type);
  const fixed = type === 'TRUE_FALSE';
  const single = type === 'SINGLE_CHOICE' || type === 'TRUE_FALSE';

  const rows = useRowList(options, onChange);
  function markCorrect(index: number, checked: boolean) {
    onChange(
      options.map((o, i) => (single ? { ...o, correct: i === index } : i === index ? { ...o, correct: checked } : o)),
    );
  }
  return (
    <fieldset
      className="option-editor"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onBlur={onBlur}
    >
      <legend>
        {type === 'ORDERING' ? t('content.editor.optionsOrdering') : t('content.editor.options')}
        <span className="required"> *</span>
      </legend>
      <p className="field__hint">{t(`content.editor.optionsHint.${type}`, { min, max })}</p>
      <ol className="option-editor__list">
        {options.map((option, index) => {
          const label = t('content.editor.optionLabel', { letter: optionLetter(index) });
          return (
            <li
              key={option.key}
              className={`option-editor__row${option.correct && type !== 'ORDERING' ? ' is-correct' : ''}`}
            >
              {type === 'ORDERING' ? (
                <span
                  className="option-editor__rank"
                  data-testid={`question-correct-${index}`}
                  title={t('content.editor.rank', { n: index + 1 })}
                >
                  {index + 1}
                </span>
              ) : (
                <label className="option-editor__correct" title={t('content.editor.markCorrect')}>
                  <input
                    type={single ? 'radio' : 'checkbox'}
                    name="correct-option"
                    checked={option.correct}
                    disabled={disabled}
                    data-testid={`question-correct-${index}`}
                    aria-label={t('content.editor.correctLabel', { letter: optionLetter(index) })}
                    onChange={(e) => markCorrect(index, e.target.checked)}
                  />
                  <span className="option-editor__correct-text">{t('content.editor.correctShort')}</span>
                </label>
              )}
              <OptionMark index={index} size={20} />
              <input
                className="option-editor__text"
                type="text"
                value={option.text}
                readOnly={fixed}
                disabled={disabled}
                maxLength={400}
                aria-label={label}
                placeholder={label}
                data-testid={`question-option-${index}`}
                onChange={(e) => rows.update(index, { text: e.target.value })}
              />
              {!fixed && (
                <span className="option-editor__tools">
                  <Button
                    variant="ghost"
                    className="btn-icon btn-icon--sm"
                    disabled={disabled || index === 0}
                    aria-label={t('content.editor.moveUp', { letter: optionLetter(index) })}
                    onClick={() => rows.moveUp(index)}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    className="btn-icon btn-icon--sm"
                    disabled={disabled || index === options.length - 1}
                    aria-label={t('content.editor.moveDown', { letter: optionLetter(index) })}
                    onClick={() => rows.moveDown(index)}
                  >
                    ↓
                  </Button>
                  <Button
                    variant="ghost"
                    className="btn-icon btn-icon--sm btn-danger-text"
                    disabled={disabled || options.length <= min}
                    aria-label={t('content.editor.removeOption', { letter: optionLetter(index) })}
                    onClick={() => rows.remove(index)}
                  >
                    ×
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {!fixed && (
        <Button
          size="small"
          data-testid="question-add-option"
          disabled={disabled || options.length >= max}
          onClick={() => rows.add({ key: newOptionKey(), text: '', correct: false })}
        >
          + {t('content.editor.addOption')}
        </Button>
      )}
    </fieldset>
  );
}
