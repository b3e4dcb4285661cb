import { QUESTION_LIMITS } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '../../../components/ui';
import type { QuestionEditorState } from '../hooks/use-question-editor';
import { OptionEditor } from './option-editor';

/** The answer part of the question form: a number with tolerance and unit, or the options. */
export function QuestionAnswerFields({ editor }: { editor: QuestionEditorState }) {
  const { t } = useTranslation();
  const { form, editable, set, touch, errorOf } = editor;
  if (form.type !== 'NUMERIC') {
    const error = errorOf('options', 'answer');
    return (
      <div>
        <OptionEditor
          type={form.type}
          options={form.options}
          disabled={!editable}
          invalid={error !== undefined}
          describedBy="q-options-error"
          onChange={(options) => set('options', options)}
          onBlur={() => touch('options', 'answer')}
        />
        {error && (
          <p id="q-options-error" className="field__error" data-testid="question-error-options">
            {error}
          </p>
        )}
      </div>
    );
  }
  const answerError = errorOf('answer');
  return (
    <fieldset className="numeric-answer">
      <legend>{t('content.editor.numericAnswer')}</legend>
      <div className="form-grid form-grid--3">
        <Field label={t('content.fields.answer')} required htmlFor="q-answer">
          {(control) => (
            <input
              {...control}
              // The error is shown under the whole group (it may be about the tolerance too).
              aria-invalid={answerError ? true : undefined}
              aria-describedby="q-answer-error"
              data-testid="question-numeric-answer"
              inputMode="decimal"
              value={form.numericAnswer}
              disabled={!editable}
              onChange={(e) => set('numericAnswer', e.target.value)}
              onBlur={() => touch('answer')}
            />
          )}
        </Field>
        <TextField
          id="q-tolerance"
          label={t('content.fields.tolerance')}
          data-testid="question-numeric-tolerance"
          inputMode="decimal"
          value={form.tolerance}
          disabled={!editable}
          onChange={(value) => set('tolerance', value)}
          onBlur={() => touch('answer')}
        />
        <TextField
          id="q-unit"
          label={t('content.fields.unit')}
          data-testid="question-numeric-unit"
          value={form.unit}
          maxLength={QUESTION_LIMITS.unitMax}
          placeholder={t('content.editor.unitPlaceholder')}
          disabled={!editable}
          onChange={(value) => set('unit', value)}
        />
      </div>
      <p className="field__hint">{t('content.editor.numericHint')}</p>
      {answerError && (
        <p id="q-answer-error" className="field__error" data-testid="question-error-answer">
          {answerError}
        </p>
      )}
    </fieldset>
  );
}
