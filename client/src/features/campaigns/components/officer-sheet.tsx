import { orderIndicatorTree } from '@thidua/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLatestSheet } from '../hooks/use-latest-sheet';
import { useSheetAutosave } from '../hooks/use-sheet-autosave';
import { useSheetEvidence } from '../hooks/use-sheet-evidence';
import { useSheetScores } from '../hooks/use-sheet-scores';
import { useSheetSubmit } from '../hooks/use-sheet-submit';
import { type CampaignData, type SheetData, toIndicatorDef } from '../utils/campaign-model';
import { sheetEditable } from '../utils/sheet-workflow';
import { useSession } from '../../../lib/session';
import { AuditTrail } from './audit-trail';
import { BlockReviewList } from './sheet/block-review-list';
import { IndicatorCard } from './sheet/indicator-card';
import { SheetBar } from './sheet/sheet-bar';
import { SheetGroupHeading } from './sheet/sheet-group-heading';
import { SheetHeader } from './sheet/sheet-header';
import { focusIndicator, SheetMissing } from './sheet/sheet-missing';
import { SheetSubmitDialog } from './sheet/sheet-submit-dialog';
import { indicatorsOfSheet } from '../utils/sheet-indicators';

/**
 * The unit officer's score sheet: one card per indicator, the score computed as they
 * type (shared scoring), drafts saved automatically, evidence from the phone's camera
 * or files, and a submit that lists what is missing beside its button first. Editable
 * until the unit's own deadline (or a return's reply window). A ward reviewer opens the
 * same form to enter the sheet on the unit's behalf (`onBehalf`).
 */
export function OfficerSheet({
  campaign,
  initial,
  latest,
  onBehalf = false,
}: {
  campaign: CampaignData;
  initial: SheetData;
  /** The sheet as last read from the server (a live change by someone else). */
  latest?: SheetData;
  onBehalf?: boolean;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [sheet, setSheet] = useState(initial);
  const [auditVersion, setAuditVersion] = useState(0);
  const period = campaign.periods.find((p) => p.id === sheet.periodId);
  const editable = sheetEditable(sheet, onBehalf);
  const defs = useMemo(() => indicatorsOfSheet(campaign, sheet).map(toIndicatorDef), [campaign, sheet.blockId]);
  const ordered = useMemo(() => orderIndicatorTree(defs), [defs]);

  const changed = useCallback((next: SheetData) => {
    setSheet(next);
    setAuditVersion((v) => v + 1);
  }, []);
  useLatestSheet(latest, sheet, changed);
  const autosave = useSheetAutosave(sheet, defs, changed);
  const evidence = useSheetEvidence(changed);
  const scores = useSheetScores(sheet, defs, autosave.drafts);
  const submit = useSheetSubmit({
    sheet,
    missing: () => scores.missingCodes.size,
    flush: autosave.flush,
    onSubmitted: changed,
  });
  // Each refused submit brings the first missing indicator (in sheet order) into view, focused.
  const firstMissing = ordered.find(({ indicator }) => scores.missingCodes.has(indicator.code))?.indicator.code;
  useEffect(() => {
    if (submit.attempt > 0 && firstMissing) focusIndicator(firstMissing);
    // Only a new submit tap moves the focus, not each keystroke that changes the list.
  }, [submit.attempt]);

  return (
    <div className="sheet">
      <SheetHeader
        campaign={campaign}
        sheet={sheet}
        period={period}
        editable={editable}
        onBehalf={onBehalf}
        justSubmitted={submit.justSubmitted}
      />
      {!onBehalf && sheet.leaderUnitId && sheet.leaderUnitId === user?.unit?.id && <BlockReviewList sheet={sheet} />}

      {ordered.map(({ indicator: d, depth }) => {
        if (d.kind === 'GROUP')
          return <SheetGroupHeading key={d.id} indicator={d} depth={depth} sum={scores.totals.groupSubtotals[d.id]} />;
        const entry = scores.entryByIndicator.get(d.id);
        if (!entry) return null;
        return (
          <IndicatorCard
            key={d.id}
            indicator={d}
            entry={entry}
            countedBeforeRosters={campaign.countedBeforeRosters}
            draft={autosave.drafts[entry.id] ?? { value: '', note: '' }}
            preview={scores.previews.get(d.id) ?? { score: null, error: null, explanation: null }}
            editable={editable && d.kind !== 'COMPUTED'}
            missing={submit.showMissing && scores.missingCodes.has(d.code)}
            busy={evidence.busyEntry === entry.id}
            evidenceError={evidence.errors[entry.id] ?? null}
            onChange={(patch) => {
              autosave.change(entry.id, patch);
              submit.clearSubmitted();
            }}
            onCommit={() => autosave.commit(entry.id)}
            onFile={(file) => void evidence.upload(entry.id, file)}
            onLink={(url) => evidence.link(entry.id, url)}
            onRemoveEvidence={(id) => void evidence.remove(entry.id, id)}
          />
        );
      })}

      <section className="sheet-audit">
        <details>
          <summary>{t('campaigns.audit.title')}</summary>
          <AuditTrail campaignId={campaign.id} sheetId={sheet.id} version={auditVersion} />
        </details>
      </section>

      <SheetBar
        total={scores.totals.total}
        max={campaign.totalPoints}
        editable={editable}
        returned={sheet.status === 'RETURNED'}
        autosave={autosave}
        onSubmit={() => void submit.start()}
        problems={
          editable && submit.showMissing && scores.missingCodes.size > 0 ? (
            <SheetMissing problems={scores.problems} defs={defs} onGoTo={focusIndicator} />
          ) : null
        }
      />

      {submit.confirming && (
        <SheetSubmitDialog
          submit={submit}
          total={scores.totals.total}
          max={campaign.totalPoints}
          returned={sheet.status === 'RETURNED'}
        />
      )}
    </div>
  );
}
