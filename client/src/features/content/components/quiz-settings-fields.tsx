import { useTranslation } from 'react-i18next';
import { CheckboxField, TextAreaField, TextField } from '../../../components/ui';
import type { QuizEditorState } from '../hooks/use-quiz-editor';

/** Title, description, fixed-or-drawn mode and option shuffling. */
export function QuizSettingsFields({ editor }: { editor: QuizEditorState }) {
  const { t } = useTranslation();
  const { editable, mode } = editor;
  return (
    <div className="card form">
      <TextField
        id="quiz-title-input"
        label={t('content.quizEditor.title')}
        required
        data-testid="quiz-title"
        value={editor.title}
        maxLength={200}
        disabled={!editable}
        aria-invalid={(editor.attempted && !editor.title.trim()) || undefined}
        onChange={editor.setTitle}
      />
      <TextAreaField
        id="quiz-description"
        label={t('content.quizEditor.description')}
        data-testid="quiz-description"
        rows={2}
        value={editor.description}
        disabled={!editable}
        onChange={editor.setDescription}
      />
      <fieldset className="mode-pick">
        <legend>{t('content.quizEditor.mode')}</legend>
        {(['FIXED', 'DRAW'] as const).map((value) => (
          <label key={value} className={`mode-pick__item${mode === value ? ' is-current' : ''}`}>
            <input
              type="radio"
              name="quiz-mode"
              value={value}
              checked={mode === value}
              disabled={!editable}
              data-testid={`quiz-mode-${value}`}
              onChange={() => editor.setMode(value)}
            />
            <span>
              <strong>{t(`content.quizMode.${value}`)}</strong>
              <span className="field__hint">{t(`content.quizEditor.modeHint.${value}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <CheckboxField
        label={t('content.quizEditor.shuffle')}
        data-testid="quiz-shuffle"
        value={editor.shuffle}
        disabled={!editable}
        onChange={editor.setShuffle}
      />
    </div>
  );
}
