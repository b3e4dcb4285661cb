import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import {
  Button,
  CheckboxField,
  DateField,
  FormActions,
  NumberField,
  SelectField,
  TextField,
} from '../../../components/ui';
import { usePersonForm } from '../hooks/use-person-form';
import type { EditablePerson } from '../utils/person-form-state';
import { peopleErrorText } from '../utils/people-error-text';

interface PersonFormDialogProps {
  open: boolean;
  unitId: string;
  /** null: add a person; a person: edit them. */
  editing: EditablePerson | null;
  defaultKind: string;
  kindOptions: readonly { value: string; label: string }[];
  subUnits: readonly string[];
  onClose: () => void;
  onSaved: () => void;
}

export function PersonFormDialog(props: PersonFormDialogProps) {
  const { t } = useTranslation();
  const title = props.editing
    ? t('people.form.editTitle', { name: props.editing.fullName })
    : t('people.form.createTitle');
  return (
    <Dialog open={props.open} title={title} onClose={props.onClose} testId="person-form-dialog">
      {/* Remount per person so the form starts from their values. */}
      {props.open && <PersonForm key={props.editing?.id ?? 'new'} {...props} />}
    </Dialog>
  );
}

function PersonForm({ unitId, editing, defaultKind, kindOptions, subUnits, onClose, onSaved }: PersonFormDialogProps) {
  const { t } = useTranslation();
  const form = usePersonForm(unitId, editing, defaultKind, onSaved);
  const { state, set, errors } = form;
  const err = (key: string | undefined) => (key ? t(`people.form.errors.${key}`) : undefined);
  return (
    <form className="form" onSubmit={form.submit} noValidate>
      <FormError message={peopleErrorText(t, form.serverError)} />
      <p className="field__hint">{t('people.form.minimal')}</p>
      <div className="form-grid">
        <TextField
          id="person-fullName"
          fieldClassName="field--wide"
          data-testid="person-form-name"
          label={t('people.form.fullName')}
          required
          autoComplete="off"
          error={err(errors.fullName)}
          value={state.fullName}
          onChange={(v) => set('fullName', v)}
        />
        <SelectField
          id="person-kind"
          data-testid="person-form-kind"
          label={t('people.form.kind')}
          required
          error={err(errors.kind)}
          value={state.kind}
          placeholder={kindOptions.length === 0 ? t('common.loading') : undefined}
          options={kindOptions}
          onChange={(v) => set('kind', v)}
        />
        <TextField
          id="person-subUnit"
          data-testid="person-form-subunit"
          label={t('people.form.subUnit')}
          hint={t('people.form.subUnitHint')}
          list="person-subunit-options"
          value={state.subUnit}
          onChange={(v) => set('subUnit', v)}
        />
        <datalist id="person-subunit-options">
          {subUnits.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <fieldset className="field--wide people-birth">
          <legend>
            {t('people.form.birth')} <span className="required">*</span>
          </legend>
          <label className="switch">
            <input
              type="radio"
              name="birthMode"
              checked={state.birthMode === 'date'}
              onChange={() => set('birthMode', 'date')}
              data-testid="person-form-birth-date-mode"
            />
            <span>{t('people.form.birthDateMode')}</span>
          </label>
          <label className="switch">
            <input
              type="radio"
              name="birthMode"
              checked={state.birthMode === 'year'}
              onChange={() => set('birthMode', 'year')}
              data-testid="person-form-birth-year-mode"
            />
            <span>{t('people.form.birthYearMode')}</span>
          </label>
        </fieldset>
        {state.birthMode === 'date' ? (
          <DateField
            id="person-birthDate"
            data-testid="person-form-birth-date"
            label={t('people.form.birthDate')}
            required
            error={err(errors.birthDate)}
            value={state.birthDate}
            onChange={(v) => set('birthDate', v)}
          />
        ) : (
          <NumberField
            id="person-birthYear"
            data-testid="person-form-birth-year"
            label={t('people.form.birthYear')}
            required
            decimal={false}
            allowNegative={false}
            error={err(errors.birthYear)}
            value={state.birthYear}
            onChange={(v) => set('birthYear', v)}
          />
        )}
        <TextField
          id="person-phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          data-testid="person-form-phone"
          label={t('people.form.phone')}
          hint={
            editing?.phoneMasked
              ? t('people.form.phoneKeep', { masked: editing.phoneMasked })
              : t('people.form.phoneHint')
          }
          error={err(errors.phone)}
          disabled={state.removePhone}
          value={state.phone}
          onChange={(v) => set('phone', v)}
        />
        {editing?.phoneMasked && (
          <CheckboxField
            id="person-removePhone"
            data-testid="person-form-remove-phone"
            label={t('people.form.removePhone')}
            value={state.removePhone}
            onChange={(v) => set('removePhone', v)}
          />
        )}
      </div>
      <FormActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" data-testid="person-form-submit" disabled={form.saving}>
          {form.saving ? t('common.saving') : editing ? t('common.save') : t('people.form.create')}
        </Button>
      </FormActions>
    </form>
  );
}
