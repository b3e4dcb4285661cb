import { compareVietnamese, matchesSearch } from '@thidua/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Button, EmptyState, FormActions, SelectField, TextField } from '../../../../components/ui';
import { AddCampaignBlockDocument, CampaignUnitsDocument } from '../../graphql/campaigns.documents';
import { campaignErrorText, type CampaignData } from '../../utils/campaign-model';
import { BlockSettings } from './block-settings';
import { ReviewerScopes } from './reviewer-scopes';
import type { SetupSectionProps } from './setup-section-props';

/** The blocks (khối thi đua) and their units; added while a draft, each unit in one block only. */
export function BlocksSection({ campaign, onSaved }: SetupSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="card cmp-section" aria-labelledby="blocks-title">
      <h2 id="blocks-title">{t('campaigns.blocks.title')}</h2>
      {campaign.blocks.length === 0 ? (
        <EmptyState>{t('campaigns.blocks.empty')}</EmptyState>
      ) : (
        <ul className="cmp-plain-list">
          {campaign.blocks.map((b) => (
            <li key={b.id}>
              <strong>{b.name}</strong> ({t('campaigns.blocks.unitCount', { count: b.units.length })})
              {b.leaderUnit && <> · {t('campaigns.blocks.leader', { name: b.leaderUnit.name })}</>}
              <div>
                {b.units.map((u) => (
                  <span key={u.id} className="chip">
                    {u.name}
                  </span>
                ))}
              </div>
              <BlockSettings
                key={`${b.criteriaSetId}-${b.leaderUnit?.id ?? ''}`}
                campaign={campaign}
                block={b}
                onSaved={onSaved}
              />
            </li>
          ))}
        </ul>
      )}
      <ReviewerScopes campaign={campaign} />
      {campaign.status === 'DRAFT' && <AddBlockForm campaign={campaign} onSaved={onSaved} />}
    </section>
  );
}

function AddBlockForm({ campaign, onSaved }: { campaign: CampaignData; onSaved: () => void }) {
  const { t } = useTranslation();
  const [unitsResult] = useQuery({ query: CampaignUnitsDocument });
  const [{ fetching, error }, add] = useMutation(AddCampaignBlockDocument);
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [leader, setLeader] = useState('');
  const [missing, setMissing] = useState(false);
  const taken = useMemo(() => new Set(campaign.blocks.flatMap((b) => b.units.map((u) => u.id))), [campaign]);
  const allUnits = useMemo(() => unitsResult.data?.units ?? [], [unitsResult.data]);
  const units = useMemo(
    () =>
      allUnits
        .filter((u) => u.kind !== 'WARD' && u.kind !== 'GROUP' && u.kind !== 'CLASS' && !taken.has(u.id))
        .filter((u) => !query.trim() || matchesSearch(`${u.name} ${u.code}`, query))
        .sort((a, b) => compareVietnamese(a.name, b.name)),
    [allUnits, taken, query],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || chosen.length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = await add({
      input: { campaignId: campaign.id, name: name.trim(), unitIds: chosen, leaderUnitId: leader || null },
    });
    if (result.data) {
      setName('');
      setChosen([]);
      setLeader('');
      onSaved();
    }
  }

  return (
    <form className="form cmp-inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        <TextField
          id="block-name"
          label={t('campaigns.blocks.name')}
          placeholder={t('campaigns.blocks.namePlaceholder')}
          value={name}
          onChange={setName}
        />
        <SelectField
          id="block-leader"
          label={t('campaigns.blocks.leaderLabel')}
          value={leader}
          onChange={setLeader}
          placeholder={t('campaigns.blocks.noLeader')}
          options={chosen.map((id) => ({ value: id, label: allUnits.find((u) => u.id === id)?.name ?? id }))}
        />
        <div className="field field--wide">
          <label htmlFor="block-units">{t('campaigns.blocks.units', { count: chosen.length })}</label>
          <input
            id="block-units"
            type="search"
            placeholder={t('campaigns.blocks.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <div className="cmp-unit-pick">
            {units.map((u) => (
              <label key={u.id} className="cmp-check">
                <input
                  type="checkbox"
                  checked={chosen.includes(u.id)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? [...c, u.id] : c.filter((x) => x !== u.id)))}
                />
                {u.name} <code>{u.code}</code>
              </label>
            ))}
          </div>
        </div>
      </div>
      <FormError message={missing ? t('campaigns.blocks.missing') : campaignErrorText(t, error)} />
      <FormActions align="start">
        <Button type="submit" disabled={fetching}>
          + {t('campaigns.blocks.add')}
        </Button>
      </FormActions>
    </form>
  );
}
