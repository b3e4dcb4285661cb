import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '../../../../generated/graphql';

export const ROUND_STEPS: readonly RoundStatus[] = ['PROPOSING', 'IN_COUNCIL', 'POSTED', 'DECIDED'];

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge cm-round-status cm-round-status--${status.toLowerCase()}`}>
      {t(`commendation.rounds.status.${status}`)}
    </span>
  );
}

/** PROPOSING → IN_COUNCIL → POSTED → DECIDED, the current step marked. */
export function RoundSteps({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  const current = ROUND_STEPS.indexOf(status);
  return (
    <ol className="cm-steps" aria-label={t('commendation.rounds.steps')} data-testid="round-steps">
      {ROUND_STEPS.map((step, n) => {
        const state = n < current ? 'done' : n === current ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`cm-steps__step cm-steps__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="cm-steps__number" aria-hidden="true">
              {state === 'done' ? '✓' : n + 1}
            </span>
            <span>
              {t(`commendation.rounds.status.${step}`)}
              {state !== 'todo' && (
                <span className="sr-only">
                  {' '}
                  ({t(state === 'done' ? 'commendation.rounds.stepDone' : 'commendation.rounds.stepCurrent')})
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
