import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { SaveAnswerDocument } from '../graphql/contests.documents';
import { loadDrafts, saveDrafts, type DraftResponse } from '../utils/device-store';
import { errorReason } from '../utils/contest-errors';

export type SaveStatus = 'saving' | 'saved' | 'retrying';

/** Reasons after which saving again cannot help: the attempt is over or not ours. */
const FINAL = new Set(['ATTEMPT_TIME_UP', 'ATTEMPT_SUBMITTED', 'ATTEMPT_TOKEN_INVALID', 'QUESTION_INDEX_INVALID']);
const RETRY_MS = [1000, 2000, 4000, 8000, 10000];

export interface AnswerSaver {
  responses: Record<number, DraftResponse>;
  statuses: Record<number, SaveStatus>;
  /** Answers chosen but not yet acknowledged by the server. */
  unsaved: number;
  /** The last save failed for lack of network (it is being retried). */
  offline: boolean;
  set: (index: number, response: DraftResponse) => void;
  /** Resolves once every chosen answer is acknowledged (or after `timeoutMs`); true when all are saved. */
  flush: (timeoutMs?: number) => Promise<boolean>;
}

/**
 * Saves answers as the entrant goes. One request per question at a time, so a
 * quick change of mind can never be overtaken by the older answer; the newest
 * choice is sent once the one in flight returns. Failed saves are retried with
 * backoff until the server acknowledges them, and unacknowledged answers are kept
 * on the device (drafts) so a reload while offline sends them again.
 */
export function useAnswerSaver(
  attemptId: string,
  attemptToken: string,
  initial: Record<number, DraftResponse>,
  onFinal: (reason: string, error: CombinedError) => void,
): AnswerSaver {
  const client = useClient();
  const [responses, setResponses] = useState<Record<number, DraftResponse>>(() => ({
    ...initial,
    ...loadDrafts(attemptId),
  }));
  const [statuses, setStatuses] = useState<Record<number, SaveStatus>>(() => {
    const drafts = loadDrafts(attemptId);
    const s: Record<number, SaveStatus> = {};
    for (const index of Object.keys(initial)) s[Number(index)] = 'saved';
    for (const index of Object.keys(drafts)) s[Number(index)] = 'retrying';
    return s;
  });
  const [offline, setOffline] = useState(false);
  const pending = useRef(new Map<number, DraftResponse>());
  const inflight = useRef(new Set<number>());
  const failures = useRef(new Map<number, number>());
  const disposed = useRef(false);
  const finalRef = useRef(onFinal);
  const stopped = useRef(false);

  useEffect(() => {
    finalRef.current = onFinal;
  });

  const setStatus = useCallback((index: number, status: SaveStatus) => {
    setStatuses((s) => (s[index] === status ? s : { ...s, [index]: status }));
  }, []);

  const pump = useCallback(
    (index: number) => {
      if (stopped.current || disposed.current || inflight.current.has(index)) return;
      const response = pending.current.get(index);
      if (!response) return;
      pending.current.delete(index);
      inflight.current.add(index);
      setStatus(index, 'saving');
      void client
        .mutation(SaveAnswerDocument, { input: { attemptToken, index, response } }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          inflight.current.delete(index);
          if (disposed.current) return;
          if (result.data) {
            failures.current.delete(index);
            setOffline(false);
            if (pending.current.has(index)) return pump(index);
            const drafts = loadDrafts(attemptId);
            delete drafts[index];
            saveDrafts(attemptId, drafts);
            setStatus(index, 'saved');
            return;
          }
          const reason = errorReason(result.error);
          if (reason && FINAL.has(reason) && result.error) {
            stopped.current = true;
            finalRef.current(reason, result.error);
            return;
          }
          // Network, rate limit or a server hiccup: send again (the newest choice, if there is one).
          if (!pending.current.has(index)) pending.current.set(index, response);
          setOffline(!result.error?.graphQLErrors.length);
          setStatus(index, 'retrying');
          const n = failures.current.get(index) ?? 0;
          failures.current.set(index, n + 1);
          setTimeout(() => pump(index), RETRY_MS[Math.min(n, RETRY_MS.length - 1)]);
        });
    },
    [client, attemptId, attemptToken, setStatus],
  );

  // Drafts left by a reload: send them again.
  useEffect(() => {
    disposed.current = false;
    const drafts = loadDrafts(attemptId);
    for (const [index, response] of Object.entries(drafts)) {
      pending.current.set(Number(index), response);
      pump(Number(index));
    }
    // Coming back online: retry at once rather than at the end of the backoff.
    const online = () => {
      failures.current.clear();
      for (const index of pending.current.keys()) pump(index);
    };
    window.addEventListener('online', online);
    return () => {
      disposed.current = true;
      window.removeEventListener('online', online);
    };
  }, [attemptId, pump]);

  const set = useCallback(
    (index: number, response: DraftResponse) => {
      setResponses((r) => ({ ...r, [index]: response }));
      saveDrafts(attemptId, { ...loadDrafts(attemptId), [index]: response });
      pending.current.set(index, response);
      setStatus(index, 'saving');
      pump(index);
    },
    [attemptId, pump, setStatus],
  );

  const flush = useCallback(async (timeoutMs = 15000) => {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (pending.current.size === 0 && inflight.current.size === 0) return true;
      if (stopped.current) return false;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    return pending.current.size === 0 && inflight.current.size === 0;
  }, []);

  const unsaved = Object.values(statuses).filter((s) => s !== 'saved').length;
  return { responses, statuses, unsaved, offline, set, flush };
}
