import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions } from '../../../../components/ui';
import type { SheetStatus } from '../../../../generated/graphql';
import { PublishCampaignPeriodDocument } from '../../graphql/campaigns.documents';
import { campaignErrorText } from '../../utils/campaign-model';

interface PublishDialogProps {
  periodId: string;
  periodName: string;
  total: number;
  notApproved: readonly { id: string; unit: { name: string }; status: SheetStatus }[];
  onClose: () => void;
  onDone: () => void;
}

/** Publishing is final: confirmed twice, and refused up front when a sheet is not approved. */
export function PublishDialog({ periodId, periodName, total, notApproved, onClose, onDone }: PublishDialogProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<1 | 2>(1);
  return (
    <Dialog open title={t('campaigns.publish.title', { period: periodName })} onClose={onClose} testId="publish-dialog">
      {notApproved.length > 0 ? (
        <>
          <div className="alert alert-error">
            <strong>{t('campaigns.publish.notReady', { count: notApproved.length })}</strong>
            <ul>
              {notApproved.map((s) => (
                <li key={s.id}>
                  {s.unit.name} — {t(`campaigns.sheetStatus.${s.status}`)}
                </li>
              ))}
            </ul>
          </div>
          <FormActions>
            <Button variant="ghost" onClick={onClose}>
              {t('common.close')}
            </Button>
          </FormActions>
        </>
      ) : step === 1 ? (
        <>
          <p>{t('campaigns.publish.step1', { count: total })}</p>
          <FormActions>
            <Button variant="ghost" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button variant="primary" data-testid="publish-next" onClick={() => setStep(2)}>
              {t('campaigns.publish.next')}
            </Button>
          </FormActions>
        </>
      ) : (
        <PublishFinalStep periodId={periodId} onClose={onClose} onDone={onDone} />
      )}
    </Dialog>
  );
}

/** The second confirmation: "I understand this cannot be undone", then publish. */
function PublishFinalStep({
  periodId,
  onClose,
  onDone,
}: {
  periodId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [understood, setUnderstood] = useState(false);
  const [{ fetching, error }, publish] = useMutation(PublishCampaignPeriodDocument);

  async function submit() {
    const result = await publish({ periodId });
    if (result.data) onDone();
  }

  return (
    <>
      <div className="alert alert-error">
        <strong>{t('campaigns.publish.finalTitle')}</strong> {t('campaigns.publish.finalBody')}
      </div>
      <label className="cmp-check">
        <input
          type="checkbox"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
          data-testid="publish-understood"
        />
        {t('campaigns.publish.understood')}
      </label>
      <FormError message={campaignErrorText(t, error)} />
      <FormActions>
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          data-testid="publish-confirm"
          disabled={!understood || fetching}
          onClick={() => void submit()}
        >
          {t('campaigns.publish.confirm')}
        </Button>
      </FormActions>
    </>
  );
}
