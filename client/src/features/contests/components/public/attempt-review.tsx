import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import type { AttemptFieldsFragment } from '../../../../generated/graphql';

interface Props {
  attempt: Pick<AttemptFieldsFragment, 'predictionKind' | 'predictionQuestion'>;
  answered: number;
  count: number;
  prediction: string;
  disabled: boolean;
  submitting: boolean;
  error: string | null;
  onPredictionChange: (digits: string) => void;
  onSubmit: () => void;
}

/** The last step: how many are answered, the prediction (tie-break) and the submit button. */
export function AttemptReview(props: Props) {
  const { attempt, answered, count, disabled, submitting } = props;
  const { t } = useTranslation();
  return (
    <section className="cp-card cp-review" aria-labelledby="review-title">
      <h1 id="review-title">{t('contests.attempt.reviewTitle')}</h1>
      <p data-testid="attempt-answered">{t('contests.attempt.answeredOf', { answered, count })}</p>
      {attempt.predictionKind !== 'NONE' && (
        <div className="cp-field">
          <label htmlFor="attempt-prediction">
            <strong>{t('contests.attempt.predictionLabel')}</strong> {attempt.predictionQuestion}
          </label>
          <input
            id="attempt-prediction"
            data-testid="attempt-prediction"
            className="cp-input cp-input--number"
            inputMode="numeric"
            autoComplete="off"
            value={props.prediction}
            disabled={disabled}
            onChange={(e) => props.onPredictionChange(e.target.value.replace(/\D/gu, '').slice(0, 9))}
          />
          <p className="cp-field__hint">{t('contests.attempt.predictionHint')}</p>
        </div>
      )}
      <FormError message={props.error} />
      <Button
        variant="primary"
        className="cp-big-btn"
        data-testid="attempt-submit"
        disabled={disabled}
        onClick={props.onSubmit}
      >
        {submitting ? t('contests.attempt.submitting') : t('contests.attempt.submit')}
      </Button>
    </section>
  );
}
