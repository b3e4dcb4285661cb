import { useState } from 'react';
import type { ContestFieldsFragment } from '../../../generated/graphql';
import { initialContestForm, type ContestFormState } from '../utils/contest-form-state';

export type SetContestField = <K extends keyof ContestFormState>(key: K, value: ContestFormState[K]) => void;

/**
 * The set-up form's state. Title and rules can change any time; everything that decides
 * scores and ranks is `locked` once the contest has left DRAFT (or the viewer may not edit).
 */
export function useContestForm(contest: ContestFieldsFragment | null, readOnly: boolean) {
  const [state, setState] = useState<ContestFormState>(() => initialContestForm(contest));
  const set: SetContestField = (key, value) => setState((s) => ({ ...s, [key]: value }));
  const locked = readOnly || (contest !== null && contest.status !== 'DRAFT');
  return { state, set, locked };
}
