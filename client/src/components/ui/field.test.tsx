import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CheckboxField } from './checkbox-field';
import { DateField, DateTimeField, MonthField, isoToLocalInput, localInputToIso } from './date-field';
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
  function DateHarness({
    initial,
    onChange,
    Component = DateField,
    label = 'Ngày',
  }: {
    initial: string;
    onChange: (value: string) => void;
    Component?: typeof DateField;
    label?: string;
  }) {
    const [value, setValue] = useState(initial);
    return (
      <Component
        label={label}
        value={value}
        onChange={(next) => {
          onChange(next);
          setValue(next);
        }}
      />
    );
  }

  it('shows a calendar date as dd/mm/yyyy in a numeric text input and reads one back as YYYY-MM-DD', async () => {
    const onChange = vi.fn();
    render(<DateHarness initial="2026-03-08T00:00:00.000Z" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Ngày' });
    expect(input).toHaveValue('08/03/2026');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await userEvent.clear(input);
    await userEvent.type(input, '9/4/2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-04-09');
    await userEvent.tab();
    expect(input).toHaveValue('09/04/2027');
  });

  it('reads the digits alone that a phone keypad can type', async () => {
    const onChange = vi.fn();
    render(<DateHarness initial="" onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Ngày'), '31122026');
    expect(onChange).toHaveBeenLastCalledWith('2026-12-31');
  });

  it('flags a day that does not exist, keeps the last date and shows it again on leaving', async () => {
    const onChange = vi.fn();
    render(<DateHarness initial="2026-03-08" onChange={onChange} />);
    const input = screen.getByLabelText('Ngày');
    await userEvent.clear(input);
    expect(onChange).toHaveBeenLastCalledWith('');
    onChange.mockClear();
    await userEvent.type(input, '30/02/2027');
    expect(onChange).not.toHaveBeenCalledWith(expect.stringMatching(/^2027-02/u));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Nhập ngày dạng ngày/tháng/năm, ví dụ 07/12/2026.');
    await userEvent.tab();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('clears an optional date when its text is emptied', async () => {
    const onChange = vi.fn();
    render(<DateHarness initial="2026-03-08" onChange={onChange} />);
    await userEvent.clear(screen.getByLabelText('Ngày'));
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(screen.getByLabelText('Ngày')).not.toHaveAttribute('aria-invalid');
  });

  it('keeps the page error when the text is a date', () => {
    render(<DateField label="Ngày" value="" onChange={() => {}} error="Bắt buộc" required />);
    const input = screen.getByLabelText(/Ngày/u);
    expect(input).toHaveAccessibleDescription('Bắt buộc');
    expect(input).toHaveAttribute('aria-required', 'true');
  });

  it('flags a date outside its bounds in dd/mm/yyyy but still hands it to the form', () => {
    const onChange = vi.fn();
    render(<DateField label="Ngày" value="2026-12-31" onChange={onChange} min="2026-01-01" max="2026-06-30" />);
    const input = screen.getByLabelText('Ngày');
    expect(input).not.toHaveAttribute('max');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Ngày phải trong khoảng 01/01/2026 – 30/06/2026.');
  });

  it('shows a month as mm/yyyy and reads one back as YYYY-MM', async () => {
    const onChange = vi.fn();
    render(<DateHarness Component={MonthField} label="Tháng" initial="2026-04" onChange={onChange} />);
    const input = screen.getByLabelText('Tháng');
    expect(input).toHaveValue('04/2026');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    await userEvent.clear(input);
    await userEvent.type(input, '13/2026');
    expect(input).toHaveAccessibleDescription('Nhập tháng dạng tháng/năm, ví dụ 12/2026.');
    await userEvent.clear(input);
    await userEvent.type(input, '9/2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-09');
  });

  it('holds an instant as ISO and shows it as dd/mm/yyyy hh:mm in local time', async () => {
    const iso = new Date(2026, 2, 8, 9, 30).toISOString();
    expect(localInputToIso(isoToLocalInput(iso))).toBe(iso);
    expect(isoToLocalInput('')).toBe('');
    const onChange = vi.fn();
    render(<DateHarness Component={DateTimeField} label="Bắt đầu" initial={iso} onChange={onChange} />);
    const input = screen.getByLabelText('Bắt đầu');
    expect(input).toHaveValue('08/03/2026 09:30');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    await userEvent.clear(input);
    await userEvent.type(input, '01/04/2026 17:05');
    expect(onChange).toHaveBeenLastCalledWith(new Date(2026, 3, 1, 17, 5).toISOString());
  });

  it('flags an hour that does not exist with the date-time message', async () => {
    render(<DateTimeField label="Bắt đầu" value="" onChange={() => {}} />);
    const input = screen.getByLabelText('Bắt đầu');
    await userEvent.type(input, '01/04/2026 25:00');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Nhập ngày giờ dạng ngày/tháng/năm giờ:phút, ví dụ 07/12/2026 08:00.');
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
