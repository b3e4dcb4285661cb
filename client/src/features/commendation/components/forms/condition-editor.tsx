import { conditionKindsFor, type FormCondition, type RecipientKind } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Button, CheckboxField, NumberField, SelectField, TextField } from '../../../../components/ui';
import { usePopulationKinds } from '../../../../lib/population-kinds';
import { newCondition, type FormItem } from '../../utils/form-draft';

interface Props {
  conditions: FormCondition[];
  recipientKind: RecipientKind;
  forms: readonly FormItem[];
  readOnly: boolean;
  /** The message of a problem of `conditions.<i>.<field>`, if any. */
  errorOf: (field: string) => string | undefined;
  onChange: (conditions: FormCondition[]) => void;
}

/** The checklist of a form: each condition's kind, wording, figure and (member share) form and population. */
export function ConditionEditor({ conditions, recipientKind, forms, readOnly, errorOf, onChange }: Props) {
  const { t } = useTranslation();
  const populations = usePopulationKinds();
  const individualForms = forms
    .filter((f) => f.recipientKind === 'INDIVIDUAL')
    .map((f) => ({ value: f.code, label: `${f.name} (${f.code})` }));
  const kinds = conditionKindsFor(recipientKind).map((k) => ({ value: k, label: t(`commendation.forms.kind.${k}`) }));

  const set = (index: number, patch: Partial<FormCondition>) =>
    onChange(conditions.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const move = (index: number, by: number) => {
    const next = [...conditions];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    onChange(next);
  };

  return (
    <fieldset className="cm-conditions" data-testid="form-conditions" disabled={readOnly}>
      <legend>{t('commendation.forms.conditions')}</legend>
      {conditions.length === 0 && <p className="muted">{t('commendation.forms.noConditions')}</p>}
      <ol className="cm-conditions__list">
        {conditions.map((c, i) => {
          const at = `conditions.${i}`;
          return (
            <li key={c.id} className="card cm-conditions__item" data-testid={`condition-${i}`}>
              <div className="form-grid">
                <SelectField
                  id={`${at}.kind`}
                  label={t('commendation.forms.conditionKind')}
                  value={c.kind}
                  options={kinds}
                  error={errorOf(`${at}.kind`)}
                  onChange={(kind) => set(i, { kind })}
                />
                {c.kind !== 'CONFIRMED' && (
                  <NumberField
                    id={`${at}.value`}
                    label={t(`commendation.forms.valueOf.${c.kind}`)}
                    value={c.value ?? null}
                    allowNegative={false}
                    error={errorOf(`${at}.value`)}
                    onChange={(value) => set(i, { value })}
                  />
                )}
              </div>
              <TextField
                id={`${at}.label`}
                label={t('commendation.forms.conditionLabel')}
                value={c.label}
                required
                error={errorOf(`${at}.label`) ?? errorOf(`${at}.id`)}
                onChange={(label) => set(i, { label })}
              />
              {c.kind === 'MEMBER_SHARE' && (
                <div className="form-grid">
                  <SelectField
                    id={`${at}.formCode`}
                    label={t('commendation.forms.memberForm')}
                    value={c.formCode ?? ''}
                    placeholder={t('commendation.forms.choose')}
                    options={individualForms}
                    error={errorOf(`${at}.formCode`)}
                    onChange={(formCode) => set(i, { formCode: formCode || null })}
                  />
                  <SelectField
                    id={`${at}.populationKind`}
                    label={t('commendation.forms.populationKind')}
                    value={c.populationKind ?? ''}
                    placeholder={t('commendation.forms.choose')}
                    options={populations.options}
                    error={errorOf(`${at}.populationKind`)}
                    onChange={(populationKind) => set(i, { populationKind: populationKind || null })}
                  />
                  <CheckboxField
                    id={`${at}.strict`}
                    label={t('commendation.forms.strict')}
                    value={c.strict ?? false}
                    onChange={(strict) => set(i, { strict })}
                  />
                </div>
              )}
              {c.kind === 'CONFIRMED' && (
                <CheckboxField
                  id={`${at}.evidenceRequired`}
                  label={t('commendation.forms.evidenceRequired')}
                  value={c.evidenceRequired ?? false}
                  onChange={(evidenceRequired) => set(i, { evidenceRequired })}
                />
              )}
              {!readOnly && (
                <div className="cm-conditions__actions">
                  <Button variant="ghost" disabled={i === 0} onClick={() => move(i, -1)}>
                    {t('commendation.forms.moveUp')}
                  </Button>
                  <Button variant="ghost" disabled={i === conditions.length - 1} onClick={() => move(i, 1)}>
                    {t('commendation.forms.moveDown')}
                  </Button>
                  <Button
                    variant="ghost"
                    data-testid={`condition-remove-${i}`}
                    onClick={() => onChange(conditions.filter((_, j) => j !== i))}
                  >
                    {t('commendation.forms.removeCondition')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <Button
          data-testid="condition-add"
          onClick={() => onChange([...conditions, newCondition(conditions, recipientKind === 'INDIVIDUAL')])}
        >
          + {t('commendation.forms.addCondition')}
        </Button>
      )}
    </fieldset>
  );
}
