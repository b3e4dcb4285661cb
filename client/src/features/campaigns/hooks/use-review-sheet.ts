import { computeTotals, type IndicatorDef, orderIndicatorTree, scoreFromValue, validateScore } from '@thidua/shared';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { usePopulationKinds } from '../../../lib/population-kinds';
import { useSession } from '../../../lib/session';
import {
  ApproveScoreSheetDocument,
  CorrectScoreDocument,
  ReturnScoreSheetDocument,
  ReviewScoreEntryDocument,
} from '../graphql/campaigns.documents';
import { FirstReviewScoreSheetDocument } from '../graphql/sheet-workflow.documents';
import {
  type CampaignData,
  campaignErrorText,
  type EntryData,
  parseNumber,
  type SheetData,
  toIndicatorDef,
} from '../utils/campaign-model';
import { scoreContextOf, scoreErrorText } from '../utils/sheet-preview';
import { reviewRole } from '../utils/sheet-workflow';
import { indicatorsOfSheet } from '../utils/sheet-indicators';

/**
 * `review` a submitted (or, for the ward, first-reviewed) sheet, `correct` a published one
 * (admins), or only `read` it.
 */
export type ReviewMode = 'review' | 'correct' | 'read';

export interface Adjustment {
  entry: EntryData;
  def: IndicatorDef;
  /** The adjusted score (for a corrected figure, the score it gives). */
  value: number | null;
  /** RELATIVE_TO_BEST under review: the corrected figure typed (the score follows from it). */
  figure: number | null;
  /** Why the score or figure is refused (shared rules), or null. */
  problem: string | null;
}

/** In review, a relative-to-best indicator is corrected by its figure: it is scored over the block. */
export const adjustsFigure = (def: IndicatorDef, mode: ReviewMode): boolean =>
  mode === 'review' && def.kind === 'RELATIVE_TO_BEST';

/**
 * A reviewer's work on one sheet: adjusted scores as typed (checked by the shared
 * rules), the reviewed totals they give, one mandatory reason for all of them, then
 * save (review or, after publication, correction), approve, or return with a reason.
 */
export function useReviewSheet(campaign: CampaignData, initial: SheetData) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { label } = usePopulationKinds();
  const [sheet, setSheet] = useState(initial);
  const [adjust, setAdjust] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [auditVersion, setAuditVersion] = useState(0);
  const [, review] = useMutation(ReviewScoreEntryDocument);
  const [, correct] = useMutation(CorrectScoreDocument);
  const [approveState, approve] = useMutation(ApproveScoreSheetDocument);
  const [returnState, returnSheet] = useMutation(ReturnScoreSheetDocument);
  const [firstReviewState, firstReview] = useMutation(FirstReviewScoreSheetDocument);

  /** LEADER: the block leader's officer (first round only); WARD: a ward reviewer; null: reads only. */
  const role = reviewRole(sheet, user);
  const inReview =
    !sheet.mark &&
    (sheet.status === 'SUBMITTED' || (sheet.status === 'FIRST_REVIEWED' && role === 'WARD')) &&
    role !== null;
  const mode: ReviewMode = inReview
    ? 'review'
    : sheet.status === 'PUBLISHED' && user?.role === 'ADMIN'
      ? 'correct'
      : 'read';
  const defs = useMemo(() => indicatorsOfSheet(campaign, sheet).map(toIndicatorDef), [campaign, sheet.blockId]);
  const ordered = useMemo(() => orderIndicatorTree(defs), [defs]);
  const entryByIndicator = new Map(sheet.entries.map((e) => [e.indicatorId, e]));

  const adjustments: Adjustment[] = sheet.entries.flatMap((e): Adjustment[] => {
    const text = adjust[e.id];
    if (text === undefined || text.trim() === '') return [];
    const def = defs.find((d) => d.id === e.indicatorId)!;
    const typed = parseNumber(text);
    if (typed === null || Number.isNaN(typed))
      return [{ entry: e, def, value: null, figure: null, problem: t('campaigns.scoreError.NOT_A_NUMBER') }];
    if (adjustsFigure(def, mode)) {
      const scored = scoreFromValue(def, typed, scoreContextOf(def, e));
      return scored.ok
        ? [{ entry: e, def, value: scored.score, figure: typed, problem: null }]
        : [{ entry: e, def, value: null, figure: typed, problem: scoreErrorText(t, scored.reason, def, e, label) }];
    }
    const check = validateScore(def, typed);
    const problem = check.ok ? null : scoreErrorText(t, check.reason, def, e, label);
    return [{ entry: e, def, value: typed, figure: null, problem }];
  });
  const adjustedScore = new Map(adjustments.filter((a) => !a.problem).map((a) => [a.entry.indicatorId, a.value!]));
  const selfTotals = computeTotals(defs, (id) => entryByIndicator.get(id)?.selfScore ?? null);
  const reviewedTotals = computeTotals(
    defs,
    (id) => adjustedScore.get(id) ?? entryByIndicator.get(id)?.finalScore ?? null,
  );
  const changed = (next: SheetData, message: string) => {
    setSheet(next);
    setNotice(message);
    setAuditVersion((v) => v + 1);
  };

  const sync = useCallback((next: SheetData) => {
    setSheet(next);
    setAuditVersion((v) => v + 1);
  }, []);

  async function sendOne(a: Adjustment): Promise<SheetData | null> {
    if (mode === 'correct') {
      const result = await correct({ input: { entryId: a.entry.id, newScore: a.value!, reason: reason.trim() } });
      if (!result.data) setError(campaignErrorText(t, result.error));
      return result.data?.correctScore ?? null;
    }
    const result = await review({
      input:
        a.figure !== null
          ? { entryId: a.entry.id, reviewedValue: a.figure, reason: reason.trim() }
          : { entryId: a.entry.id, reviewedScore: a.value!, reason: reason.trim() },
    });
    if (!result.data) setError(campaignErrorText(t, result.error));
    return result.data?.reviewScoreEntry ?? null;
  }

  async function saveAdjustments() {
    setError(null);
    setNotice(null);
    if (adjustments.length === 0) return setError(t('campaigns.review.nothingToSave'));
    const bad = adjustments.find((a) => a.problem);
    if (bad) return setError(`${bad.def.code}: ${bad.problem}`);
    if (!reason.trim()) return setError(t('campaigns.review.reasonRequired'));
    setSaving(true);
    let latest: SheetData | null = null;
    for (const a of adjustments) {
      const data = await sendOne(a);
      if (!data) break;
      latest = data;
    }
    setSaving(false);
    if (latest) {
      setAdjust({});
      setReason('');
      changed(latest, mode === 'correct' ? t('campaigns.review.corrected') : t('campaigns.review.saved'));
    }
  }

  async function doApprove() {
    setError(null);
    if (adjustments.length > 0) return setError(t('campaigns.review.unsavedAdjustments'));
    const result = await approve({ id: sheet.id });
    if (result.data) changed(result.data.approveScoreSheet, t('campaigns.review.approved'));
  }

  /** The first round done: the block leader (or a ward reviewer in its place) passes the sheet on. */
  async function doFirstReview(note: string) {
    setError(null);
    if (adjustments.length > 0) return setError(t('campaigns.review.unsavedAdjustments'));
    const result = await firstReview({ input: { sheetId: sheet.id, note: note.trim() || null } });
    if (result.data) changed(result.data.firstReviewScoreSheet, t('campaigns.review.firstReviewed'));
  }

  /** Returns the sheet to the unit; true when the server took it. */
  async function doReturn(why: string): Promise<boolean> {
    if (!why.trim()) return false;
    const result = await returnSheet({ input: { sheetId: sheet.id, reason: why.trim() } });
    if (!result.data) return false;
    changed(result.data.returnScoreSheet, t('campaigns.review.returned'));
    return true;
  }

  return {
    sheet,
    mode,
    ordered,
    entryByIndicator,
    adjust,
    setAdjusted: (entryId: string, text: string) => setAdjust((a) => ({ ...a, [entryId]: text })),
    adjustments,
    selfTotals,
    reviewedTotals,
    reason,
    setReason,
    error: error ?? campaignErrorText(t, approveState.error ?? firstReviewState.error),
    notice,
    saving,
    approving: approveState.fetching || firstReviewState.fetching,
    role,
    firstReview: doFirstReview,
    /** A dialog's mutation (mark, extension) returned the sheet. */
    replace: changed,
    /** Someone else changed the sheet: show it as it is now. */
    sync,
    returning: returnState.fetching,
    returnError: returnState.error,
    auditVersion,
    saveAdjustments,
    approve: doApprove,
    returnSheet: doReturn,
  };
}

export type ReviewSheetState = ReturnType<typeof useReviewSheet>;
