import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Alert, Button, FormActions, RowListEditor, type RowList } from '../../../../components/ui';
import { SaveCampaignTitlesDocument } from '../../graphql/campaigns.documents';
import { campaignErrorText } from '../../utils/campaign-model';
import { emptyTitleRow, titleInputs, titleRowsOf, type TitleRow } from '../../utils/title-rows';
import type { SetupSectionProps } from './setup-section-props';

/** The titles (danh hiệu), highest first, each with its minimum total, group floor and quota. */
export function TitlesSection({ campaign, onSaved }: SetupSectionProps) {
  const { t } = useTranslation();
  const [{ fetching, error }, save] = useMutation(SaveCampaignTitlesDocument);
  const [rows, setRows] = useState<TitleRow[]>(() => titleRowsOf(campaign));
  const [bad, setBad] = useState(false);
  const [saved, setSaved] = useState(false);
  const locked = campaign.periods.some((p) => p.publishedAt);

  const change = (next: TitleRow[]) => {
    setSaved(false);
    setRows(next);
  };

  async function submit() {
    const titles = titleInputs(rows);
    setBad(titles === null);
    if (titles === null) return;
    const result = await save({ input: { campaignId: campaign.id, titles } });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  }

  return (
    <section className="card cmp-section" aria-labelledby="titles-title">
      <h2 id="titles-title">{t('campaigns.titles.title')}</h2>
      <p className="muted">{t('campaigns.titles.lead')}</p>
      <fieldset disabled={locked} className="cmp-titles">
        <RowListEditor
          items={rows}
          onChange={change}
          create={emptyTitleRow}
          rowName={t('campaigns.titles.rowName')}
          addLabel={t('campaigns.titles.add')}
          empty={t('campaigns.titles.empty')}
          reorderable={false}
          disabled={locked}
          renderRow={(row, n, list) => <TitleRowFields row={row} n={n} list={list} />}
        />
      </fieldset>
      {locked && <p className="field__hint">{t('campaigns.titles.locked')}</p>}
      <FormError message={bad ? t('campaigns.titles.bad') : campaignErrorText(t, error)} />
      {saved && <Alert tone="success">{t('campaigns.titles.saved')}</Alert>}
      {!locked && (
        <FormActions align="start">
          <Button variant="primary" disabled={fetching} onClick={() => void submit()}>
            {fetching ? t('common.saving') : t('campaigns.titles.save')}
          </Button>
        </FormActions>
      )}
    </section>
  );
}

function TitleRowFields({ row: r, n, list }: { row: TitleRow; n: number; list: RowList<TitleRow> }) {
  const { t } = useTranslation();
  const number = (key: 'minTotal' | 'floor' | 'quota', label: string, placeholder?: string) => (
    <label className="cmp-tree__num">
      <span>{label}</span>
      <input
        inputMode="decimal"
        placeholder={placeholder}
        value={r[key]}
        onChange={(e) => list.update(n, { [key]: e.target.value })}
      />
    </label>
  );
  return (
    <div className="cmp-titles__row">
      <span className="badge">{n + 1}</span>
      <input
        aria-label={t('campaigns.titles.name')}
        placeholder={t('campaigns.titles.namePlaceholder')}
        value={r.name}
        onChange={(e) => list.update(n, { name: e.target.value })}
      />
      {number('minTotal', t('campaigns.titles.minTotal'))}
      {number('floor', t('campaigns.titles.floor'), '—')}
      {number('quota', t('campaigns.titles.quota'), '—')}
    </div>
  );
}
