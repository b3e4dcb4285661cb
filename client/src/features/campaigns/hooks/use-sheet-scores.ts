import { computeTotals, type IndicatorDef, submitProblems } from '@thidua/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePopulationKinds } from '../../../lib/population-kinds';
import type { EntryData, SheetData } from '../utils/campaign-model';
import { type Draft, type Preview, previewScore } from '../utils/sheet-preview';

/**
 * What the officer's typing scores, before anything is saved: each entry's preview,
 * the group and sheet totals, and what a submit would miss (shared rules, as the server).
 */
export function useSheetScores(sheet: SheetData, defs: readonly IndicatorDef[], drafts: Record<string, Draft>) {
  const { t } = useTranslation();
  const { label } = usePopulationKinds();
  const entryByIndicator = useMemo(
    () => new Map<string, EntryData>(sheet.entries.map((e) => [e.indicatorId, e])),
    [sheet],
  );
  const previews = useMemo(() => {
    const out = new Map<string, Preview>();
    for (const d of defs) {
      const entry = entryByIndicator.get(d.id);
      if (d.kind === 'GROUP' || !entry) continue;
      out.set(d.id, previewScore(d, entry, drafts[entry.id], t, label));
    }
    return out;
  }, [defs, entryByIndicator, drafts, t, label]);
  const totals = useMemo(() => computeTotals(defs, (id) => previews.get(id)?.score ?? null), [defs, previews]);
  const problems = useMemo(
    () =>
      submitProblems(
        defs,
        new Map(
          sheet.entries.map((e) => [
            e.indicatorId,
            { selfScore: previews.get(e.indicatorId)?.score ?? null, evidenceCount: e.evidence.length },
          ]),
        ),
      ),
    [defs, sheet, previews],
  );
  const missingCodes = useMemo(() => new Set([...problems.unscored, ...problems.missingEvidence]), [problems]);
  return { entryByIndicator, previews, totals, problems, missingCodes };
}
