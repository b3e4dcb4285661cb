import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QuestionVersionFieldsFragment } from '../../../generated/graphql';
import { renderUi } from '../../../test/render';
import { QuizQuestionBody } from './quiz-question-card';

const version = (overrides: Partial<QuestionVersionFieldsFragment>): QuestionVersionFieldsFragment => ({
  id: 'v1',
  version: 1,
  type: 'ORDERING',
  prompt: 'Sắp xếp các bước?',
  options: [
    { id: 'b', text: 'Quán triệt' },
    { id: 'a', text: 'Học tập' },
  ],
  correctOptionIds: ['a', 'b'],
  numericAnswer: null,
  explanation: 'Học tập rồi quán triệt.',
  keyWithheld: false,
  difficulty: 'EASY',
  tags: [],
  timeLimitSeconds: 20,
  doublePoints: false,
  keepOrder: false,
  points: 1000,
  image: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  publishedAt: '2026-12-01T00:00:00.000Z',
  section: { id: 's1', key: 'II.1', kind: 'CONTENT_GROUP', title: 'Mục II.1', resolutionId: 'r1' },
  ...overrides,
});

describe('QuizQuestionBody', () => {
  it('shows the order and the explanation when the key is readable', () => {
    renderUi(<QuizQuestionBody version={version({})} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1. Học tập', '2. Quán triệt']);
    expect(screen.getByTestId('quiz-question-explanation')).toHaveTextContent('Học tập rồi quán triệt.');
  });

  it('shows no empty explanation line for a question without one', () => {
    renderUi(<QuizQuestionBody version={version({ explanation: '' })} />);
    expect(screen.queryByTestId('quiz-question-explanation')).toBeNull();
    expect(screen.getByTestId('quiz-question-section')).toBeInTheDocument();
  });

  it('says the key is hidden while a contest can draw the question, and still lists the options', () => {
    renderUi(<QuizQuestionBody version={version({ keyWithheld: true, correctOptionIds: [], explanation: '' })} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByTestId('quiz-question-key-withheld')).toHaveTextContent('cuộc thi chưa kết thúc');
    expect(screen.queryByTestId('quiz-question-explanation')).toBeNull();
  });
});
