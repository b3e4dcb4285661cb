import {
  countsTowardMax,
  INDICATOR_KINDS,
  type IndicatorDef,
  type IndicatorKind,
  orderIndicatorTree,
  round2,
  validateIndicatorTree,
} from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../../components/form-error';
import type { ComputedMetric, ComputedSourceKind, IndicatorInput } from '../../../../generated/graphql';
import { SaveIndicatorTreeDocument } from '../../graphql/campaigns.documents';
import { campaignErrorText, formatScore, type CampaignData, parseNumber } from '../../utils/campaign-model';
import { TargetsDialog } from './targets-dialog';

interface Row {
  key: string;
  parentKey: string | null;
  code: string;
  title: string;
  kind: IndicatorKind;
  maxPoints: string;
  step: string;
  target: string;
  perItemPoints: string;
  evidenceRequired: boolean;
  sourceKind: ComputedSourceKind;
  sourceId: string;
  metric: ComputedMetric;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
let keySeq = 0;
const newKey = () => `new-${Date.now().toString(36)}-${(keySeq += 1)}`;

function rowsOf(campaign: CampaignData): Row[] {
  return campaign.indicators.map((i) => ({
    key: i.id,
    parentKey: i.parentId,
    code: i.code,
    title: i.title,
    kind: i.kind,
    maxPoints: text(i.maxPoints),
    step: text(i.step ?? (i.kind === 'MANUAL' ? 1 : null)),
    target: text(i.target),
    perItemPoints: text(i.perItemPoints),
    evidenceRequired: i.evidenceRequired,
    sourceKind: i.computedSource?.kind ?? 'LIVE_GAME',
    sourceId: i.computedSource?.id ?? '',
    metric: i.computedSource?.metric ?? 'PARTICIPATION_RATE',
  }));
}

const num = (s: string) => parseNumber(s) ?? Number.NaN;

function toDefs(rows: readonly Row[]): IndicatorDef[] {
  return rows.map((r, position) => ({
    id: r.key,
    parentId: r.parentKey,
    code: r.code.trim(),
    title: r.title,
    kind: r.kind,
    maxPoints: num(r.maxPoints),
    step: r.kind === 'MANUAL' ? (parseNumber(r.step) ?? 1) : null,
    target: r.kind === 'TARGET' ? parseNumber(r.target) : null,
    perItemPoints: r.kind === 'COUNT' ? parseNumber(r.perItemPoints) : null,
    evidenceRequired: r.evidenceRequired,
    computedSource:
      r.kind === 'COMPUTED' ? { kind: r.sourceKind, id: r.sourceId.trim() || null, metric: r.metric } : null,
    position,
  }));
}

/**
 * The indicator tree with live totals: every group shows the sum of its indicators
 * against its maximum (red when they exceed it: the server would refuse the launch),
 * the top shows the groups against the campaign's total, and every problem the shared
 * validation finds is listed before saving.
 */
export function IndicatorTreeEditor({ campaign, onSaved }: { campaign: CampaignData; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const readOnly = campaign.status !== 'DRAFT';
  const initial = useMemo(() => rowsOf(campaign), [campaign]);
  const [rows, setRows] = useState<Row[]>(initial);
  const [baseline, setBaseline] = useState(initial);
  const [targetsFor, setTargetsFor] = useState<string | null>(null);
  const [{ fetching, error }, save] = useMutation(SaveIndicatorTreeDocument);
  const [notice, setNotice] = useState<string | null>(null);
  // A fresh campaign from the server (after saving) replaces the local rows.
  if (baseline !== initial) {
    setBaseline(initial);
    setRows(initial);
  }
  const dirty = JSON.stringify(rows) !== JSON.stringify(initial);
  const fmt = (n: number) => formatScore(n, i18n.language);

  const defs = useMemo(() => toDefs(rows), [rows]);
  const ordered = useMemo(() => orderIndicatorTree(defs), [defs]);
  const rowByKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const groupSums = useMemo(() => {
    const sums = new Map<string, number>();
    for (const d of defs) {
      if (d.parentId && countsTowardMax(d.kind) && Number.isFinite(d.maxPoints))
        sums.set(d.parentId, round2((sums.get(d.parentId) ?? 0) + d.maxPoints));
    }
    return sums;
  }, [defs]);
  const topSum = round2(
    defs
      .filter((d) => d.parentId === null && countsTowardMax(d.kind) && Number.isFinite(d.maxPoints))
      .reduce((s, d) => s + d.maxPoints, 0),
  );
  const issues = useMemo(() => validateIndicatorTree(defs, campaign.totalPoints), [defs, campaign.totalPoints]);

  function update(key: string, patch: Partial<Row>) {
    setNotice(null);
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  }
  function add(parentKey: string | null, kind: IndicatorKind) {
    setNotice(null);
    setRows((rs) => {
      const siblings = rs.filter((r) => r.parentKey === parentKey);
      const parent = parentKey ? rs.find((r) => r.key === parentKey) : null;
      const code = parent ? `${parent.code}.${siblings.length + 1}` : String(siblings.length + 1);
      const row: Row = {
        key: newKey(),
        parentKey,
        code,
        title: '',
        kind,
        maxPoints: kind === 'GROUP' ? '20' : '5',
        step: '1',
        target: '',
        perItemPoints: '',
        evidenceRequired: false,
        sourceKind: 'LIVE_GAME',
        sourceId: '',
        metric: 'PARTICIPATION_RATE',
      };
      return [...rs, row];
    });
  }
  function remove(key: string) {
    setRows((rs) => {
      const gone = new Set([key]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const r of rs)
          if (r.parentKey && gone.has(r.parentKey) && !gone.has(r.key)) {
            gone.add(r.key);
            grew = true;
          }
      }
      return rs.filter((r) => !gone.has(r.key));
    });
  }
  function move(key: string, delta: -1 | 1) {
    setRows((rs) => {
      const row = rs.find((r) => r.key === key);
      if (!row) return rs;
      const ordering = orderIndicatorTree(toDefs(rs)).map((n) => n.indicator.id);
      const siblings = ordering.filter((k) => rs.find((r) => r.key === k)?.parentKey === row.parentKey);
      const at = siblings.indexOf(key);
      const other = siblings[at + delta];
      if (!other) return rs;
      // Positions follow the array order: swap the two rows.
      const a = rs.findIndex((r) => r.key === key);
      const b = rs.findIndex((r) => r.key === other);
      const next = [...rs];
      [next[a], next[b]] = [next[b], next[a]];
      return next;
    });
  }

  async function submit() {
    // Depth-first order, so that positions match what the admin sees.
    const input: IndicatorInput[] = ordered.map(({ indicator: d }) => {
      const r = rowByKey.get(d.id)!;
      return {
        key: r.key,
        parentKey: r.parentKey,
        code: r.code.trim(),
        title: r.title.trim() || r.code.trim(),
        kind: r.kind,
        maxPoints: num(r.maxPoints),
        step: r.kind === 'MANUAL' ? (parseNumber(r.step) ?? 1) : null,
        target: r.kind === 'TARGET' ? parseNumber(r.target) : null,
        perItemPoints: r.kind === 'COUNT' ? parseNumber(r.perItemPoints) : null,
        evidenceRequired: r.kind === 'GROUP' ? false : r.evidenceRequired,
        computedSource:
          r.kind === 'COMPUTED' ? { kind: r.sourceKind, id: r.sourceId.trim() || null, metric: r.metric } : null,
      };
    });
    if (input.some((i) => !Number.isFinite(i.maxPoints))) {
      setNotice(t('campaigns.tree.badNumber'));
      return;
    }
    const result = await save({ input: { campaignId: campaign.id, indicators: input } });
    if (result.data) {
      setNotice(t('campaigns.tree.saved'));
      onSaved();
    }
  }

  const savedIds = new Set(campaign.indicators.map((i) => i.id));

  return (
    <section className="card cmp-section" aria-labelledby="tree-title" data-testid="indicator-tree">
      <header className="cmp-section__head">
        <h2 id="tree-title">{t('campaigns.tree.title')}</h2>
        <p
          className={`cmp-total ${Math.abs(topSum - campaign.totalPoints) > 1e-9 ? 'is-bad' : 'is-ok'}`}
          data-testid="tree-total"
        >
          {t('campaigns.tree.total', { sum: fmt(topSum), total: fmt(campaign.totalPoints) })}
        </p>
      </header>
      {!readOnly && <p className="muted">{t('campaigns.tree.lead')}</p>}
      <ol className="cmp-tree">
        {ordered.map(({ indicator: d, depth }) => {
          const r = rowByKey.get(d.id)!;
          const isGroup = r.kind === 'GROUP';
          const sum = groupSums.get(r.key) ?? 0;
          const exceeded = isGroup && sum > d.maxPoints + 1e-9;
          const rowIssues = issues.filter((i) => i.code !== null && i.code === d.code);
          return (
            <li
              key={r.key}
              className={`cmp-tree__row${isGroup ? ' is-group' : ''}${exceeded ? ' is-exceeded' : ''}`}
              style={{ marginLeft: `${depth * 1.5}rem` }}
              data-testid={`tree-row-${d.code}`}
            >
              <fieldset disabled={readOnly} className="cmp-tree__fields">
                <legend className="sr-only">{d.code}</legend>
                <input
                  className="cmp-tree__code"
                  aria-label={t('campaigns.tree.code')}
                  value={r.code}
                  onChange={(e) => update(r.key, { code: e.target.value })}
                />
                <input
                  className="cmp-tree__name"
                  aria-label={t('campaigns.tree.name')}
                  placeholder={t('campaigns.tree.namePlaceholder')}
                  value={r.title}
                  onChange={(e) => update(r.key, { title: e.target.value })}
                />
                <select
                  aria-label={t('campaigns.tree.kind')}
                  value={r.kind}
                  onChange={(e) => update(r.key, { kind: e.target.value as IndicatorKind })}
                  disabled={readOnly || (isGroup && rows.some((x) => x.parentKey === r.key))}
                >
                  {INDICATOR_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`campaigns.kind.${k}`)}
                    </option>
                  ))}
                </select>
                <label className="cmp-tree__num">
                  <span>
                    {r.kind === 'BONUS' || r.kind === 'PENALTY' ? t('campaigns.tree.cap') : t('campaigns.tree.max')}
                  </span>
                  <input
                    inputMode="decimal"
                    value={r.maxPoints}
                    onChange={(e) => update(r.key, { maxPoints: e.target.value })}
                  />
                </label>
                {r.kind === 'MANUAL' && (
                  <label className="cmp-tree__num">
                    <span>{t('campaigns.tree.step')}</span>
                    <input
                      inputMode="decimal"
                      value={r.step}
                      onChange={(e) => update(r.key, { step: e.target.value })}
                    />
                  </label>
                )}
                {r.kind === 'TARGET' && (
                  <label className="cmp-tree__num">
                    <span>{t('campaigns.tree.target')}</span>
                    <input
                      inputMode="decimal"
                      value={r.target}
                      onChange={(e) => update(r.key, { target: e.target.value })}
                    />
                  </label>
                )}
                {r.kind === 'COUNT' && (
                  <label className="cmp-tree__num">
                    <span>{t('campaigns.tree.perItem')}</span>
                    <input
                      inputMode="decimal"
                      value={r.perItemPoints}
                      onChange={(e) => update(r.key, { perItemPoints: e.target.value })}
                    />
                  </label>
                )}
                {r.kind === 'COMPUTED' && (
                  <>
                    <select
                      aria-label={t('campaigns.tree.sourceKind')}
                      value={r.sourceKind}
                      onChange={(e) => update(r.key, { sourceKind: e.target.value as ComputedSourceKind })}
                    >
                      <option value="LIVE_GAME">{t('campaigns.source.LIVE_GAME')}</option>
                      <option value="CONTEST">{t('campaigns.source.CONTEST')}</option>
                    </select>
                    <select
                      aria-label={t('campaigns.tree.metric')}
                      value={r.metric}
                      onChange={(e) => update(r.key, { metric: e.target.value as ComputedMetric })}
                    >
                      <option value="PARTICIPATION_RATE">{t('campaigns.metric.PARTICIPATION_RATE')}</option>
                      <option value="AVERAGE_SCORE">{t('campaigns.metric.AVERAGE_SCORE')}</option>
                    </select>
                    <input
                      className="cmp-tree__source-id"
                      aria-label={t('campaigns.tree.sourceId')}
                      placeholder={t('campaigns.tree.sourceIdPlaceholder')}
                      value={r.sourceId}
                      onChange={(e) => update(r.key, { sourceId: e.target.value })}
                    />
                  </>
                )}
                {!isGroup && (
                  <label className="cmp-check">
                    <input
                      type="checkbox"
                      checked={r.evidenceRequired}
                      onChange={(e) => update(r.key, { evidenceRequired: e.target.checked })}
                    />
                    {t('campaigns.tree.evidenceRequired')}
                  </label>
                )}
              </fieldset>
              <div className="cmp-tree__side">
                {isGroup && (
                  <span className={`cmp-sum${exceeded ? ' is-bad' : ''}`} data-testid={`tree-sum-${d.code}`}>
                    {t('campaigns.tree.groupSum', { sum: fmt(sum), max: fmt(d.maxPoints) })}
                  </span>
                )}
                {r.kind === 'COUNT' && (
                  <span className="muted">
                    {t('campaigns.tree.countHint', { per: r.perItemPoints || '?', cap: r.maxPoints })}
                  </span>
                )}
                {(r.kind === 'BONUS' || r.kind === 'PENALTY') && (
                  <span className="muted">{t('campaigns.tree.outsideMax')}</span>
                )}
                {r.kind === 'TARGET' && savedIds.has(r.key) && readOnly === false && !dirty && (
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => setTargetsFor(r.key)}>
                    {t('campaigns.tree.unitTargets')}
                  </button>
                )}
                {!readOnly && (
                  <span className="cmp-tree__actions">
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      onClick={() => move(r.key, -1)}
                      aria-label={t('campaigns.tree.up')}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      onClick={() => move(r.key, 1)}
                      aria-label={t('campaigns.tree.down')}
                    >
                      ↓
                    </button>
                    {isGroup && (
                      <>
                        <button
                          type="button"
                          className="btn btn-small btn-secondary"
                          onClick={() => add(r.key, 'MANUAL')}
                        >
                          + {t('campaigns.tree.addIndicator')}
                        </button>
                        <button type="button" className="btn btn-small btn-ghost" onClick={() => add(r.key, 'GROUP')}>
                          + {t('campaigns.tree.addSubgroup')}
                        </button>
                      </>
                    )}
                    <button type="button" className="btn btn-small btn-danger-text" onClick={() => remove(r.key)}>
                      {t('common.delete')}
                    </button>
                  </span>
                )}
              </div>
              {exceeded && (
                <p className="cmp-tree__issue" role="alert">
                  {t('campaigns.tree.exceeded', { code: d.code, sum: fmt(sum), max: fmt(d.maxPoints) })}
                </p>
              )}
              {rowIssues
                .filter((i) => i.reason !== 'GROUP_EXCEEDED')
                .map((i) => (
                  <p key={i.reason} className="cmp-tree__issue">
                    {t(`campaigns.treeIssue.${i.reason}`, { code: i.code ?? '', defaultValue: i.message })}
                  </p>
                ))}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <div className="cmp-tree__add">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => add(null, 'GROUP')}
            data-testid="tree-add-group"
          >
            + {t('campaigns.tree.addGroup')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => add(null, 'BONUS')}>
            + {t('campaigns.kind.BONUS')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => add(null, 'PENALTY')}>
            + {t('campaigns.kind.PENALTY')}
          </button>
        </div>
      )}
      {issues.length > 0 && (
        <div className="alert alert-error" data-testid="tree-issues">
          <strong>{t('campaigns.tree.issuesTitle')}</strong>
          <ul>
            {issues.map((i, n) => (
              <li key={n}>
                {i.reason === 'TOTAL_MISMATCH'
                  ? t('campaigns.tree.totalMismatch', { sum: fmt(topSum), total: fmt(campaign.totalPoints) })
                  : i.reason === 'GROUP_EXCEEDED'
                    ? t('campaigns.tree.exceeded', {
                        code: i.code ?? '',
                        sum: fmt(groupSums.get(defs.find((d) => d.code === i.code)?.id ?? '') ?? 0),
                        max: fmt(defs.find((d) => d.code === i.code)?.maxPoints ?? 0),
                      })
                    : t(`campaigns.treeIssue.${i.reason}`, { code: i.code ?? '', defaultValue: i.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notice && <div className="alert alert-info">{notice}</div>}
      <FormError message={campaignErrorText(t, error)} />
      {!readOnly && (
        <div className="form-actions form-actions--start">
          <button
            type="button"
            className="btn btn-primary"
            disabled={fetching || !dirty}
            onClick={() => void submit()}
            data-testid="tree-save"
          >
            {fetching ? t('common.saving') : t('campaigns.tree.save')}
          </button>
          {dirty && <span className="muted">{t('campaigns.tree.unsaved')}</span>}
        </div>
      )}
      {targetsFor && (
        <TargetsDialog
          campaign={campaign}
          indicatorId={targetsFor}
          onClose={() => setTargetsFor(null)}
          onSaved={() => {
            setTargetsFor(null);
            setNotice(t('campaigns.targets.saved'));
            onSaved();
          }}
        />
      )}
    </section>
  );
}
