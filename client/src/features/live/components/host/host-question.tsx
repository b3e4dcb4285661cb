import type { LiveQuestionView, LiveStateView } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { OptionMark, optionTone } from '../../../../components/option-mark';
import { formatNumber } from '../../../../lib/format';
import { questionClock, useServerNow } from '../../hooks/use-server-now';
import { CountdownRing } from '../common/countdown-ring';

interface Props {
  state: LiveStateView;
  question: LiveQuestionView;
  clockOffset: number;
}

/** The open question on the host's console: prompt, countdown, how many have answered, the options. */
export function HostQuestion({ state, question, clockOffset }: Props) {
  const { t, i18n } = useTranslation();
  const now = useServerNow(clockOffset, !state.paused, 250);
  const clock = questionClock(question, state.paused ? state.serverTime : now);
  const players = state.lobby.players;
  return (
    <div className="card host-stage host-question">
      <div className="host-question__top">
        <h2 className="host-question__prompt">{question.prompt}</h2>
        <CountdownRing clock={clock} paused={state.paused} testId="host-countdown" />
      </div>
      <p className="host-answer-count" data-testid="host-answer-count" data-answered={state.answeredCount}>
        {t('live.host.answerCount', {
          answered: formatNumber(state.answeredCount, i18n.language),
          players: formatNumber(players, i18n.language),
        })}
      </p>
      <div className="host-answer-bar" aria-hidden="true">
        <span style={{ width: `${players ? Math.min(100, (state.answeredCount / players) * 100) : 0}%` }} />
      </div>
      {question.options.length > 0 && (
        <ul className="host-options">
          {question.options.map((option, index) => (
            <li key={option.id} className={`host-option ${optionTone(index)}`}>
              <OptionMark index={index} size={22} /> {option.text}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t(`live.screen.typeHint.${question.type}`)}</p>
    </div>
  );
}
