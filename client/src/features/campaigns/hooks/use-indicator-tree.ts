import { type IndicatorKind, orderIndicatorTree, validateIndicatorTree } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SaveIndicatorTreeDocument } from '../graphql/campaigns.documents';
import type { CampaignData } from '../utils/campaign-model';
import {
  addRow,
  groupSums,
  type IndicatorRow,
  moveRow,
  removeRow,
  rowsOf,
  thresholdsReadable,
  toDefs,
  toInput,
  topSum,
} from '../utils/indicator-rows';

/**
 * The indicator tree being edited: rows as typed, the live sums and the shared
 * validation's issues, the row edits (add under a group, remove with what is under it,
 * move among siblings, update), and the save. A fresh campaign from the server (after
 * saving) replaces the local rows.
 */
export function useIndicatorTree(campaign: CampaignData, criteriaSetId: string, onSaved: () => void) {
  const { t } = useTranslation();
  const initial = useMemo(() => rowsOf(campaign, criteriaSetId), [campaign, criteriaSetId]);
  const [rows, setRows] = useState<IndicatorRow[]>(initial);
  const [baseline, setBaseline] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching, error }, save] = useMutation(SaveIndicatorTreeDocument);
  if (baseline !== initial) {
    setBaseline(initial);
    setRows(initial);
  }

  const defs = useMemo(() => toDefs(rows), [rows]);
  const ordered = useMemo(() => orderIndicatorTree(defs), [defs]);
  const rowByKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const sums = useMemo(() => groupSums(defs), [defs]);
  const issues = useMemo(() => validateIndicatorTree(defs, campaign.totalPoints), [defs, campaign.totalPoints]);
  const edit = (next: (rs: IndicatorRow[]) => IndicatorRow[]) => {
    setNotice(null);
    setRows(next);
  };

  async function submit() {
    const input = toInput(rows);
    if (input.some((i) => !Number.isFinite(i.maxPoints)) || !rows.every(thresholdsReadable)) {
      setNotice(t('campaigns.tree.badNumber'));
      return;
    }
    const result = await save({ input: { campaignId: campaign.id, criteriaSetId, indicators: input } });
    if (result.data) {
      setNotice(t('campaigns.tree.saved'));
      onSaved();
    }
  }

  return {
    rows,
    defs,
    ordered,
    rowByKey,
    groupSums: sums,
    topSum: topSum(defs),
    issues,
    dirty: JSON.stringify(rows) !== JSON.stringify(initial),
    /** Rows the server has (only those can have unit targets). */
    savedKeys: new Set(campaign.indicators.map((i) => i.id)),
    criteriaSetId,
    hasChildren: (key: string) => rows.some((r) => r.parentKey === key),
    update: (key: string, patch: Partial<IndicatorRow>) =>
      edit((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r))),
    add: (parentKey: string | null, kind: IndicatorKind) => edit((rs) => addRow(rs, parentKey, kind)),
    remove: (key: string) => setRows((rs) => removeRow(rs, key)),
    move: (key: string, delta: -1 | 1) => setRows((rs) => moveRow(rs, key, delta)),
    submit,
    saving: fetching,
    error,
    notice,
    setNotice,
  };
}

export type IndicatorTree = ReturnType<typeof useIndicatorTree>;
