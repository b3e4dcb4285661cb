import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CheckboxField } from './checkbox-field';
import { DateField, DateTimeField, isoToLocalInput, localInputToIso } from './date-field';
import { Field } from './field';
import { NumberField, parseNumberDraft } from './number-field';
import { SelectField } from './select-field';
import { TextAreaField } from './text-area-field';
import { TextField } from './text-field';

describe('Field', () => {
  it('labels its control and ties the hint and the error to it', () => {
    render(
      <Field label="Tên" hint="Tối đa 50 ký tự" error="Bắt buộc" required>
        <input />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: /Tên/ });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Tối đa 50 ký tự Bắt buộc');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(screen.getByText('*')).toHaveClass('required');
  });

  it('is not invalid and has no description when there is nothing to say', () => {
    render(<Field label="Tên">{(control) => <input {...control} />}</Field>);
    const input = screen.getByRole('textbox', { name: 'Tên' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('keeps a given id', () => {
    render(
      <Field label="Mã" htmlFor="unit-code">
        <input />
      </Field>,
    );
    expect(screen.getByLabelText('Mã')).toHaveAttribute('id', 'unit-code');
  });
});

describe('TextField and TextAreaField', () => {
  it('reports each keystroke as the new string', async () => {
    const onChange = vi.fn();
    render(<TextField label="Tên" value="" onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Tên'), 'a');
    expect(onChange).toHaveBeenLastCalledWith('a');
  });

  it('lets the page mark the control invalid itself (the message shown elsewhere)', () => {
    render(<TextField label="Tên" value="" onChange={() => {}} aria-invalid />);
    expect(screen.getByRole('textbox', { name: 'Tên' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows its error as the description of the textarea', () => {
    render(<TextAreaField label="Nội dung" value="" onChange={() => {}} error="Quá dài" errorTestId="err" />);
    expect(screen.getByRole('textbox', { name: 'Nội dung' })).toHaveAccessibleDescription('Quá dài');
    expect(screen.getByTestId('err')).toHaveTextContent('Quá dài');
  });
});

function ControlledNumber({ onValue }: { onValue: (v: number | null) => void }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <>
      <NumberField
        label="Số"
        value={value}
        onChange={(v) => {
          setValue(v);
          onValue(v);
        }}
      />
      <button type="button" onClick={() => setValue(7)}>
        seven
      </button>
    </>
  );
}

describe('NumberField', () => {
  it('reads empty, unfinished and comma decimals', () => {
    expect(parseNumberDraft('')).toBeNull();
    expect(parseNumberDraft('-')).toBeNull();
    expect(parseNumberDraft('1,5')).toBe(1.5);
    expect(parseNumberDraft('2.')).toBe(2);
  });

  it('lets a decimal be typed and ignores letters', async () => {
    const onValue = vi.fn();
    render(<ControlledNumber onValue={onValue} />);
    const input = screen.getByLabelText('Số');
    await userEvent.type(input, '1,x5');
    expect(input).toHaveValue('1,5');
    expect(onValue).toHaveBeenLastCalledWith(1.5);
    await userEvent.clear(input);
    expect(onValue).toHaveBeenLastCalledWith(null);
  });

  it('shows a value the page sets', async () => {
    render(<ControlledNumber onValue={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'seven' }));
    expect(screen.getByLabelText('Số')).toHaveValue('7');
  });
});

describe('SelectField', () => {
  it('offers the options and reports the chosen value', async () => {
    const onChange = vi.fn();
    render(
      <SelectField
        label="Độ khó"
        value="EASY"
        onChange={onChange}
        options={[
          { value: 'EASY', label: 'Dễ' },
          { value: 'HARD', label: 'Khó' },
        ]}
      />,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Độ khó' }), 'Khó');
    expect(onChange).toHaveBeenCalledWith('HARD');
  });
});

describe('DateField and DateTimeField', () => {
  it('keeps a calendar date as YYYY-MM-DD', () => {
    render(<DateField label="Ngày" value="2026-03-08T00:00:00.000Z" onChange={() => {}} />);
    expect(screen.getByLabelText('Ngày')).toHaveValue('2026-03-08');
  });

  it('round-trips an instant through the local input', () => {
    const iso = new Date(2026, 2, 8, 9, 30).toISOString();
    expect(localInputToIso(isoToLocalInput(iso))).toBe(iso);
    expect(isoToLocalInput('')).toBe('');
    render(<DateTimeField label="Bắt đầu" value={iso} onChange={() => {}} />);
    expect(screen.getByLabelText('Bắt đầu')).toHaveValue('2026-03-08T09:30');
  });
});

describe('CheckboxField', () => {
  it('is a labelled checkbox reporting checked', async () => {
    const onChange = vi.fn();
    render(<CheckboxField label="Nhân đôi điểm" value={false} onChange={onChange} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Nhân đôi điểm' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
