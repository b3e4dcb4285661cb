import { DIFFICULTIES, QUESTION_LIMITS, QUESTION_TYPES } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../../components/form-error';
import {
  Alert,
  Button,
  buttonClass,
  CheckboxField,
  Field,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/ui';
import type { ResolutionItem, SectionItem } from '../hooks/use-content-data';
import type { QuestionEditorState } from '../hooks/use-question-editor';
import { QuestionAnswerFields } from './question-answer-fields';
import { QuestionImageField } from './question-image-field';
import { SectionSelect } from './section-select';

interface QuestionEditorFormProps {
  editor: QuestionEditorState;
  /** Whether the question exists already (save vs create, "nothing changed" disables save). */
  existing: boolean;
  resolutions: readonly ResolutionItem[];
  section: SectionItem | undefined;
}

/** The question's fields, the problems that block saving, and the save buttons. */
export function QuestionEditorForm({ editor, existing, resolutions, section }: QuestionEditorFormProps) {
  const { t } = useTranslation();
  const { form, editable, set, touch, errorOf } = editor;
  return (
    <form
      className="card form editor-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void editor.save();
      }}
    >
      <div className="form-grid">
        <SelectField
          id="q-type"
          label={t('content.fields.type')}
          data-testid="question-editor-type"
          value={form.type}
          disabled={!editable}
          options={QUESTION_TYPES.map((value) => ({ value, label: t(`content.type.${value}`) }))}
          onChange={editor.setType}
        />
        <SelectField
          id="q-difficulty"
          label={t('content.fields.difficulty')}
          data-testid="question-editor-difficulty"
          value={form.difficulty}
          disabled={!editable}
          options={DIFFICULTIES.map((value) => ({ value, label: t(`content.difficulty.${value}`) }))}
          onChange={(value) => set('difficulty', value)}
        />
      </div>

      <TextAreaField
        id="q-prompt"
        label={t('content.fields.prompt')}
        required
        hint={
          <span className="field__count">
            {form.prompt.length} / {QUESTION_LIMITS.promptMax}
          </span>
        }
        error={errorOf('prompt')}
        errorTestId="question-error-prompt"
        data-testid="question-editor-prompt"
        rows={3}
        value={form.prompt}
        disabled={!editable}
        onChange={(value) => set('prompt', value)}
        onBlur={() => touch('prompt')}
      />

      <QuestionImageField editor={editor} />

      <QuestionAnswerFields editor={editor} />

      <Field
        label={t('content.fields.section')}
        required
        htmlFor="q-section"
        error={errorOf('section')}
        errorTestId="question-error-section"
      >
        {(control) => (
          <>
            <SectionSelect
              id={control.id}
              testId="question-editor-section"
              value={form.sectionId}
              onChange={(value) => {
                set('sectionId', value);
                touch('section');
              }}
              resolutions={resolutions}
              emptyLabel={t('content.editor.chooseSection')}
              invalid={control['aria-invalid']}
              describedBy={control['aria-describedby']}
            />
            {section && (
              <details className="section-excerpt">
                <summary>{t('content.editor.sectionText')}</summary>
                <p>{section.body || t('content.resolutions.noBody')}</p>
              </details>
            )}
          </>
        )}
      </Field>

      <TextAreaField
        id="q-explanation"
        label={t('content.fields.explanation')}
        hint={`${t('content.editor.explanationHint')} · ${form.explanation.length} / ${QUESTION_LIMITS.explanationMax}`}
        error={errorOf('explanation')}
        errorTestId="question-error-explanation"
        data-testid="question-editor-explanation"
        rows={4}
        value={form.explanation}
        disabled={!editable}
        onChange={(value) => set('explanation', value)}
        onBlur={() => touch('explanation')}
      />

      <div className="form-grid">
        <TextField
          id="q-tags"
          label={t('content.fields.tags')}
          hint={t('content.editor.tagsHint', { max: QUESTION_LIMITS.tagsMax })}
          error={errorOf('tags')}
          errorTestId="question-error-tags"
          data-testid="question-editor-tags"
          placeholder={t('content.editor.tagsPlaceholder')}
          value={form.tags}
          disabled={!editable}
          onChange={(value) => set('tags', value)}
          onBlur={() => touch('tags')}
        />
        <TextField
          id="q-time"
          type="number"
          label={t('content.fields.timeLimit')}
          error={errorOf('timeLimit')}
          errorTestId="question-error-timeLimit"
          data-testid="question-editor-time"
          inputMode="numeric"
          min={QUESTION_LIMITS.timeLimitMin}
          max={QUESTION_LIMITS.timeLimitMax}
          value={form.timeLimit}
          disabled={!editable}
          onChange={(value) => set('timeLimit', value)}
          onBlur={() => touch('timeLimit')}
        />
      </div>
      <CheckboxField
        label={t('content.fields.doublePoints')}
        data-testid="question-editor-double"
        value={form.doublePoints}
        disabled={!editable}
        onChange={(value) => set('doublePoints', value)}
      />
      {form.type !== 'ORDERING' && form.type !== 'NUMERIC' && (
        <CheckboxField
          label={t('content.fields.keepOrder')}
          hint={t('content.fields.keepOrderHint')}
          data-testid="question-editor-keep-order"
          value={form.keepOrder}
          disabled={!editable}
          onChange={(value) => set('keepOrder', value)}
        />
      )}

      <QuestionSaveBar editor={editor} existing={existing} />
    </form>
  );
}

/** What still blocks saving, the server's answer, and the save / discard / back buttons. */
function QuestionSaveBar({ editor, existing }: { editor: QuestionEditorState; existing: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {editor.shownProblemCount > 0 && (
        <Alert tone="error" testId="question-invalid">
          {t('content.editor.fixProblems', { count: editor.shownProblemCount })}
        </Alert>
      )}
      <FormError message={editor.saveErrorText} />
      {editor.editable && (
        <FormActions align="start">
          <Button
            type="submit"
            variant="primary"
            data-testid="question-save"
            disabled={editor.saving || (existing && !editor.dirty)}
          >
            {editor.saving ? t('common.saving') : existing ? t('content.editor.save') : t('content.editor.create')}
          </Button>
          {editor.dirty && existing && (
            <Button variant="ghost" onClick={editor.discard}>
              {t('content.editor.discard')}
            </Button>
          )}
          <Link className={buttonClass('ghost')} to="/content">
            {t('content.editor.backToList')}
          </Link>
        </FormActions>
      )}
    </>
  );
}
