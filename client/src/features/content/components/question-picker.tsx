import { DIFFICULTIES, QUESTION_TYPES, type Difficulty, type QuestionType } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button, Field, LoadingState, SelectField, TextField } from '../../../components/ui';
import { PickQuestionsDocument } from '../graphql/content.documents';
import type { ResolutionItem } from '../hooks/use-content-data';
import { useDebounced } from '../hooks/use-debounced';
import type { QuizEntry } from '../utils/quiz-form';
import { SectionSelect } from './section-select';

interface QuestionPickerProps {
  resolutions: readonly ResolutionItem[];
  chosen: ReadonlySet<string>;
  onAdd: (entry: QuizEntry) => void;
}

/** Search published questions and add them to the quiz. */
export function QuestionPicker({ resolutions, chosen, onAdd }: QuestionPickerProps) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim());
  const [sectionId, setSectionId] = useState('');
  const [difficulty, setDifficulty] = useState<Difficulty | ''>('');
  const [type, setType] = useState<QuestionType | ''>('');
  const [result] = useQuery({
    query: PickQuestionsDocument,
    variables: {
      filter: {
        status: 'PUBLISHED',
        limit: 10,
        ...(search ? { search } : {}),
        ...(sectionId ? { sectionId } : {}),
        ...(difficulty ? { difficulty } : {}),
        ...(type ? { type } : {}),
      },
    },
  });
  const page = result.data?.questions;
  return (
    <section className="card quiz-build__picker" aria-labelledby="picker-title">
      <h2 id="picker-title">{t('content.quizEditor.pickTitle')}</h2>
      <TextField
        id="picker-search"
        type="search"
        label={t('content.questions.search')}
        data-testid="quiz-picker-search"
        placeholder={t('content.questions.searchPlaceholder')}
        value={searchText}
        onChange={setSearchText}
      />
      <div className="picker-filters">
        <Field label={t('content.fields.section')} htmlFor="picker-section">
          {(control) => (
            <SectionSelect
              id={control.id}
              value={sectionId}
              onChange={setSectionId}
              resolutions={resolutions}
              emptyLabel={t('content.questions.allSections')}
            />
          )}
        </Field>
        <SelectField<QuestionType | ''>
          id="picker-type"
          label={t('content.fields.type')}
          value={type}
          placeholder={t('content.questions.allTypes')}
          options={QUESTION_TYPES.map((value) => ({ value, label: t(`content.type.${value}`) }))}
          onChange={setType}
        />
        <SelectField<Difficulty | ''>
          id="picker-difficulty"
          label={t('content.fields.difficulty')}
          value={difficulty}
          placeholder={t('content.questions.allDifficulties')}
          options={DIFFICULTIES.map((value) => ({ value, label: t(`content.difficulty.${value}`) }))}
          onChange={setDifficulty}
        />
      </div>
      {page && (
        <p className="field__hint">
          {t('content.quizEditor.pickTotal', { count: page.total, shown: page.items.length })}
        </p>
      )}
      {!page && result.fetching && <LoadingState />}
      <ul className="picker-list">
        {page?.items.map((q, index) => (
          <li key={q.id} className="picker-item" data-testid={`quiz-pick-${index}`}>
            <span className="picker-item__text">
              {q.currentVersion.prompt}
              <span className="muted picker-item__section">
                {' '}
                ·{' '}
                {q.currentVersion.section.key
                  ? t('content.sectionShort', { key: q.currentVersion.section.key })
                  : q.currentVersion.section.title}
              </span>
            </span>
            <Button
              size="small"
              disabled={chosen.has(q.id)}
              onClick={() =>
                onAdd({ id: q.id, key: q.key, status: q.status, version: q.currentVersion, published: true })
              }
            >
              {chosen.has(q.id) ? t('content.quizEditor.added') : `+ ${t('content.quizEditor.add')}`}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
