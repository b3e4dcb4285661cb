import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../../../test/render';
import { liveQuestion, liveState, liveYou } from '../../testing/live-fixtures';
import { PlayerReveal } from './player-phases';

describe('the reveal on the phone', () => {
  const question = liveQuestion('MULTIPLE_SELECT');
  const [first, second, third] = question.options;
  const reveal = {
    index: 0,
    correctOptionIds: [first.id, second.id],
    correctValue: null,
    distribution: {},
    answered: 1,
    explanation: '',
    sectionTitle: null,
  };

  it('shows the player’s own answer beside the correct one, on a partly right answer too, and the streak', () => {
    const you = liveYou({
      currentAnswer: { optionIds: [first.id, third.id] },
      lastResult: { questionIndex: 0, credit: 0.5, points: 250 },
      streak: 3,
    });
    renderUi(<PlayerReveal state={liveState({ phase: 'REVEAL', question, reveal, you })} reveal={reveal} />);
    expect(screen.getByTestId('player-result')).toHaveAttribute('data-outcome', 'partial');
    const mine = within(screen.getByTestId('player-your-answer'));
    expect(mine.getByText(first.text, { exact: false })).toBeInTheDocument();
    expect(mine.getByText(third.text, { exact: false })).toBeInTheDocument();
    expect(mine.queryByText(second.text, { exact: false })).toBeNull();
    expect(screen.getByTestId('player-streak')).toHaveTextContent('3');
  });

  it('shows no answer for a player who did not answer, and no streak below two', () => {
    const you = liveYou({ lastResult: { questionIndex: 0, credit: 0, points: 0 }, streak: 1 });
    renderUi(<PlayerReveal state={liveState({ phase: 'REVEAL', question, reveal, you })} reveal={reveal} />);
    expect(screen.queryByTestId('player-your-answer')).toBeNull();
    expect(screen.queryByTestId('player-streak')).toBeNull();
  });
});
