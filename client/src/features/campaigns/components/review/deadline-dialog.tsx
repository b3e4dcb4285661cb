import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, DateTimeField, FormActions, TextAreaField } from '../../../../components/ui';
import { ExtendPeriodDeadlineDocument, ExtendUnitDeadlineDocument } from '../../graphql/sheet-workflow.documents';
import { campaignErrorText, type SheetData } from '../../utils/campaign-model';
import { formatWhen } from '../../utils/sheet-workflow';

type Target =
  | { kind: 'unit'; sheet: SheetData; onDone: (next: SheetData) => void }
  | { kind: 'period'; periodId: string; periodName: string; current: string; onDone: () => void };

/** Extends one unit's deadline, or a whole period's, to a later moment with a reason (audited, the units are told). */
export function DeadlineDialog({ target, onClose }: { target: Target; onClose: () => void }) {
  const { t } = useTranslation();
  const current = target.kind === 'unit' ? target.sheet.effectiveDeadline : target.current;
  const [deadline, setDeadline] = useState(() =>
    new Date(Math.max(Date.now(), Date.parse(current)) + 3 * 86_400_000).toISOString(),
  );
  const [reason, setReason] = useState('');
  const [unitState, extendUnit] = useMutation(ExtendUnitDeadlineDocument);
  const [periodState, extendPeriod] = useMutation(ExtendPeriodDeadlineDocument);
  const later = Boolean(deadline) && Date.parse(deadline) > Date.parse(current);

  async function confirm() {
    const input = { newDeadline: deadline, reason: reason.trim() };
    if (target.kind === 'unit') {
      const result = await extendUnit({ input: { ...input, sheetId: target.sheet.id } });
      if (result.data) target.onDone(result.data.extendUnitDeadline);
    } else {
      const result = await extendPeriod({ input: { ...input, periodId: target.periodId } });
      if (result.data) target.onDone();
    }
  }

  return (
    <Dialog
      open
      title={
        target.kind === 'unit'
          ? t('campaigns.review.extendTitle', { unit: target.sheet.unit.name })
          : t('campaigns.review.extendPeriodTitle', { period: target.periodName })
      }
      onClose={onClose}
      testId="deadline-dialog"
    >
      <p>{t('campaigns.review.currentDeadline', { date: formatWhen(current) })}</p>
      <DateTimeField
        id="deadline-new"
        data-testid="deadline-new"
        label={t('campaigns.review.newDeadline')}
        required
        value={deadline}
        onChange={setDeadline}
        error={deadline && !later ? t('campaigns.errors.INVALID_DEADLINE') : undefined}
      />
      <TextAreaField
        id="deadline-reason"
        data-testid="deadline-reason"
        label={t('campaigns.review.extendReason')}
        required
        rows={3}
        value={reason}
        onChange={setReason}
      />
      <FormError message={campaignErrorText(t, unitState.error ?? periodState.error)} />
      <FormActions>
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="primary"
          data-testid="deadline-confirm"
          disabled={!later || !reason.trim() || unitState.fetching || periodState.fetching}
          onClick={() => void confirm()}
        >
          {t('campaigns.review.extendConfirm')}
        </Button>
      </FormActions>
    </Dialog>
  );
}
