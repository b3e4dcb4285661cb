import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Button, CheckboxField, FormActions, TextAreaField } from '../../../components/ui';
import { peopleErrorText } from '../utils/people-error-text';

interface ReasonDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  /** A box to tick before the button works, for what cannot be undone. */
  acknowledge?: string;
  busy: boolean;
  error: CombinedError | null | undefined;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  testId: string;
}

/** A confirmation that asks why (the reason goes to the data audit log). */
export function ReasonDialog(props: ReasonDialogProps) {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose} size="sm" testId={props.testId}>
      {props.open && <ReasonForm {...props} />}
    </Dialog>
  );
}

function ReasonForm({
  children,
  confirmLabel,
  busyLabel,
  acknowledge,
  busy,
  error,
  onConfirm,
  onClose,
  testId,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const missing = reason.trim().length < 3;
  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (missing || (acknowledge && !acknowledged)) return;
    onConfirm(reason.trim());
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={peopleErrorText(t, error)} />
      {children}
      <TextAreaField
        id={`${testId}-reason`}
        data-testid={`${testId}-reason`}
        label={t('people.reason.label')}
        hint={t('people.reason.hint')}
        required
        rows={2}
        error={submitted && missing ? t('people.reason.required') : undefined}
        value={reason}
        onChange={setReason}
      />
      {acknowledge && (
        <CheckboxField
          id={`${testId}-ack`}
          data-testid={`${testId}-ack`}
          label={acknowledge}
          value={acknowledged}
          onChange={setAcknowledged}
        />
      )}
      <FormActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="submit"
          variant="danger"
          data-testid={`${testId}-confirm`}
          disabled={busy || (acknowledge !== undefined && !acknowledged)}
        >
          {busy ? busyLabel : confirmLabel}
        </Button>
      </FormActions>
    </form>
  );
}
