import { useTranslation } from 'react-i18next';
import { Field, SelectField } from '../../../../components/ui';
import type { CountingAttempt } from '../../../../generated/graphql';
import type { SetContestField } from '../../hooks/use-contest-form';
import { PREDICTION_KINDS, type ContestFormState } from '../../utils/contest-form-state';

interface Props {
  state: ContestFormState;
  set: SetContestField;
  disabled: boolean;
}

/** One attempt (lượt thi): time, attempts per round, which attempt counts, the prediction question. */
export function ContestAttemptFieldset({ state, set, disabled }: Props) {
  const { t } = useTranslation();
  const counting: { value: CountingAttempt; label: string }[] = [
    { value: 'BEST', label: t('contests.setup.countingBEST') },
    { value: 'LAST', label: t('contests.setup.countingLAST') },
  ];
  const predictions = PREDICTION_KINDS.map((k) => ({
    value: k,
    label: t(`contests.predictionKind.${k}`),
  }));
  return (
    <fieldset disabled={disabled} className="ct-fieldset ct-grid">
      <legend>{t('contests.setup.attemptTitle')}</legend>
      <Field label={t('contests.setup.timeLimit')} htmlFor="ct-time">
        <input
          type="number"
          min={1}
          className="ct-num"
          value={state.timeLimitMinutes}
          onChange={(e) => set('timeLimitMinutes', e.target.value)}
        />
      </Field>
      <Field label={t('contests.setup.attemptsPerRound')} htmlFor="ct-attempts">
        <input
          type="number"
          min={1}
          className="ct-num"
          value={state.attemptsPerRound}
          onChange={(e) => set('attemptsPerRound', e.target.value)}
        />
      </Field>
      <SelectField
        id="ct-counting"
        label={t('contests.setup.counting')}
        value={state.countingAttempt}
        options={counting}
        onChange={(v) => set('countingAttempt', v)}
      />
      <SelectField
        id="ct-prediction"
        label={t('contests.setup.prediction')}
        value={state.predictionKind}
        options={predictions}
        onChange={(v) => set('predictionKind', v)}
      />
    </fieldset>
  );
}
