import { UNIT_KINDS } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Button, FormActions, SelectField, TextField } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { useUnitForm } from '../hooks/use-unit-form';
import type { UnitItem } from '../utils/unit-tree';
import { UnitPopulationFields } from './unit-population-fields';

interface UnitFormDialogProps {
  /** null: create; a unit: edit it. */
  editing: UnitItem | null;
  open: boolean;
  units: readonly UnitItem[];
  onClose: () => void;
  onSaved: () => void;
}

export function UnitFormDialog(props: UnitFormDialogProps) {
  const { t } = useTranslation();
  const title = props.editing ? t('unitForm.editTitle', { name: props.editing.name }) : t('unitForm.createTitle');
  return (
    <Dialog open={props.open} title={title} onClose={props.onClose} testId="unit-form-dialog">
      {/* Remount per unit so the form starts from that unit's values. */}
      <UnitForm key={props.editing?.id ?? 'new'} {...props} />
    </Dialog>
  );
}

function UnitForm({ editing, units, onClose, onSaved }: UnitFormDialogProps) {
  const { t } = useTranslation();
  const form = useUnitForm(editing, units, onSaved);
  const { state, update, errors, needsParent, parentOptions } = form;
  const parentHint =
    needsParent && parentOptions.length === 0
      ? t('unitForm.noAllowedParent', { kind: t(`unitKind.${state.kind}`) })
      : undefined;
  return (
    <form className="form" onSubmit={form.submit} noValidate>
      <FormError message={errorText(t, form.serverError)} />
      <div className="form-grid">
        <TextField
          id="unit-code"
          name="code"
          data-testid="unit-form-code"
          autoCapitalize="characters"
          spellCheck={false}
          label={t('unitForm.code')}
          hint={t('unitForm.codeHint')}
          error={errors.code}
          value={state.code}
          onChange={(v) => update('code', v)}
        />
        <SelectField
          id="unit-kind"
          name="kind"
          data-testid="unit-form-kind"
          label={t('unitForm.kind')}
          hint={editing ? t('unitForm.kindFixed') : undefined}
          value={state.kind}
          disabled={editing !== null}
          options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
          onChange={(v) => update('kind', v)}
        />
        <TextField
          id="unit-name"
          name="name"
          fieldClassName="field--wide"
          data-testid="unit-form-name"
          label={t('unitForm.name')}
          error={errors.name}
          value={state.name}
          onChange={(v) => update('name', v)}
        />
        <SelectField
          id="unit-parentId"
          name="parentId"
          fieldClassName="field--wide"
          data-testid="unit-form-parent"
          label={t('unitForm.parent')}
          hint={parentHint}
          error={errors.parentId}
          value={state.parentId}
          disabled={!needsParent}
          placeholder={needsParent ? t('unitForm.parentPlaceholder') : t('unitForm.noParent')}
          options={parentOptions.map(({ unit, depth }) => ({
            value: unit.id,
            label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name} (${unit.code})`,
          }))}
          onChange={(v) => update('parentId', v)}
        />
        <TextField
          id="unit-sortOrder"
          name="sortOrder"
          inputMode="numeric"
          label={t('unitForm.sortOrder')}
          hint={t('unitForm.sortOrderHint')}
          error={errors.sortOrder}
          value={state.sortOrder}
          onChange={(v) => update('sortOrder', v)}
        />
        <UnitPopulationFields
          state={state}
          errors={errors.declared}
          populations={editing?.populations ?? []}
          onMainKind={(kind) => update('populationKind', kind)}
          onDeclare={form.declare}
        />
      </div>
      <FormActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" data-testid="unit-form-submit" disabled={form.saving}>
          {form.saving ? t('common.saving') : editing ? t('common.save') : t('unitForm.create')}
        </Button>
      </FormActions>
    </form>
  );
}
