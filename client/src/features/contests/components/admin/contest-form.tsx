import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button, TextAreaField, TextField } from '../../../../components/ui';
import type { ContestFieldsFragment, CreateContestInput } from '../../../../generated/graphql';
import { useContestForm } from '../../hooks/use-contest-form';
import { useContestSetupData } from '../../hooks/use-contest-setup-data';
import { questionCount, toContestInput } from '../../utils/contest-form-state';
import { ContestAttemptFieldset } from './contest-attempt-fieldset';
import { ContestChainFieldset } from './contest-chain-fieldset';
import { ContestDrawFieldset } from './contest-draw-fieldset';
import { ContestIdentityFieldset } from './contest-identity-fieldset';
import { ContestPrizeFieldset } from './contest-prize-fieldset';
import { ContestRoundsFieldset } from './contest-rounds-fieldset';
import { ContestUnitsFieldset } from './contest-units-fieldset';

interface ContestFormProps {
  contest: ContestFieldsFragment | null;
  readOnly: boolean;
  busy: boolean;
  error: string | null;
  saved: boolean;
  onSave: (input: CreateContestInput) => void;
}

/**
 * Set-up of a contest. Title and rules can change any time; everything that decides
 * scores and ranks (rounds, draw, time, attempts, chain, prizes) only while DRAFT.
 */
export function ContestForm({ contest, readOnly, busy, error, saved, onSave }: ContestFormProps) {
  const { t } = useTranslation();
  const { state, set, locked } = useContestForm(contest, readOnly);
  const { resolutions, units } = useContestSetupData();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(toContestInput(state));
  }

  return (
    <form className="form ct-form" onSubmit={submit} noValidate data-testid="contest-form">
      <FormError message={error} />
      {saved && <p className="alert alert-success">{t('contests.setup.saved')}</p>}
      {contest && contest.status !== 'DRAFT' && !readOnly && (
        <p className="alert alert-info">{t('contests.setup.lockedNote')}</p>
      )}
      <fieldset disabled={readOnly} className="ct-fieldset">
        <TextField
          id="ct-title"
          data-testid="contest-title-input"
          label={t('contests.setup.titleField')}
          value={state.title}
          onChange={(v) => set('title', v)}
        />
        <TextAreaField
          id="ct-rules"
          rows={8}
          label={t('contests.setup.rules')}
          value={state.rulesText}
          onChange={(v) => set('rulesText', v)}
        />
      </fieldset>
      <ContestRoundsFieldset rounds={state.rounds} disabled={locked} onChange={(v) => set('rounds', v)} />
      <ContestDrawFieldset
        rules={state.drawRules}
        questionCount={questionCount(state)}
        shuffleOptions={state.shuffleOptions}
        resolutions={resolutions}
        disabled={locked}
        onRulesChange={(v) => set('drawRules', v)}
        onShuffleChange={(v) => set('shuffleOptions', v)}
      />
      <ContestAttemptFieldset state={state} set={set} disabled={locked} />
      <ContestIdentityFieldset state={state} set={set} disabled={locked} />
      <ContestChainFieldset chain={state.rankingChain} disabled={locked} onChange={(v) => set('rankingChain', v)} />
      <ContestPrizeFieldset
        participationPoints={state.participationPoints}
        tiers={state.prizeTiers}
        disabled={locked}
        onParticipationPointsChange={(v) => set('participationPoints', v)}
        onTiersChange={(v) => set('prizeTiers', v)}
      />
      <ContestUnitsFieldset
        units={units}
        selected={state.eligibleUnitIds}
        disabled={locked}
        onChange={(v) => set('eligibleUnitIds', v)}
      />
      {!readOnly && (
        <div className="form-actions form-actions--start">
          <Button type="submit" variant="primary" disabled={busy} data-testid="contest-save">
            {contest ? t('contests.setup.save') : t('contests.setup.create')}
          </Button>
        </div>
      )}
    </form>
  );
}
