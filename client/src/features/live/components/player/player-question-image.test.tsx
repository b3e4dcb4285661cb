import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../../../test/render';
import { fakeLiveSocket } from '../../testing/fake-live-socket';
import { liveQuestion, liveState } from '../../testing/live-fixtures';
import { PlayerReveal } from './player-phases';
import { PlayerQuestion } from './player-question';

const HASH = 'abcdefabcdefabcdefabcdefabcdefab';
const IMAGE = {
  src: `/api/question-images/${HASH}/960.webp`,
  srcSet: `/api/question-images/${HASH}/480.webp 480w, /api/question-images/${HASH}/960.webp 960w`,
  alt: 'Bản đồ phường Hải An',
  width: 960,
  height: 720,
};

describe('question images on the phone', () => {
  it('shows the image during the reading time, before any option can be chosen', () => {
    const now = Date.now();
    const question = liveQuestion('SINGLE_CHOICE', {
      image: IMAGE,
      shownAt: now,
      opensAt: now + 4000,
      closesAt: now + 24_000,
    });
    const state = liveState({ phase: 'QUESTION', question });
    renderUi(
      <PlayerQuestion state={state} question={question} socket={fakeLiveSocket(() => ({})).socket} clockOffset={0} />,
    );
    const img = screen.getByRole('img', { name: IMAGE.alt });
    expect(img).toHaveAttribute('srcset', IMAGE.srcSet);
    expect(img).toHaveAttribute('sizes', '100vw');
    expect(screen.getByTestId('player-option-0')).toBeDisabled();
  });

  it('shows it again on the reveal, and nothing when the question has none', () => {
    const question = liveQuestion('SINGLE_CHOICE', { image: IMAGE });
    const reveal = {
      index: 0,
      correctOptionIds: ['opt-a'],
      correctValue: null,
      distribution: { 'opt-a': 1 },
      answered: 1,
      explanation: '',
      sectionTitle: null,
    };
    const { unmount } = renderUi(
      <PlayerReveal state={liveState({ phase: 'REVEAL', question, reveal })} reveal={reveal} />,
    );
    expect(screen.getByRole('img', { name: IMAGE.alt })).toBeInTheDocument();
    unmount();
    const plain = liveQuestion('SINGLE_CHOICE', { image: null });
    renderUi(<PlayerReveal state={liveState({ phase: 'REVEAL', question: plain, reveal })} reveal={reveal} />);
    expect(screen.queryByTestId('question-image')).not.toBeInTheDocument();
  });
});
