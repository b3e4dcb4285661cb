import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions, SelectField, TextAreaField } from '../../../../components/ui';
import type { SheetMark } from '../../../../generated/graphql';
import { MarkScoreSheetDocument, UnmarkScoreSheetDocument } from '../../graphql/sheet-workflow.documents';
import { campaignErrorText, type SheetData } from '../../utils/campaign-model';

/**
 * Marks a sheet không nộp / không xét with the reason its unit will read (it leaves the
 * ranking and publishing no longer waits for it), or takes a mark off with a reason.
 */
export function MarkDialog({
  sheet,
  onDone,
  onClose,
}: {
  sheet: SheetData;
  onDone: (next: SheetData) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [mark, setMark] = useState<SheetMark>('NOT_SUBMITTED');
  const [reason, setReason] = useState('');
  const [markState, markSheet] = useMutation(MarkScoreSheetDocument);
  const [unmarkState, unmarkSheet] = useMutation(UnmarkScoreSheetDocument);
  const unmarking = Boolean(sheet.mark);
  const busy = markState.fetching || unmarkState.fetching;

  async function confirm() {
    const why = reason.trim();
    if (!why) return;
    if (unmarking) {
      const result = await unmarkSheet({ input: { sheetId: sheet.id, reason: why } });
      if (result.data) onDone(result.data.unmarkScoreSheet);
    } else {
      const result = await markSheet({ input: { sheetId: sheet.id, mark, reason: why } });
      if (result.data) onDone(result.data.markScoreSheet);
    }
  }

  return (
    <Dialog
      open
      title={
        unmarking
          ? t('campaigns.review.unmarkTitle', { unit: sheet.unit.name })
          : t('campaigns.review.markTitle', { unit: sheet.unit.name })
      }
      onClose={onClose}
      testId="mark-dialog"
    >
      {!unmarking && (
        <>
          <SelectField<SheetMark>
            id="mark-kind"
            data-testid="mark-kind"
            label={t('campaigns.review.markKind')}
            value={mark}
            onChange={setMark}
            options={[
              { value: 'NOT_SUBMITTED', label: t('campaigns.mark.NOT_SUBMITTED') },
              { value: 'NOT_CONSIDERED', label: t('campaigns.mark.NOT_CONSIDERED') },
            ]}
          />
          <p className="muted">{t('campaigns.review.markHelp')}</p>
        </>
      )}
      <TextAreaField
        id="mark-reason"
        data-testid="mark-reason"
        label={unmarking ? t('campaigns.review.unmarkReason') : t('campaigns.review.markReason')}
        required
        rows={3}
        value={reason}
        onChange={setReason}
      />
      <FormError message={campaignErrorText(t, markState.error ?? unmarkState.error)} />
      <FormActions>
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          variant={unmarking ? 'primary' : 'danger'}
          data-testid="mark-confirm"
          disabled={!reason.trim() || busy}
          onClick={() => void confirm()}
        >
          {unmarking ? t('campaigns.review.unmark') : t('campaigns.review.markConfirm')}
        </Button>
      </FormActions>
    </Dialog>
  );
}
