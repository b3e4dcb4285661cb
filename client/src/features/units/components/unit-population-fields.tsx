import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextField } from '../../../components/ui';
import { usePopulationKinds } from '../../../lib/population-kinds';
import { usePopulationLabel } from '../hooks/use-population-label';
import { declaredKinds, type UnitFormState } from '../utils/unit-form-state';
import type { UnitItem } from '../utils/unit-tree';

interface UnitPopulationFieldsProps {
  state: UnitFormState;
  errors: Record<string, string | undefined> | undefined;
  /** The unit's figures as saved (roster sizes), when editing. */
  populations: UnitItem['populations'];
  onMainKind: (kind: string) => void;
  onDeclare: (kind: string, value: string) => void;
}

/**
 * A unit's populations, one per kind: the main kind (what its rates divide by when nothing
 * names a kind) and the number declared for each kind — used only while the unit has no
 * roster of that kind; with a roster, the roster's size counts and is shown as verified.
 */
export function UnitPopulationFields({ state, errors, populations, onMainKind, onDeclare }: UnitPopulationFieldsProps) {
  const { t } = useTranslation();
  const { kinds, label } = usePopulationKinds();
  const { figure } = usePopulationLabel();
  const [adding, setAdding] = useState('');
  const order = kinds.map((k) => k.code);
  const shown = declaredKinds(state, order);
  const savedOf = (kind: string) => populations.find((p) => p.kind === kind);
  // Kinds offered: the active ones, and the unit's own main kind even if it was retired since.
  const mainOptions = kinds
    .filter((k) => k.active || k.code === state.populationKind)
    .map((k) => ({ value: k.code, label: label(k.code) }));
  const addable = kinds.filter((k) => k.active && !shown.includes(k.code));

  return (
    <fieldset className="field--wide unit-pop-fields" data-testid="unit-form-populations">
      <legend>{t('unitForm.populations')}</legend>
      <p className="field__hint">{t('unitForm.populationsHint')}</p>
      <div className="form-grid">
        <SelectField
          id="unit-populationKind"
          name="populationKind"
          data-testid="unit-form-population-kind"
          label={t('unitForm.populationKind')}
          hint={t('unitForm.populationKindHint')}
          value={state.populationKind}
          options={mainOptions}
          onChange={onMainKind}
        />
        {shown.map((kind) => {
          const saved = savedOf(kind);
          const main = kind === state.populationKind;
          return (
            <TextField
              key={kind}
              id={`unit-declared-${kind}`}
              name={`declared-${kind}`}
              data-testid={main ? 'unit-form-population' : `unit-form-declared-${kind}`}
              inputMode="numeric"
              label={t('unitForm.declared', { kind: label(kind) })}
              hint={
                saved && saved.rosterSize > 0
                  ? t('unitForm.rosterCounts', {
                      figure: figure({ kind, size: saved.rosterSize, source: 'ROSTER' }),
                    })
                  : t('unitForm.noRoster')
              }
              error={errors?.[kind]}
              value={state.declared[kind] ?? ''}
              onChange={(v) => onDeclare(kind, v)}
            />
          );
        })}
      </div>
      {addable.length > 0 && (
        <div className="unit-pop-fields__add">
          <SelectField
            id="unit-population-add"
            name="addPopulationKind"
            data-testid="unit-form-add-kind"
            label={t('unitForm.addKind')}
            placeholder={t('unitForm.addKindPlaceholder')}
            value={adding}
            options={addable.map((k) => ({ value: k.code, label: label(k.code) }))}
            onChange={setAdding}
          />
          <Button
            data-testid="unit-form-add-kind-submit"
            disabled={!adding}
            onClick={() => {
              onDeclare(adding, '');
              setAdding('');
            }}
          >
            {t('unitForm.addKindSubmit')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
