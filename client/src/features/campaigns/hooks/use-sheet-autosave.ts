import type { IndicatorDef } from '@thidua/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SaveScoreEntryDocument } from '../graphql/campaigns.documents';
import { campaignErrorText, parseNumber, type SheetData } from '../utils/campaign-model';
import { type Draft, draftOf, previewScore } from '../utils/sheet-preview';

/** How long typing may pause before the entry is saved. */
export const AUTOSAVE_MS = 800;
/** Waits before saving again after the network failed, growing with each failure. */
export const RETRY_MS = [1000, 2000, 4000, 8000, 10000];

export type SaveState = 'saved' | 'saving' | 'dirty' | 'invalid' | 'error';

export interface SheetAutosave {
  drafts: Record<string, Draft>;
  state: SaveState;
  /** The last failed save's reason (state `error`), until a save succeeds. */
  error: string | null;
  savedAt: Date | null;
  /** Something typed is not yet acknowledged by the server. */
  pending: boolean;
  /** Typing: the entry is saved once the typing pauses. */
  change: (entryId: string, patch: Partial<Draft>) => void;
  /** Leaving a field (or a tap that is a whole answer): save now. */
  commit: (entryId: string) => void;
  /** Saves every entry with unsaved typing; resolves when those saves return. */
  flush: () => Promise<void>;
}

/**
 * Saves the officer's typing entry by entry: debounced while they type, at once when
 * they leave the field, and one request per entry at a time (chained), so an older
 * value can never overtake a newer one. A value the shared scoring refuses is not sent
 * (the card says why); a failed save keeps the entry dirty for the next flush, and
 * the status says so; when the network failed, it is saved again by itself with a growing
 * wait (a retry button saves at once). Every acknowledged save hands the server's sheet to `onSaved`.
 */
export function useSheetAutosave(sheet: SheetData, defs: readonly IndicatorDef[], onSaved: (sheet: SheetData) => void) {
  const { t } = useTranslation();
  const [, saveEntry] = useMutation(SaveScoreEntryDocument);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(sheet.entries.map((e) => [e.id, draftOf(e)])),
  );
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const [inFlight, setInFlight] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const latest = useRef({ drafts, dirty, sheet, defs, onSaved, t, saveEntry });
  latest.current = { ...latest.current, sheet, defs, onSaved, t, saveEntry };
  const versions = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const chains = useRef(new Map<string, Promise<void>>());
  const failures = useRef(new Map<string, number>());
  const disposed = useRef(false);

  const invalid = useCallback((entryId: string, draft: Draft | undefined): boolean => {
    const { sheet: s, defs: ds, t: tr } = latest.current;
    const entry = s.entries.find((e) => e.id === entryId);
    const def = ds.find((d) => d.id === entry?.indicatorId);
    return !entry || !def || Boolean(previewScore(def, entry, draft, tr).error);
  }, []);

  const markDirty = useCallback((entryId: string, on: boolean) => {
    const next = new Set(latest.current.dirty);
    if (on) next.add(entryId);
    else next.delete(entryId);
    latest.current.dirty = next;
    setDirty(next);
  }, []);

  /** Saves one entry; says whether the network failed (worth trying again by itself). */
  const saveOne = useCallback(
    async (entryId: string): Promise<'network' | 'done'> => {
      const { drafts: ds, sheet: s, defs: all, saveEntry: save, t: tr } = latest.current;
      const draft = ds[entryId];
      const def = all.find((d) => d.id === s.entries.find((e) => e.id === entryId)?.indicatorId);
      if (!draft || !def || invalid(entryId, draft)) return 'done'; // stays dirty: the card shows why
      const version = versions.current.get(entryId) ?? 0;
      setInFlight((n) => n + 1);
      const result = await save({
        input: {
          entryId,
          ...(def.kind === 'COMPUTED' ? {} : { value: parseNumber(draft.value) }),
          note: draft.note.trim() || null,
        },
      });
      setInFlight((n) => n - 1);
      if (result.error || !result.data) {
        setError(campaignErrorText(tr, result.error) ?? tr('errors.generic'));
        return result.error?.networkError ? 'network' : 'done';
      }
      failures.current.delete(entryId);
      setError(null);
      setSavedAt(new Date());
      latest.current.onSaved(result.data.saveScoreEntry);
      if ((versions.current.get(entryId) ?? 0) === version) markDirty(entryId, false);
      return 'done';
    },
    [invalid, markDirty],
  );

  const flushEntry = useCallback(
    (entryId: string): Promise<void> => {
      clearTimeout(timers.current.get(entryId));
      timers.current.delete(entryId);
      const run = () =>
        saveOne(entryId).then((outcome) => {
          // No network (a phone between two masts): save again by itself, later each time.
          if (outcome !== 'network' || disposed.current || timers.current.has(entryId)) return;
          const n = failures.current.get(entryId) ?? 0;
          failures.current.set(entryId, n + 1);
          const again = () => {
            if (latest.current.dirty.has(entryId)) void flushEntry(entryId);
          };
          timers.current.set(entryId, setTimeout(again, RETRY_MS[Math.min(n, RETRY_MS.length - 1)]));
        });
      const chained = (chains.current.get(entryId) ?? Promise.resolve()).then(run, run);
      chains.current.set(entryId, chained);
      return chained;
    },
    [saveOne],
  );

  const flush = useCallback(
    () => Promise.all([...latest.current.dirty].map((id) => flushEntry(id))).then(() => undefined),
    [flushEntry],
  );

  const change = useCallback(
    (entryId: string, patch: Partial<Draft>) => {
      const next = { ...latest.current.drafts, [entryId]: { ...latest.current.drafts[entryId], ...patch } };
      latest.current.drafts = next;
      setDrafts(next);
      versions.current.set(entryId, (versions.current.get(entryId) ?? 0) + 1);
      markDirty(entryId, true);
      clearTimeout(timers.current.get(entryId));
      timers.current.set(
        entryId,
        setTimeout(() => void flushEntry(entryId), AUTOSAVE_MS),
      );
    },
    [flushEntry, markDirty],
  );

  const commit = useCallback(
    (entryId: string) => {
      if (latest.current.dirty.has(entryId) || versions.current.get(entryId)) void flushEntry(entryId);
    },
    [flushEntry],
  );

  // Leaving the page with unsaved typing: warn the browser.
  const pending = dirty.size > 0 || inFlight > 0;
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending]);
  useEffect(() => {
    disposed.current = false;
    const waiting = timers.current;
    return () => {
      disposed.current = true;
      waiting.forEach((timer) => clearTimeout(timer));
    };
  }, []);

  const state: SaveState = error
    ? 'error'
    : inFlight > 0
      ? 'saving'
      : [...dirty].some((id) => invalid(id, drafts[id]))
        ? 'invalid'
        : dirty.size > 0
          ? 'dirty'
          : 'saved';
  const autosave: SheetAutosave = { drafts, state, error, savedAt, pending, change, commit, flush };
  return autosave;
}
