import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Button, DateField, FormActions, TextField } from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import { todayInput } from '../../utils/council-view';

export interface DecisionValues {
  decisionNumber: string;
  decisionDate: string;
  signerAuthority: string;
  signerCapacity: string;
  signerTitle: string;
  signerName: string;
}

interface Props {
  initial: Omit<DecisionValues, 'decisionNumber' | 'decisionDate'>;
  disabled: boolean;
  busy: boolean;
  error: CombinedError | undefined;
  onSubmit: (values: DecisionValues) => void;
}

const REQUIRED = ['decisionNumber', 'decisionDate', 'signerAuthority', 'signerTitle', 'signerName'] as const;

/** The chairman's decision as issued: số/ký hiệu, ngày, the signature block. */
export function DecisionForm({ initial, disabled, busy, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [v, setV] = useState<DecisionValues>({ decisionNumber: '', decisionDate: todayInput(), ...initial });
  const [tried, setTried] = useState(false);
  const set = (field: keyof DecisionValues) => (value: string) => setV((old) => ({ ...old, [field]: value }));
  const missing = (field: keyof DecisionValues) =>
    tried && (REQUIRED as readonly string[]).includes(field) && !v[field].trim()
      ? t('commendation.decision.required')
      : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (REQUIRED.some((f) => !v[f].trim())) return;
    onSubmit(v);
  }

  return (
    <form className="card" onSubmit={submit} noValidate data-testid="decision-form">
      <h3>{t('commendation.decision.form')}</h3>
      <fieldset disabled={disabled} className="cm-fieldset">
        <div className="cm-grid">
          <TextField
            label={t('commendation.decision.number')}
            value={v.decisionNumber}
            onChange={set('decisionNumber')}
            required
            placeholder="12/QĐ-UBND"
            error={missing('decisionNumber')}
          />
          <DateField
            label={t('commendation.decision.date')}
            value={v.decisionDate}
            onChange={set('decisionDate')}
            required
            max={todayInput()}
            error={missing('decisionDate')}
          />
          <TextField
            label={t('commendation.decision.signerAuthority')}
            value={v.signerAuthority}
            onChange={set('signerAuthority')}
            required
            placeholder="TM. ỦY BAN NHÂN DÂN"
            error={missing('signerAuthority')}
          />
          <TextField
            label={t('commendation.decision.signerCapacity')}
            value={v.signerCapacity}
            onChange={set('signerCapacity')}
            placeholder="KT. CHỦ TỊCH"
          />
          <TextField
            label={t('commendation.decision.signerTitle')}
            value={v.signerTitle}
            onChange={set('signerTitle')}
            required
            placeholder="CHỦ TỊCH"
            error={missing('signerTitle')}
          />
          <TextField
            label={t('commendation.decision.signerName')}
            value={v.signerName}
            onChange={set('signerName')}
            required
            error={missing('signerName')}
          />
        </div>
      </fieldset>
      <FormError message={errorText(t, error)} />
      <FormActions>
        <Button type="submit" variant="primary" busy={busy} disabled={disabled} data-testid="decision-submit">
          {t('commendation.decision.submit')}
        </Button>
      </FormActions>
    </form>
  );
}
