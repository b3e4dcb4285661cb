import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions, SelectField, TextAreaField, TextField } from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import {
  ConfirmProposalConditionDocument,
  UpdateCommendationProposalDocument,
  WithdrawCommendationProposalDocument,
} from '../../graphql/rounds.documents';
import type { CheckRow, ProposalRow } from '../../utils/proposal-view';

interface DialogProps {
  proposal: ProposalRow;
  onClose: () => void;
  onDone: () => void;
}

function Actions({
  busy,
  label,
  onClose,
  danger,
}: {
  busy: boolean;
  label: string;
  onClose: () => void;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FormActions>
      <Button variant="ghost" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" variant={danger ? 'danger' : 'primary'} busy={busy} data-testid="proposal-dialog-submit">
        {busy ? t('common.saving') : label}
      </Button>
    </FormActions>
  );
}

/** The achievements and the line under the name. */
export function EditProposalDialog({ proposal, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [{ fetching, error }, update] = useMutation(UpdateCommendationProposalDocument);
  const [achievements, setAchievements] = useState(proposal.achievements);
  const [detail, setDetail] = useState(proposal.recipientDetail);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await update({ input: { id: proposal.id, achievements, recipientDetail: detail } });
    if (result.data) onDone();
  }
  return (
    <Dialog open title={t('commendation.proposals.editTitle', { name: proposal.recipientName })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={errorText(t, error)} />
        <TextField
          id="proposal-detail"
          label={t('commendation.proposals.recipientDetail')}
          value={detail}
          onChange={setDetail}
        />
        <TextAreaField
          id="proposal-achievements"
          label={t('commendation.proposals.achievements')}
          value={achievements}
          onChange={setAchievements}
          rows={5}
        />
        <Actions busy={fetching} label={t('commendation.proposals.save')} onClose={onClose} />
      </form>
    </Dialog>
  );
}

/** Off the list, with the reason (required). */
export function WithdrawProposalDialog({ proposal, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [{ fetching, error }, withdraw] = useMutation(WithdrawCommendationProposalDocument);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    const result = await withdraw({ id: proposal.id, reason: reason.trim() });
    if (result.data) onDone();
  }
  return (
    <Dialog open title={t('commendation.proposals.withdrawTitle', { name: proposal.recipientName })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={missing ? t('commendation.proposals.reasonMissing') : errorText(t, error)} />
        <TextAreaField
          id="proposal-reason"
          label={t('commendation.proposals.reason')}
          value={reason}
          onChange={setReason}
          required
        />
        <Actions busy={fetching} label={t('commendation.proposals.withdrawConfirm')} onClose={onClose} danger />
      </form>
    </Dialog>
  );
}

/** Met or not, with the evidence (required to confirm when the condition asks for it). */
export function ConfirmConditionDialog({ proposal, check, onClose, onDone }: DialogProps & { check: CheckRow }) {
  const { t } = useTranslation();
  const [{ fetching, error }, confirm] = useMutation(ConfirmProposalConditionDocument);
  const [met, setMet] = useState<'yes' | 'no'>(check.met === false ? 'no' : 'yes');
  const [evidence, setEvidence] = useState(check.evidence ?? '');
  const [missing, setMissing] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (check.evidenceRequired && met === 'yes' && !evidence.trim()) {
      setMissing(true);
      return;
    }
    const result = await confirm({
      input: {
        proposalId: proposal.id,
        conditionId: check.conditionId,
        confirmed: met === 'yes',
        evidence: evidence.trim(),
      },
    });
    if (result.data) onDone();
  }
  return (
    <Dialog open title={t('commendation.proposals.confirmTitle')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <p>
          <strong>{proposal.recipientName}</strong>: {check.label}
        </p>
        <FormError message={missing ? t('commendation.proposals.evidenceMissing') : errorText(t, error)} />
        <SelectField
          id="condition-met"
          label={t('commendation.proposals.confirm')}
          value={met}
          onChange={setMet}
          options={[
            { value: 'yes', label: t('commendation.proposals.confirmMet') },
            { value: 'no', label: t('commendation.proposals.confirmNotMet') },
          ]}
        />
        <TextAreaField
          id="condition-evidence"
          label={t('commendation.proposals.evidence')}
          hint={check.evidenceRequired ? t('commendation.proposals.evidenceRequired') : undefined}
          value={evidence}
          onChange={setEvidence}
          required={check.evidenceRequired && met === 'yes'}
        />
        <Actions busy={fetching} label={t('commendation.proposals.save')} onClose={onClose} />
      </form>
    </Dialog>
  );
}
