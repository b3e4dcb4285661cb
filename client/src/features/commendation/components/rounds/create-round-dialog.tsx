import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions, SelectField, TextField } from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import { CreateCommendationRoundDocument, RoundCampaignsDocument } from '../../graphql/rounds.documents';

/** A new round: its name and year, and the campaign period its collectives come from (or none). */
export function CreateRoundDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: RoundCampaignsDocument });
  const [{ fetching, error }, create] = useMutation(CreateCommendationRoundDocument);
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [campaignId, setCampaignId] = useState('');
  const [periodId, setPeriodId] = useState('');
  const [missing, setMissing] = useState(false);
  const campaigns = (data?.campaigns ?? []).filter((c) => c.status !== 'DRAFT');
  const periods = campaigns.find((c) => c.id === campaignId)?.periods ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const y = Number(year);
    if (!name.trim() || !Number.isInteger(y) || y < 2000 || y > 2100) {
      setMissing(true);
      return;
    }
    const result = await create({
      input: { name: name.trim(), year: y, campaignId: campaignId || null, periodId: periodId || null },
    });
    if (result.data) void navigate(`/commendation/rounds/${result.data.createCommendationRound.id}`);
  }

  return (
    <Dialog open title={t('commendation.rounds.create')} onClose={onClose} testId="round-create-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={missing ? t('commendation.rounds.missing') : errorText(t, error)} />
        <TextField
          id="round-name"
          label={t('commendation.rounds.name')}
          placeholder={t('commendation.rounds.namePlaceholder')}
          value={name}
          onChange={setName}
          required
        />
        <div className="form-grid">
          <SelectField
            id="round-campaign"
            label={t('commendation.rounds.campaign')}
            value={campaignId}
            onChange={(v) => {
              setCampaignId(v);
              setPeriodId('');
            }}
            placeholder={t('commendation.rounds.campaignNone')}
            options={campaigns.map((c) => ({ value: c.id, label: c.title }))}
          />
          {campaignId && (
            <SelectField
              id="round-period"
              label={t('commendation.rounds.period')}
              value={periodId}
              onChange={setPeriodId}
              placeholder={t('commendation.rounds.periodNone')}
              options={periods.map((p) => ({
                value: p.id,
                label: p.publishedAt ? t('commendation.rounds.periodPublished', { name: p.name }) : p.name,
              }))}
            />
          )}
          <TextField
            id="round-year"
            inputMode="numeric"
            label={t('commendation.rounds.year')}
            value={year}
            onChange={setYear}
            required
          />
        </div>
        <FormActions>
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={fetching} data-testid="round-create-submit">
            {fetching ? t('common.saving') : t('commendation.rounds.submit')}
          </Button>
        </FormActions>
      </form>
    </Dialog>
  );
}
