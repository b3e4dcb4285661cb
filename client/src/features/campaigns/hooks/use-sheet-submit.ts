import { useState } from 'react';
import { useMutation } from 'urql';
import { SubmitScoreSheetDocument } from '../graphql/campaigns.documents';
import type { SheetData } from '../utils/campaign-model';

/**
 * Submitting the sheet: pending saves go first, then what is missing is listed next to
 * the submit button (and the submit refused) or a confirmation opens; a returned sheet
 * needs an explanation.
 */
export function useSheetSubmit({
  sheet,
  missing,
  flush,
  onSubmitted,
}: {
  sheet: SheetData;
  /** How many indicators a submit would miss, given what is saved by then. */
  missing: () => number;
  flush: () => Promise<void>;
  onSubmitted: (sheet: SheetData) => void;
}) {
  const [showMissing, setShowMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [explanation, setExplanation] = useState('');
  const [justSubmitted, setJustSubmitted] = useState(false);
  /** Counts refused submit taps, so each one brings the first problem into view again. */
  const [attempt, setAttempt] = useState(0);
  const [state, submit] = useMutation(SubmitScoreSheetDocument);
  const returned = sheet.status === 'RETURNED';

  async function start() {
    await flush();
    if (missing() > 0) {
      // The list renders beside the submit button; the sheet then brings the first problem into view.
      setShowMissing(true);
      setAttempt((n) => n + 1);
      return;
    }
    setShowMissing(false);
    setConfirming(true);
  }

  async function confirm() {
    const result = await submit({
      input: { sheetId: sheet.id, explanation: returned ? explanation.trim() : null },
    });
    if (result.data) {
      onSubmitted(result.data.submitScoreSheet);
      setConfirming(false);
      setJustSubmitted(true);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  }

  return {
    showMissing,
    attempt,
    confirming,
    explanation,
    setExplanation,
    justSubmitted,
    /** Any new typing: the "submitted" notice is no longer true. */
    clearSubmitted: () => setJustSubmitted(false),
    cancel: () => setConfirming(false),
    start,
    confirm,
    fetching: state.fetching,
    error: state.error,
    canConfirm: !state.fetching && !(returned && !explanation.trim()),
  };
}
