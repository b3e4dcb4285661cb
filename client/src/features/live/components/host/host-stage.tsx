import type { LiveStateView } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { CorrectAnswer } from '../common/correct-answer';
import { DistributionChart } from '../common/distribution-chart';
import { PlayerRanking, UnitRanking } from '../common/leaderboard-lists';
import { UnitFormula } from '../common/unit-formula';
import { HostLobby } from './host-lobby';
import { HostQuestion } from './host-question';
import { HostResults } from './host-results';

const NO_RANKS: ReadonlyMap<string, number> = new Map();

interface Props {
  state: LiveStateView;
  clockOffset: number;
  gameId: string;
  onRemove: (playerId: string) => void;
}

/** What the host sees for the phase: lobby, question, reveal, leaderboard or final results. */
export function HostStage({ state, clockOffset, gameId, onRemove }: Props) {
  const { t } = useTranslation();
  switch (state.phase) {
    case 'LOBBY':
      return <HostLobby state={state} gameId={gameId} onRemove={onRemove} />;
    case 'QUESTION':
      return state.question ? <HostQuestion state={state} question={state.question} clockOffset={clockOffset} /> : null;
    case 'REVEAL':
      return state.reveal ? (
        <div className="card host-stage">
          {state.question && <h2>{state.question.prompt}</h2>}
          <DistributionChart question={state.question} reveal={state.reveal} testId="host-distribution" />
          <h3>{t('live.correctAnswer')}</h3>
          <CorrectAnswer question={state.question} reveal={state.reveal} />
          {state.reveal.explanation && <p>{state.reveal.explanation}</p>}
          {state.reveal.sectionTitle && (
            <p className="muted">{t('live.section', { title: state.reveal.sectionTitle })}</p>
          )}
        </div>
      ) : null;
    case 'LEADERBOARD':
      return state.leaderboard ? (
        <div className="card host-stage host-board">
          <section>
            <h2>{t('live.topPlayers')}</h2>
            <PlayerRanking
              rows={state.leaderboard.topPlayers}
              previous={NO_RANKS}
              animationKey={state.leaderboard.afterQuestion}
            />
          </section>
          <section>
            <h2>{t('live.unitRanking')}</h2>
            <UnitFormula aggregation={state.leaderboard.unitAggregation} />
            <UnitRanking rows={state.leaderboard.units} animationKey={state.leaderboard.afterQuestion} />
          </section>
        </div>
      ) : null;
    case 'ENDED':
      return <HostResults gameId={gameId} />;
  }
}
