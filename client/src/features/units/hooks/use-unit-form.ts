import { isAllowedParent, type UnitKind } from '@thidua/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorInfo } from '../../../lib/graphql-errors';
import { CreateUnitDocument, UpdateUnitDocument } from '../graphql/units.documents';
import {
  DEFAULT_POPULATION,
  hasErrors,
  initialUnitForm,
  unitInput,
  validateUnitForm,
  withMainKind,
  type UnitFieldErrors,
  type UnitFormState,
} from '../utils/unit-form-state';
import { buildTree, flattenTree, subtreeIds, type UnitItem } from '../utils/unit-tree';

/**
 * Creating or editing one unit: the values, the parents its kind allows (never
 * itself or its own descendants), the checks, and saving — with the server's
 * "code taken" / "invalid parent" shown at their fields.
 */
export function useUnitForm(editing: UnitItem | null, units: readonly UnitItem[], onSaved: () => void) {
  const { t } = useTranslation();
  const [state, setState] = useState<UnitFormState>(() => initialUnitForm(editing));
  const [errors, setErrors] = useState<UnitFieldErrors>({});
  const [createResult, createUnit] = useMutation(CreateUnitDocument);
  const [updateResult, updateUnit] = useMutation(UpdateUnitDocument);

  const parentOptions = useMemo(() => {
    const excluded = editing ? subtreeIds(units, editing.id) : new Set<string>();
    return flattenTree(buildTree(units)).filter(
      (node) => !excluded.has(node.unit.id) && isAllowedParent(state.kind, node.unit.kind),
    );
  }, [units, editing, state.kind]);
  const needsParent = !isAllowedParent(state.kind, null);

  function update<K extends Exclude<keyof UnitFormState, 'declared' | 'savedKinds'>>(key: K, value: UnitFormState[K]) {
    setState((prev) => {
      if (key === 'populationKind') return withMainKind(prev, value);
      let next = { ...prev, [key]: value };
      if (key === 'kind') {
        // Only the kind field calls with a kind.
        const kind = value as UnitKind;
        const parent = units.find((u) => u.id === prev.parentId);
        if (!parent || !isAllowedParent(kind, parent.kind)) next.parentId = '';
        if (!editing) next = withMainKind(next, DEFAULT_POPULATION[kind]);
      }
      return next;
    });
    setErrors((prev) => ({ ...prev, [key]: undefined }));
  }

  /** The declared number of one kind as typed; a kind not in the form yet gets its row. */
  function declare(kind: string, value: string) {
    setState((prev) => ({ ...prev, declared: { ...prev.declared, [kind]: value } }));
    setErrors((prev) => ({ ...prev, declared: { ...prev.declared, [kind]: undefined } }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateUnitForm(state, needsParent, t);
    setErrors(found);
    if (hasErrors(found)) return;
    const common = unitInput(state);
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

  return {
    state,
    update,
    declare,
    errors,
    parentOptions,
    needsParent,
    saving: createResult.fetching || updateResult.fetching,
    serverError: editing ? updateResult.error : createResult.error,
    submit: (event: FormEvent) => void submit(event),
  };
}
