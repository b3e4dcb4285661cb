import { compareVietnamese, matchesSearch, orderIndicatorTree } from '@thidua/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import type { BoardSource, PeriodKind, TieRuleKind } from '../../../../generated/graphql';
import {
  AddCampaignBlockDocument,
  AddCampaignPeriodDocument,
  CampaignUnitsDocument,
  LaunchCampaignDocument,
  SaveCampaignTitlesDocument,
  UpdateCampaignDocument,
} from '../../graphql/campaigns.documents';
import { campaignErrorText, type CampaignData, parseNumber, toIndicatorDef } from '../../utils/campaign-model';

interface SectionProps {
  campaign: CampaignData;
  onSaved: () => void;
}

/** Board and tie rule: the rules published with the campaign. */
export function RulesSection({ campaign, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [{ fetching, error }, update] = useMutation(UpdateCampaignDocument);
  const [tieKind, setTieKind] = useState<TieRuleKind>(campaign.tieRule.kind);
  const [tieIds, setTieIds] = useState<string[]>(campaign.tieRule.indicatorIds);
  const [boardSource, setBoardSource] = useState<BoardSource>(campaign.boardSource);
  const [boardEnabled, setBoardEnabled] = useState(campaign.boardEnabled);
  const [saved, setSaved] = useState(false);
  const locked = campaign.periods.some((p) => p.publishedAt);
  const leaves = orderIndicatorTree(campaign.indicators.map(toIndicatorDef))
    .map((n) => n.indicator)
    .filter((i) => i.kind !== 'GROUP');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await update({
      input: {
        id: campaign.id,
        boardSource,
        boardEnabled,
        ...(locked
          ? {}
          : { tieRule: { kind: tieKind, indicatorIds: tieKind === 'TIEBREAK_INDICATORS' ? tieIds : null } }),
      },
    });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  }

  return (
    <section className="card cmp-section" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('campaigns.rules.title')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div className="form-grid">
          <fieldset className="field" disabled={locked}>
            <legend>{t('campaigns.form.tieRule')}</legend>
            {(['SHARED', 'DENSE', 'TIEBREAK_INDICATORS'] as const).map((k) => (
              <label key={k} className="cmp-check">
                <input type="radio" name="tie" checked={tieKind === k} onChange={() => setTieKind(k)} />
                {t(`campaigns.tieRule.${k}`)}
              </label>
            ))}
            {tieKind === 'TIEBREAK_INDICATORS' && (
              <div className="cmp-tiebreak">
                <p className="field__hint">{t('campaigns.rules.tiebreakHint')}</p>
                {leaves.map((i) => (
                  <label key={i.id} className="cmp-check">
                    <input
                      type="checkbox"
                      checked={tieIds.includes(i.id)}
                      onChange={(e) =>
                        setTieIds((ids) => (e.target.checked ? [...ids, i.id] : ids.filter((x) => x !== i.id)))
                      }
                    />
                    {tieIds.includes(i.id) && <span className="badge">{tieIds.indexOf(i.id) + 1}</span>}
                    <code>{i.code}</code> {i.title}
                  </label>
                ))}
              </div>
            )}
            {locked && <p className="field__hint">{t('campaigns.rules.locked')}</p>}
          </fieldset>
          <div>
            <div className="field">
              <label htmlFor="rules-board">{t('campaigns.form.boardSource')}</label>
              <select
                id="rules-board"
                value={boardSource}
                onChange={(e) => setBoardSource(e.target.value as BoardSource)}
              >
                <option value="PUBLISHED">{t('campaigns.boardSource.PUBLISHED')}</option>
                <option value="REVIEWED">{t('campaigns.boardSource.REVIEWED')}</option>
              </select>
            </div>
            <label className="cmp-check">
              <input type="checkbox" checked={boardEnabled} onChange={(e) => setBoardEnabled(e.target.checked)} />
              {t('campaigns.form.boardEnabled')}
            </label>
          </div>
        </div>
        <FormError message={campaignErrorText(t, error)} />
        {saved && <div className="alert alert-success">{t('campaigns.rules.saved')}</div>}
        <div className="form-actions form-actions--start">
          <button type="submit" className="btn btn-primary" disabled={fetching}>
            {fetching ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function PeriodsSection({ campaign, onSaved }: SectionProps) {
  const { t, i18n } = useTranslation();
  const [{ fetching, error }, add] = useMutation(AddCampaignPeriodDocument);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PeriodKind>('INTERIM');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [deadline, setDeadline] = useState('');
  const [missing, setMissing] = useState(false);
  const draft = campaign.status === 'DRAFT';
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !startsOn || !endsOn || !deadline) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = await add({
      input: {
        campaignId: campaign.id,
        name: name.trim(),
        kind,
        startsOn,
        endsOn,
        submissionDeadline: new Date(deadline).toISOString(),
      },
    });
    if (result.data) {
      setName('');
      onSaved();
    }
  }

  return (
    <section className="card cmp-section" aria-labelledby="periods-title">
      <h2 id="periods-title">{t('campaigns.periods.title')}</h2>
      {campaign.periods.length === 0 ? (
        <p className="empty">{t('campaigns.periods.empty')}</p>
      ) : (
        <ul className="cmp-plain-list">
          {campaign.periods.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> · {t(`campaigns.periodKind.${p.kind}`)} · {p.startsOn} → {p.endsOn} ·{' '}
              {t('campaigns.periods.deadline', { date: dateTime.format(new Date(p.submissionDeadline)) })}
              {p.publishedAt && (
                <span className="badge cmp-status cmp-status--published">{t('campaigns.periods.published')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {draft && (
        <form className="form cmp-inline-form" onSubmit={(e) => void submit(e)} noValidate>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="period-name">{t('campaigns.periods.name')}</label>
              <input
                id="period-name"
                placeholder={t('campaigns.periods.namePlaceholder')}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="period-kind">{t('campaigns.periods.kind')}</label>
              <select id="period-kind" value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
                <option value="INTERIM">{t('campaigns.periodKind.INTERIM')}</option>
                <option value="FINAL">{t('campaigns.periodKind.FINAL')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="period-start">{t('campaigns.periods.startsOn')}</label>
              <input id="period-start" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="period-end">{t('campaigns.periods.endsOn')}</label>
              <input id="period-end" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="period-deadline">{t('campaigns.periods.deadlineLabel')}</label>
              <input
                id="period-deadline"
                type="datetime-local"
                value={deadline}
                onChange={(e) => setDeadline(e.target.value)}
              />
            </div>
          </div>
          <FormError message={missing ? t('campaigns.form.missing') : campaignErrorText(t, error)} />
          <div className="form-actions form-actions--start">
            <button type="submit" className="btn btn-secondary" disabled={fetching}>
              + {t('campaigns.periods.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

export function BlocksSection({ campaign, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const draft = campaign.status === 'DRAFT';
  const [unitsResult] = useQuery({ query: CampaignUnitsDocument, pause: !draft });
  const [{ fetching, error }, add] = useMutation(AddCampaignBlockDocument);
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [leader, setLeader] = useState('');
  const [missing, setMissing] = useState(false);
  const taken = useMemo(() => new Set(campaign.blocks.flatMap((b) => b.units.map((u) => u.id))), [campaign]);
  const units = useMemo(
    () =>
      [...(unitsResult.data?.units ?? [])]
        .filter((u) => u.kind !== 'WARD' && u.kind !== 'GROUP' && u.kind !== 'CLASS' && !taken.has(u.id))
        .filter((u) => !query.trim() || matchesSearch(`${u.name} ${u.code}`, query))
        .sort((a, b) => compareVietnamese(a.name, b.name)),
    [unitsResult.data, taken, query],
  );
  const allUnits = unitsResult.data?.units ?? [];

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
    <section className="card cmp-section" aria-labelledby="blocks-title">
      <h2 id="blocks-title">{t('campaigns.blocks.title')}</h2>
      {campaign.blocks.length === 0 ? (
        <p className="empty">{t('campaigns.blocks.empty')}</p>
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
            </li>
          ))}
        </ul>
      )}
      {draft && (
        <form className="form cmp-inline-form" onSubmit={(e) => void submit(e)} noValidate>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="block-name">{t('campaigns.blocks.name')}</label>
              <input
                id="block-name"
                placeholder={t('campaigns.blocks.namePlaceholder')}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="block-leader">{t('campaigns.blocks.leaderLabel')}</label>
              <select id="block-leader" value={leader} onChange={(e) => setLeader(e.target.value)}>
                <option value="">{t('campaigns.blocks.noLeader')}</option>
                {chosen.map((id) => (
                  <option key={id} value={id}>
                    {allUnits.find((u) => u.id === id)?.name ?? id}
                  </option>
                ))}
              </select>
            </div>
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
                      onChange={(e) =>
                        setChosen((c) => (e.target.checked ? [...c, u.id] : c.filter((x) => x !== u.id)))
                      }
                    />
                    {u.name} <code>{u.code}</code>
                  </label>
                ))}
              </div>
            </div>
          </div>
          <FormError message={missing ? t('campaigns.blocks.missing') : campaignErrorText(t, error)} />
          <div className="form-actions form-actions--start">
            <button type="submit" className="btn btn-secondary" disabled={fetching}>
              + {t('campaigns.blocks.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

interface TitleRow {
  name: string;
  minTotal: string;
  floor: string;
  quota: string;
}

export function TitlesSection({ campaign, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [{ fetching, error }, save] = useMutation(SaveCampaignTitlesDocument);
  const [rows, setRows] = useState<TitleRow[]>(() =>
    [...campaign.titles]
      .sort((a, b) => a.rankOrder - b.rankOrder)
      .map((x) => ({
        name: x.name,
        minTotal: String(x.minTotal),
        floor: x.groupFloorPercent === null ? '' : String(x.groupFloorPercent),
        quota: x.quotaPercent === null ? '' : String(x.quotaPercent),
      })),
  );
  const [bad, setBad] = useState(false);
  const [saved, setSaved] = useState(false);
  const locked = campaign.periods.some((p) => p.publishedAt);

  const set = (n: number, patch: Partial<TitleRow>) => {
    setSaved(false);
    setRows((rs) => rs.map((r, i) => (i === n ? { ...r, ...patch } : r)));
  };

  async function submit() {
    const titles = rows.map((r) => ({
      name: r.name.trim(),
      minTotal: parseNumber(r.minTotal),
      groupFloorPercent: parseNumber(r.floor),
      quotaPercent: parseNumber(r.quota),
    }));
    const invalid = titles.some(
      (x) =>
        !x.name ||
        x.minTotal === null ||
        Number.isNaN(x.minTotal) ||
        Number.isNaN(x.groupFloorPercent) ||
        Number.isNaN(x.quotaPercent) ||
        (x.groupFloorPercent !== null && (x.groupFloorPercent < 0 || x.groupFloorPercent > 100)) ||
        (x.quotaPercent !== null && (x.quotaPercent <= 0 || x.quotaPercent > 100)),
    );
    setBad(invalid);
    if (invalid) return;
    const result = await save({
      input: { campaignId: campaign.id, titles: titles.map((x) => ({ ...x, minTotal: x.minTotal! })) },
    });
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
        {rows.map((r, n) => (
          <div key={n} className="cmp-titles__row">
            <span className="badge">{n + 1}</span>
            <input
              aria-label={t('campaigns.titles.name')}
              placeholder={t('campaigns.titles.namePlaceholder')}
              value={r.name}
              onChange={(e) => set(n, { name: e.target.value })}
            />
            <label className="cmp-tree__num">
              <span>{t('campaigns.titles.minTotal')}</span>
              <input inputMode="decimal" value={r.minTotal} onChange={(e) => set(n, { minTotal: e.target.value })} />
            </label>
            <label className="cmp-tree__num">
              <span>{t('campaigns.titles.floor')}</span>
              <input
                inputMode="decimal"
                placeholder="—"
                value={r.floor}
                onChange={(e) => set(n, { floor: e.target.value })}
              />
            </label>
            <label className="cmp-tree__num">
              <span>{t('campaigns.titles.quota')}</span>
              <input
                inputMode="decimal"
                placeholder="—"
                value={r.quota}
                onChange={(e) => set(n, { quota: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="btn btn-small btn-danger-text"
              onClick={() => setRows((rs) => rs.filter((_, i) => i !== n))}
            >
              {t('common.delete')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-small btn-ghost"
          onClick={() => setRows((rs) => [...rs, { name: '', minTotal: '', floor: '', quota: '' }])}
        >
          + {t('campaigns.titles.add')}
        </button>
      </fieldset>
      {locked && <p className="field__hint">{t('campaigns.titles.locked')}</p>}
      <FormError message={bad ? t('campaigns.titles.bad') : campaignErrorText(t, error)} />
      {saved && <div className="alert alert-success">{t('campaigns.titles.saved')}</div>}
      {!locked && (
        <div className="form-actions form-actions--start">
          <button type="button" className="btn btn-primary" disabled={fetching} onClick={() => void submit()}>
            {fetching ? t('common.saving') : t('campaigns.titles.save')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Launch, confirmed: what gets locked and how many sheets are created. */
export function LaunchDialog({
  campaign,
  onClose,
  onLaunched,
}: SectionProps & { onClose: () => void; onLaunched: () => void }) {
  const { t } = useTranslation();
  const [{ fetching, error }, launch] = useMutation(LaunchCampaignDocument);
  const units = campaign.blocks.reduce((s, b) => s + b.units.length, 0);
  const leaves = campaign.indicators.filter((i) => i.kind !== 'GROUP').length;
  const sheets = units * campaign.periods.length;
  const problems = [
    ...campaign.indicatorIssues.map((i) => i.message),
    ...(campaign.periods.length === 0 ? [t('campaigns.launch.noPeriod')] : []),
    ...(units === 0 ? [t('campaigns.launch.noUnits')] : []),
  ];

  async function submit() {
    const result = await launch({ id: campaign.id });
    if (result.data) onLaunched();
  }

  return (
    <Dialog open title={t('campaigns.launch.title')} onClose={onClose} testId="launch-dialog">
      {problems.length > 0 ? (
        <div className="alert alert-error" data-testid="launch-problems">
          <strong>{t('campaigns.launch.refused')}</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p>{t('campaigns.launch.lead')}</p>
          <ul>
            <li>
              {t('campaigns.launch.locksIndicators', {
                count: campaign.indicators.length,
                total: campaign.totalPoints,
              })}
            </li>
            <li>{t('campaigns.launch.locksPeriods', { count: campaign.periods.length })}</li>
            <li>{t('campaigns.launch.locksBlocks', { blocks: campaign.blocks.length, units })}</li>
            <li>
              <strong data-testid="launch-sheet-count">
                {t('campaigns.launch.sheets', {
                  count: sheets,
                  units,
                  periods: campaign.periods.length,
                  entries: sheets * leaves,
                })}
              </strong>
            </li>
          </ul>
        </>
      )}
      <FormError message={campaignErrorText(t, error)} />
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={fetching || problems.length > 0}
          onClick={() => void submit()}
          data-testid="launch-confirm"
        >
          {t('campaigns.launch.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
