import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { CreatePersonDocument, UpdatePersonDocument } from '../graphql/people.documents';
import {
  initialPersonForm,
  personFields,
  validatePersonForm,
  type EditablePerson,
  type PersonFormErrors,
  type PersonFormState,
} from '../utils/person-form-state';

/** The add / edit person form: its state, the checks shown after the first submit, and the save. */
export function usePersonForm(
  unitId: string,
  editing: EditablePerson | null,
  defaultKind: string,
  onSaved: () => void,
) {
  const [state, setState] = useState<PersonFormState>(() => initialPersonForm(editing, defaultKind));
  const [submitted, setSubmitted] = useState(false);
  const [created, create] = useMutation(CreatePersonDocument);
  const [updated, update] = useMutation(UpdatePersonDocument);
  const errors: PersonFormErrors = submitted ? validatePersonForm(state) : {};

  function set<K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(validatePersonForm(state)).length > 0) return;
    const fields = personFields(state);
    const result = editing
      ? await update({ input: { id: editing.id, ...fields } })
      : await create({ input: { unitId, ...fields } });
    if (!result.error) onSaved();
  }

  return {
    state,
    set,
    errors,
    saving: created.fetching || updated.fetching,
    serverError: editing ? updated.error : created.error,
    submit: (event: FormEvent) => void submit(event),
  };
}
