import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { BoardSettingsFields } from './setup/board-settings-fields';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Button, FormActions, SelectField, TextAreaField, TextField } from '../../../components/ui';
import type { TieRuleKind } from '../../../generated/graphql';
import { CreateCampaignDocument } from '../graphql/campaigns.documents';
import { campaignErrorText } from '../utils/campaign-model';

/** A new campaign: its title, scale and rules; the setup page opens once it is created. */
export function CreateCampaignDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ fetching, error }, create] = useMutation(CreateCampaignDocument);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [totalPoints, setTotalPoints] = useState('100');
  const [tieRule, setTieRule] = useState<TieRuleKind>('SHARED');
  const [boardEnabled, setBoardEnabled] = useState(true);
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const total = Number(totalPoints.replace(',', '.'));
    if (!title.trim() || !(total > 0)) {
      setMissing(true);
      return;
    }
    const result = await create({
      input: {
        title: title.trim(),
        description: description.trim(),
        totalPoints: total,
        tieRule: { kind: tieRule === 'TIEBREAK_INDICATORS' ? 'SHARED' : tieRule },
        boardEnabled,
      },
    });
    if (result.data) void navigate(`/campaigns/${result.data.createCampaign.id}`);
  }

  return (
    <Dialog open title={t('campaigns.create')} onClose={onClose} testId="campaign-create-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={missing ? t('campaigns.form.missing') : campaignErrorText(t, error)} />
        <TextField
          id="cmp-title"
          data-testid="campaign-title"
          label={t('campaigns.form.title')}
          value={title}
          onChange={setTitle}
        />
        <TextAreaField
          id="cmp-desc"
          label={t('campaigns.form.description')}
          value={description}
          onChange={setDescription}
        />
        <div className="form-grid">
          <TextField
            id="cmp-total"
            inputMode="decimal"
            label={t('campaigns.form.totalPoints')}
            value={totalPoints}
            onChange={setTotalPoints}
          />
          <SelectField
            id="cmp-tie"
            label={t('campaigns.form.tieRule')}
            hint={t('campaigns.form.tieRuleHint')}
            value={tieRule}
            onChange={setTieRule}
            options={(['SHARED', 'DENSE'] as const).map((v) => ({ value: v, label: t(`campaigns.tieRule.${v}`) }))}
          />
          <BoardSettingsFields boardEnabled={boardEnabled} onBoardEnabledChange={setBoardEnabled} />
        </div>
        <FormActions>
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={fetching} data-testid="campaign-create-submit">
            {fetching ? t('common.saving') : t('campaigns.form.create')}
          </Button>
        </FormActions>
      </form>
    </Dialog>
  );
}
