import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContestFieldsFragment } from '../../../generated/graphql';
import { initialContestForm, type ContestFormState } from '../utils/contest-form-state';

export type SetContestField = <K extends keyof ContestFormState>(key: K, value: ContestFormState[K]) => void;

/**
 * The set-up form's state. Title and rules can change any time; everything that decides
 * scores and ranks is `locked` once the contest has left DRAFT (or the viewer may not edit).
 */
export function useContestForm(contest: ContestFieldsFragment | null, readOnly: boolean) {
  const { t } = useTranslation();
  const [state, setState] = useState<ContestFormState>(() =>
    initialContestForm(contest, {
      round: (n) => t('contests.setup.defaults.round', { n }),
      tiers: [
        t('contests.setup.defaults.tier1'),
        t('contests.setup.defaults.tier2'),
        t('contests.setup.defaults.tier3'),
        t('contests.setup.defaults.tierConsolation'),
      ],
    }),
  );
  const set: SetContestField = (key, value) => setState((s) => ({ ...s, [key]: value }));
  const locked = readOnly || (contest !== null && contest.status !== 'DRAFT');
  return { state, set, locked };
}
