import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { QuotaBase, QuotaRounding } from '../../../../generated/graphql';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Alert, Button, FormActions, RowListEditor, type RowList } from '../../../../components/ui';
import { SaveCampaignTitlesDocument } from '../../graphql/campaigns.documents';
import { TitleCommendationFormsDocument } from '../../graphql/setup.documents';
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
  const [{ data: formsData }] = useQuery({ query: TitleCommendationFormsDocument });
  const forms = (formsData?.commendationForms ?? []).filter((f) => f.recipientKind === 'COLLECTIVE');

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
          renderRow={(row, n, list) => <TitleRowFields row={row} n={n} list={list} forms={forms} />}
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

interface FormOption {
  id: string;
  name: string;
}

function TitleRowFields({
  row: r,
  n,
  list,
  forms,
}: {
  row: TitleRow;
  n: number;
  list: RowList<TitleRow>;
  forms: readonly FormOption[];
}) {
  const { t } = useTranslation();
  const number = (key: 'minTotal' | 'floor' | 'quota' | 'quotaMinimum', label: string, placeholder?: string) => (
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
      <select
        aria-label={t('commendation.proposals.titleForm.label')}
        value={r.formId}
        onChange={(e) => list.update(n, { formId: e.target.value })}
      >
        <option value="">{t('commendation.proposals.titleForm.none')}</option>
        {r.formId && !forms.some((f) => f.id === r.formId) && (
          <option value={r.formId}>{t('commendation.proposals.titleForm.unknown')}</option>
        )}
        {forms.map((f) => (
          <option key={f.id} value={f.id}>
            {t('commendation.proposals.titleForm.option', { name: f.name })}
          </option>
        ))}
      </select>
      {r.quota.trim() && (
        <>
          <select
            aria-label={t('campaigns.setup.quotaBase')}
            value={r.quotaBase}
            onChange={(e) => list.update(n, { quotaBase: e.target.value as QuotaBase })}
          >
            {(['LOWER_TITLE', 'BLOCK_UNITS', 'WARD_UNITS'] as const).map((b) => (
              <option key={b} value={b}>
                {t(`campaigns.setup.quotaBaseOf.${b}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('campaigns.setup.quotaRounding')}
            value={r.quotaRounding}
            onChange={(e) => list.update(n, { quotaRounding: e.target.value as QuotaRounding })}
          >
            {(['FLOOR', 'ROUND', 'CEIL'] as const).map((b) => (
              <option key={b} value={b}>
                {t('campaigns.setup.quotaRounding')}: {t(`campaigns.setup.quotaRoundingOf.${b}`)}
              </option>
            ))}
          </select>
          {number('quotaMinimum', t('campaigns.setup.quotaMinimum'))}
          <p className="muted cmp-titles__rule" data-testid={`title-quota-rule-${n}`}>
            {quotaRuleText(t, r, list.items[n + 1]?.name)}
          </p>
        </>
      )}
    </div>
  );
}

/** The quota rule in words: "tối đa 20 % số đơn vị đạt danh hiệu … (làm tròn xuống), tối thiểu 1". */
function quotaRuleText(t: TFunction, r: TitleRow, lower: string | undefined): string {
  const args = {
    percent: r.quota.trim(),
    rounding: t(`campaigns.setup.quotaRoundingOf.${r.quotaRounding}`),
    minimum: r.quotaMinimum.trim() || '1',
  };
  if (r.quotaBase === 'LOWER_TITLE' && lower?.trim()) return t('campaigns.setup.quotaRuleLower', { ...args, lower });
  return t('campaigns.setup.quotaRule', { ...args, base: t(`campaigns.setup.quotaBaseOf.${r.quotaBase}`) });
}
