import { useTranslation } from 'react-i18next';
import { Button, CheckboxField, useRowList } from '../../../../components/ui';
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
  const rows = useRowList(rules, onRulesChange);
  return (
    <fieldset disabled={disabled} className="ct-fieldset">
      <legend>{t('contests.setup.drawTitle', { count: questionCount })}</legend>
      <p className="field__hint">{t('contests.setup.drawHint')}</p>
      <table className="table table--compact">
        <thead>
          <tr>
            <th>{t('contests.setup.section')}</th>
            <th>{t('contests.setup.difficulty')}</th>
            <th>{t('contests.setup.count')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, i) => (
            <DrawRuleRow
              key={i}
              rule={rule}
              resolutions={props.resolutions}
              removable={rules.length > 1}
              onChange={(patch) => rows.update(i, patch)}
              onRemove={() => rows.remove(i)}
            />
          ))}
        </tbody>
      </table>
      <Button size="small" onClick={() => rows.add(NEW_DRAW_RULE)}>
        + {t('contests.setup.addRule')}
      </Button>
      <CheckboxField
        fieldClassName="ct-check"
        label={t('contests.setup.shuffle')}
        value={shuffleOptions}
        onChange={onShuffleChange}
      />
    </fieldset>
  );
}

function DrawRuleRow({
  rule,
  resolutions,
  removable,
  onChange,
  onRemove,
}: {
  rule: DrawRow;
  resolutions: SetupResolution[];
  removable: boolean;
  onChange: (patch: Partial<DrawRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <tr>
      <td>
        <select
          aria-label={t('contests.setup.section')}
          value={rule.sectionId}
          onChange={(e) => onChange({ sectionId: e.target.value })}
        >
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
      </td>
      <td>
        <select
          aria-label={t('contests.setup.difficulty')}
          value={rule.difficulty}
          // The options are the difficulties and "" (any).
          onChange={(e) => onChange({ difficulty: e.target.value as Difficulty | '' })}
        >
          <option value="">{t('contests.setup.anyDifficulty')}</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {t(`contests.difficulty.${d}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="number"
          min={1}
          className="ct-num"
          aria-label={t('contests.setup.count')}
          value={rule.count}
          onChange={(e) => onChange({ count: e.target.value })}
        />
      </td>
      <td>
        <Button variant="ghost" size="small" onClick={onRemove} disabled={!removable}>
          {t('contests.setup.remove')}
        </Button>
      </td>
    </tr>
  );
}
