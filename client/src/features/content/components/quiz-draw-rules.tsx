import { DIFFICULTIES } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button, Field, SelectField, TextField, useRowList } from '../../../components/ui';
import { CountQuestionsDocument } from '../graphql/content.documents';
import type { ResolutionItem } from '../hooks/use-content-data';
import { useDebounced } from '../hooks/use-debounced';
import { newRule, type RuleRow } from '../utils/quiz-form';
import { SectionSelect } from './section-select';

interface QuizDrawRulesProps {
  rules: RuleRow[];
  onChange: (rules: RuleRow[]) => void;
  resolutions: readonly ResolutionItem[];
  editable: boolean;
}

/** A drawn quiz's rules: how many published questions to draw from which section, topic and difficulty. */
export function QuizDrawRules({ rules, onChange, resolutions, editable }: QuizDrawRulesProps) {
  const { t } = useTranslation();
  const list = useRowList(rules, onChange);
  const difficulties = DIFFICULTIES.map((value) => ({ value, label: t(`content.difficulty.${value}`) }));
  return (
    <section className="card" aria-labelledby="quiz-rules-title">
      <h2 id="quiz-rules-title">{t('content.quizEditor.rules')}</h2>
      <p className="field__hint">{t('content.quizEditor.rulesHint')}</p>
      <ol className="rules">
        {rules.map((rule, index) => (
          <li key={rule.key} className="rule" data-testid={`quiz-rule-${index}`}>
            <Field label={t('content.fields.section')} htmlFor={`rule-section-${rule.key}`}>
              {(control) => (
                <SectionSelect
                  id={control.id}
                  value={rule.sectionId}
                  onChange={(sectionId) => list.update(index, { sectionId })}
                  resolutions={resolutions}
                  emptyLabel={t('content.questions.allSections')}
                />
              )}
            </Field>
            <TextField
              id={`rule-tag-${rule.key}`}
              label={t('content.fields.tag')}
              value={rule.tag}
              disabled={!editable}
              placeholder={t('content.quizEditor.anyTag')}
              onChange={(tag) => list.update(index, { tag })}
            />
            <SelectField<RuleRow['difficulty']>
              id={`rule-difficulty-${rule.key}`}
              label={t('content.fields.difficulty')}
              value={rule.difficulty}
              disabled={!editable}
              placeholder={t('content.questions.allDifficulties')}
              options={difficulties}
              onChange={(difficulty) => list.update(index, { difficulty })}
            />
            <TextField
              id={`rule-count-${rule.key}`}
              fieldClassName="rule__count"
              label={t('content.quizEditor.count')}
              type="number"
              min={1}
              max={100}
              inputMode="numeric"
              value={rule.count}
              disabled={!editable}
              onChange={(count) => list.update(index, { count })}
            />
            <RuleAvailability rule={rule} />
            {editable && (
              <Button
                variant="ghost"
                size="small"
                className="btn-danger-text rule__remove"
                onClick={() => list.remove(index)}
              >
                × {t('content.quizEditor.removeRule')}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <Button size="small" data-testid="quiz-add-rule" onClick={() => list.add(newRule())}>
          + {t('content.quizEditor.addRule')}
        </Button>
      )}
    </section>
  );
}

/** How many published questions a draw rule can pick from; warns when fewer than it asks. */
function RuleAvailability({ rule }: { rule: RuleRow }) {
  const { t } = useTranslation();
  const tag = useDebounced(rule.tag.trim());
  const [result] = useQuery({
    query: CountQuestionsDocument,
    variables: {
      filter: {
        status: 'PUBLISHED',
        limit: 1,
        ...(rule.sectionId ? { sectionId: rule.sectionId } : {}),
        ...(tag ? { tag } : {}),
        ...(rule.difficulty ? { difficulty: rule.difficulty } : {}),
      },
    },
  });
  const total = result.data?.questions.total;
  if (total === undefined) return null;
  const short = total < Number(rule.count);
  return (
    <p className={short ? 'field__error rule__available' : 'field__hint rule__available'}>
      {t('content.quizEditor.available', { count: total })}
    </p>
  );
}
