import { useTranslation } from 'react-i18next';
import { CheckboxField, RowTableEditor } from '../../../../components/ui';
import type { Difficulty } from '../../../../generated/graphql';
import type { SetupResolution } from '../../hooks/use-contest-setup-data';
import { DIFFICULTIES, NEW_DRAW_RULE, type DrawRow } from '../../utils/contest-form-state';

interface Props {
  rules: DrawRow[];
  questionCount: number;
  shuffleOptions: boolean;
  resolutions: SetupResolution[];
  disabled: boolean;
  onRulesChange: (rules: DrawRow[]) => void;
  onShuffleChange: (shuffle: boolean) => void;
}

/** The draw (rút đề): how many questions from which section at which difficulty. */
export function ContestDrawFieldset(props: Props) {
  const { rules, questionCount, shuffleOptions, disabled, onRulesChange, onShuffleChange } = props;
  const { t } = useTranslation();
  return (
    <fieldset disabled={disabled} className="ct-fieldset">
      <legend>{t('contests.setup.drawTitle', { count: questionCount })}</legend>
      <p className="field__hint">{t('contests.setup.drawHint')}</p>
      <RowTableEditor
        items={rules}
        onChange={onRulesChange}
        min={1}
        create={() => NEW_DRAW_RULE}
        addLabel={t('contests.setup.addRule')}
        removeLabel={t('contests.setup.remove')}
        columns={[
          {
            header: t('contests.setup.section'),
            cell: (rule, i, rows) => (
              <SectionSelect
                value={rule.sectionId}
                resolutions={props.resolutions}
                onChange={(sectionId) => rows.update(i, { sectionId })}
              />
            ),
          },
          {
            header: t('contests.setup.difficulty'),
            cell: (rule, i, rows) => (
              <select
                aria-label={t('contests.setup.difficulty')}
                value={rule.difficulty}
                // The options are the difficulties and "" (any).
                onChange={(e) => rows.update(i, { difficulty: e.target.value as Difficulty | '' })}
              >
                <option value="">{t('contests.setup.anyDifficulty')}</option>
                {DIFFICULTIES.map((d) => (
                  <option key={d} value={d}>
                    {t(`contests.difficulty.${d}`)}
                  </option>
                ))}
              </select>
            ),
          },
          {
            header: t('contests.setup.count'),
            cell: (rule, i, rows) => (
              <input
                type="number"
                min={1}
                className="ct-num"
                aria-label={t('contests.setup.count')}
                value={rule.count}
                onChange={(e) => rows.update(i, { count: e.target.value })}
              />
            ),
          },
        ]}
      />
      <CheckboxField
        fieldClassName="ct-check"
        label={t('contests.setup.shuffle')}
        value={shuffleOptions}
        onChange={onShuffleChange}
      />
    </fieldset>
  );
}

/** A draw rule's section: any, or one section of a resolution. */
function SectionSelect({
  value,
  resolutions,
  onChange,
}: {
  value: string;
  resolutions: SetupResolution[];
  onChange: (sectionId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <select aria-label={t('contests.setup.section')} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('contests.setup.anySection')}</option>
      {resolutions.map((resolution) => (
        <optgroup key={resolution.id} label={`${resolution.code} · ${resolution.title}`}>
          {resolution.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title.startsWith(s.key) ? s.title : `${s.key} · ${s.title}`}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
