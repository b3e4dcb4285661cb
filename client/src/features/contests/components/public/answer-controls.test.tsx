import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { AttemptFieldsFragment } from '../../../../generated/graphql';
import type { DraftResponse } from '../../utils/device-store';
import { AnswerControl } from './answer-controls';

type AttemptQuestion = AttemptFieldsFragment['questions'][number];

const ordering: AttemptQuestion = {
  index: 0,
  type: 'ORDERING',
  prompt: 'Sắp xếp theo thời gian',
  points: 1,
  unit: null,
  image: null,
  options: ['Đại hội XI', 'Đại hội XII', 'Đại hội XIII', 'Đại hội XIV'].map((text, i) => ({ id: `o${i}`, text })),
};

/** The control as the attempt page holds it: the response it last reported is what it shows. */
function Harness({ onChange, disabled = false }: { onChange: (r: DraftResponse) => void; disabled?: boolean }) {
  const [response, setResponse] = useState<DraftResponse | undefined>();
  return (
    <AnswerControl
      question={ordering}
      response={response}
      disabled={disabled}
      onChange={(r) => {
        onChange(r);
        setResponse(r);
      }}
    />
  );
}

const row = (i: number) => screen.getByTestId(`attempt-option-${i}`);

/** A stand-in layout (jsdom has none): each row `height` px below the one before, in DOM order. */
function stackRows(height: number): void {
  for (const li of screen.getAllByRole('listitem')) {
    li.getBoundingClientRect = () => {
      const index = Array.from(li.parentElement?.children ?? []).indexOf(li);
      return DOMRect.fromRect({ x: 0, y: index * height, width: 300, height });
    };
  }
}

describe('contest ordering answer', () => {
  it('a finger drags a row by its handle to a new place, and that order is saved', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    stackRows(70);
    // Middles at 35, 105, 175, 245: the last row dragged up to y = 20 goes first.
    fireEvent.pointerDown(screen.getByTestId('attempt-option-3-grip'), { pointerType: 'touch', pointerId: 7 });
    fireEvent.pointerMove(window, { pointerType: 'touch', pointerId: 7, clientY: 150 });
    expect(within(row(2)).getByText('Đại hội XIV')).toBeInTheDocument();
    fireEvent.pointerMove(window, { pointerType: 'touch', pointerId: 7, clientY: 20 });
    fireEvent.pointerUp(window, { pointerType: 'touch', pointerId: 7 });
    expect(within(row(0)).getByText('Đại hội XIV')).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith({ optionIds: ['o3', 'o0', 'o1', 'o2'] });
  });

  it('keeps the up and down buttons, named for the row, for keyboards and screen readers', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Chuyển “Đại hội XII” lên' }));
    expect(onChange).toHaveBeenLastCalledWith({ optionIds: ['o1', 'o0', 'o2', 'o3'] });
    expect(screen.getByTestId('attempt-option-0-grip')).toHaveAttribute('aria-hidden', 'true');
  });

  it('does not drag once the attempt is locked', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} disabled />);
    stackRows(70);
    fireEvent.pointerDown(screen.getByTestId('attempt-option-0-grip'), { pointerType: 'touch', pointerId: 1 });
    fireEvent.pointerMove(window, { pointerType: 'touch', pointerId: 1, clientY: 250 });
    expect(onChange).not.toHaveBeenCalled();
  });
});
