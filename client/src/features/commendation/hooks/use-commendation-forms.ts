import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  CommendationFormsDocument,
  CreateCommendationFormDocument,
  UpdateCommendationFormDocument,
} from '../graphql/forms.documents';
import { inputOf, type FormDraft } from '../utils/form-draft';

/** The whole catalogue (retired forms too) and saving one form: created when it has no id yet. */
export function useCommendationForms() {
  const [result, reexecute] = useQuery({ query: CommendationFormsDocument, variables: { includeInactive: true } });
  const [created, create] = useMutation(CreateCommendationFormDocument);
  const [updated, update] = useMutation(UpdateCommendationFormDocument);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const save = useCallback(
    async (id: string | null, draft: FormDraft) => {
      const result = id
        ? await update({ input: { id, ...inputOf(draft) } })
        : await create({ input: { code: draft.code.trim(), ...inputOf(draft) } });
      if (!result.error) refresh();
      return result.error ?? null;
    },
    [create, update, refresh],
  );

  return {
    forms: result.data?.commendationForms ?? [],
    fetching: result.fetching,
    error: result.error,
    saving: created.fetching || updated.fetching,
    save,
  };
}
