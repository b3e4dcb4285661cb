import {
  isAllowedParent,
  normalizeText,
  POPULATION_KINDS,
  UNIT_KINDS,
  type PopulationKind,
  type UnitKind,
} from '@thidua/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/error-text';
import { errorInfo } from '../../../lib/graphql-errors';
import { CreateUnitDocument, UpdateUnitDocument } from '../graphql/units.documents';
import { buildTree, flattenTree, subtreeIds, type UnitItem } from '../utils/unit-tree';

interface UnitFormDialogProps {
  /** null: create; a unit: edit it. */
  editing: UnitItem | null;
  open: boolean;
  units: readonly UnitItem[];
  onClose: () => void;
  onSaved: () => void;
}

interface FormState {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string;
  eligiblePopulation: string;
  populationKind: PopulationKind;
  sortOrder: string;
}

type FieldErrors = Partial<Record<keyof FormState, string>>;

const CODE_MAX = 50;
const NAME_MAX = 200;

const DEFAULT_POPULATION: Record<UnitKind, PopulationKind> = {
  WARD: 'RESIDENTS',
  GROUP: 'MEMBERS',
  SCHOOL: 'STUDENTS',
  CLASS: 'STUDENTS',
  NEIGHBORHOOD_GROUP: 'RESIDENTS',
  DEPARTMENT: 'MEMBERS',
  ORGANIZATION: 'MEMBERS',
};

function initialState(editing: UnitItem | null): FormState {
  if (editing) {
    return {
      code: editing.code,
      name: editing.name,
      kind: editing.kind,
      parentId: editing.parentId ?? '',
      eligiblePopulation: String(editing.eligiblePopulation),
      populationKind: editing.populationKind,
      sortOrder: String(editing.sortOrder),
    };
  }
  return {
    code: '',
    name: '',
    kind: 'SCHOOL',
    parentId: '',
    eligiblePopulation: '0',
    populationKind: 'STUDENTS',
    sortOrder: '',
  };
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
  const [state, setState] = useState<FormState>(() => initialState(editing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [createResult, createUnit] = useMutation(CreateUnitDocument);
  const [updateResult, updateUnit] = useMutation(UpdateUnitDocument);
  const saving = createResult.fetching || updateResult.fetching;
  const serverError = editing ? updateResult.error : createResult.error;

  const parentOptions = useMemo(() => {
    const excluded = editing ? subtreeIds(units, editing.id) : new Set<string>();
    return flattenTree(buildTree(units)).filter(
      (node) => !excluded.has(node.unit.id) && isAllowedParent(state.kind, node.unit.kind),
    );
  }, [units, editing, state.kind]);

  const needsParent = !isAllowedParent(state.kind, null);

  function update<K extends keyof FormState>(key: K, value: FormState[K]) {
    setState((prev) => {
      const next = { ...prev, [key]: value };
      if (key === 'kind') {
        const kind = value as UnitKind;
        const parent = units.find((u) => u.id === prev.parentId);
        if (!parent || !isAllowedParent(kind, parent.kind)) next.parentId = '';
        if (!editing) next.populationKind = DEFAULT_POPULATION[kind];
      }
      return next;
    });
    setErrors((prev) => ({ ...prev, [key]: undefined }));
  }

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    const code = state.code.trim();
    if (!code) found.code = t('unitForm.errors.codeRequired');
    else if (/\s/u.test(code)) found.code = t('unitForm.errors.codeSpaces');
    else if (code.length > CODE_MAX) found.code = t('unitForm.errors.tooLong', { max: CODE_MAX });
    const name = normalizeText(state.name);
    if (!name) found.name = t('unitForm.errors.nameRequired');
    else if (name.length > NAME_MAX) found.name = t('unitForm.errors.tooLong', { max: NAME_MAX });
    if (needsParent && !state.parentId) found.parentId = t('unitForm.errors.parentRequired');
    const population = state.eligiblePopulation.trim();
    if (!/^\d+$/u.test(population)) found.eligiblePopulation = t('unitForm.errors.populationInvalid');
    else if (Number(population) > 1_000_000) found.eligiblePopulation = t('unitForm.errors.populationTooLarge');
    if (state.sortOrder.trim() && !/^-?\d+$/u.test(state.sortOrder.trim())) {
      found.sortOrder = t('unitForm.errors.sortOrderInvalid');
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const common = {
      code: state.code.trim(),
      name: normalizeText(state.name),
      eligiblePopulation: Number(state.eligiblePopulation.trim()),
      populationKind: state.populationKind,
      ...(state.sortOrder.trim() ? { sortOrder: Number(state.sortOrder.trim()) } : {}),
      ...(state.parentId ? { parentId: state.parentId } : {}),
    };
    const result = editing
      ? await updateUnit({ input: { id: editing.id, ...common } })
      : await createUnit({ input: { ...common, kind: state.kind } });
    if (result.data) {
      onSaved();
      return;
    }
    const reason = errorInfo(result.error)?.reason;
    if (reason === 'UNIT_CODE_TAKEN') setErrors({ code: t('errors.UNIT_CODE_TAKEN') });
    if (reason === 'INVALID_PARENT') setErrors({ parentId: t('errors.INVALID_PARENT') });
  }

  const fieldProps = (key: keyof FormState) => ({
    id: `unit-${key}`,
    name: key,
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `unit-${key}-error` : undefined,
  });
  const fieldError = (key: keyof FormState) =>
    errors[key] ? (
      <p className="field__error" id={`unit-${key}-error`}>
        {errors[key]}
      </p>
    ) : null;

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormError message={errorText(t, serverError)} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="unit-code">{t('unitForm.code')}</label>
          <input
            {...fieldProps('code')}
            data-testid="unit-form-code"
            autoCapitalize="characters"
            spellCheck={false}
            value={state.code}
            onChange={(e) => update('code', e.target.value)}
          />
          <p className="field__hint">{t('unitForm.codeHint')}</p>
          {fieldError('code')}
        </div>
        <div className="field">
          <label htmlFor="unit-kind">{t('unitForm.kind')}</label>
          <select
            {...fieldProps('kind')}
            data-testid="unit-form-kind"
            value={state.kind}
            disabled={editing !== null}
            onChange={(e) => update('kind', e.target.value as UnitKind)}
          >
            {UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`unitKind.${kind}`)}
              </option>
            ))}
          </select>
          {editing && <p className="field__hint">{t('unitForm.kindFixed')}</p>}
        </div>
        <div className="field field--wide">
          <label htmlFor="unit-name">{t('unitForm.name')}</label>
          <input
            {...fieldProps('name')}
            data-testid="unit-form-name"
            value={state.name}
            onChange={(e) => update('name', e.target.value)}
          />
          {fieldError('name')}
        </div>
        <div className="field field--wide">
          <label htmlFor="unit-parentId">{t('unitForm.parent')}</label>
          <select
            {...fieldProps('parentId')}
            data-testid="unit-form-parent"
            value={state.parentId}
            disabled={!needsParent}
            onChange={(e) => update('parentId', e.target.value)}
          >
            <option value="">{needsParent ? t('unitForm.parentPlaceholder') : t('unitForm.noParent')}</option>
            {parentOptions.map(({ unit, depth }) => (
              <option key={unit.id} value={unit.id}>
                {`${'\u00a0\u00a0'.repeat(depth)}${unit.name} (${unit.code})`}
              </option>
            ))}
          </select>
          {needsParent && parentOptions.length === 0 && (
            <p className="field__hint">{t('unitForm.noAllowedParent', { kind: t(`unitKind.${state.kind}`) })}</p>
          )}
          {fieldError('parentId')}
        </div>
        <div className="field">
          <label htmlFor="unit-eligiblePopulation">{t('unitForm.population')}</label>
          <input
            {...fieldProps('eligiblePopulation')}
            data-testid="unit-form-population"
            inputMode="numeric"
            value={state.eligiblePopulation}
            onChange={(e) => update('eligiblePopulation', e.target.value)}
          />
          {fieldError('eligiblePopulation')}
        </div>
        <div className="field">
          <label htmlFor="unit-populationKind">{t('unitForm.populationKind')}</label>
          <select
            {...fieldProps('populationKind')}
            data-testid="unit-form-population-kind"
            value={state.populationKind}
            onChange={(e) => update('populationKind', e.target.value as PopulationKind)}
          >
            {POPULATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`populationKind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="unit-sortOrder">{t('unitForm.sortOrder')}</label>
          <input
            {...fieldProps('sortOrder')}
            inputMode="numeric"
            value={state.sortOrder}
            onChange={(e) => update('sortOrder', e.target.value)}
          />
          <p className="field__hint">{t('unitForm.sortOrderHint')}</p>
          {fieldError('sortOrder')}
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" data-testid="unit-form-submit" disabled={saving}>
          {saving ? t('common.saving') : editing ? t('common.save') : t('unitForm.create')}
        </button>
      </div>
    </form>
  );
}
