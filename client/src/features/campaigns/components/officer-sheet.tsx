import { orderIndicatorTree } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSheetAutosave } from '../hooks/use-sheet-autosave';
import { useSheetEvidence } from '../hooks/use-sheet-evidence';
import { useSheetScores } from '../hooks/use-sheet-scores';
import { useSheetSubmit } from '../hooks/use-sheet-submit';
import { type CampaignData, type SheetData, toIndicatorDef } from '../utils/campaign-model';
import { AuditTrail } from './audit-trail';
import { IndicatorCard } from './sheet/indicator-card';
import { SheetBar } from './sheet/sheet-bar';
import { SheetGroupHeading } from './sheet/sheet-group-heading';
import { SheetHeader } from './sheet/sheet-header';
import { SheetMissing } from './sheet/sheet-missing';
import { SheetSubmitDialog } from './sheet/sheet-submit-dialog';

const EDITABLE = new Set(['DRAFT', 'RETURNED']);

/**
 * The unit officer's score sheet: one card per indicator, the score computed as they
 * type (shared scoring), drafts saved automatically, evidence from the phone's camera
 * or files, and a submit that lists what is missing first.
 */
export function OfficerSheet({ campaign, initial }: { campaign: CampaignData; initial: SheetData }) {
  const { t } = useTranslation();
  const [sheet, setSheet] = useState(initial);
  const [auditVersion, setAuditVersion] = useState(0);
  const period = campaign.periods.find((p) => p.id === sheet.periodId);
  const deadlinePassed = period ? new Date(period.submissionDeadline).getTime() < Date.now() : false;
  const editable = EDITABLE.has(sheet.status) && !deadlinePassed;
  const defs = useMemo(() => campaign.indicators.map(toIndicatorDef), [campaign]);
  const ordered = useMemo(() => orderIndicatorTree(defs), [defs]);

  const changed = (next: SheetData) => {
    setSheet(next);
    setAuditVersion((v) => v + 1);
  };
  const autosave = useSheetAutosave(sheet, defs, changed);
  const evidence = useSheetEvidence(changed);
  const scores = useSheetScores(sheet, defs, autosave.drafts);
  const submit = useSheetSubmit({
    sheet,
    missing: () => scores.missingCodes.size,
    flush: autosave.flush,
    onSubmitted: changed,
  });

  return (
    <div className="sheet">
      <SheetHeader
        campaign={campaign}
        sheet={sheet}
        period={period}
        editable={editable}
        deadlinePassed={deadlinePassed && EDITABLE.has(sheet.status)}
        justSubmitted={submit.justSubmitted}
      />

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
            preview={scores.previews.get(d.id) ?? { score: null, error: null }}
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

      {submit.showMissing && scores.missingCodes.size > 0 && <SheetMissing problems={scores.problems} defs={defs} />}

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
