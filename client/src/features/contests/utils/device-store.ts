import type { RegisterEntrantMutation } from '../../../generated/graphql';

/**
 * What this device keeps for a contest, in localStorage: the entrant token from
 * registration (starts attempts) and, per attempt, the attempt token (resumes, saves
 * and submits it). A reload, a phone that slept or a closed tab continues the same
 * attempt; nothing here is trusted by the server beyond the tokens themselves.
 */
const PREFIX = 'thidua.contest.';

export interface StoredEntrant {
  token: string;
  entrantId: string;
  fullName: string;
  birthYear: number;
  unitId: string;
  phoneMasked: string;
  /** Identified from the unit's roster (counts for the unit). Absent in data kept before rosters. */
  verified?: boolean;
  unitName?: string;
  /** The entrant code (mã dự thi) given at the first phone registration: shown here so it can be noted. */
  entrantCode?: string | null;
}

export interface StoredAttempt {
  attemptId: string;
  token: string;
  /** The round it was started in (null when the page did not know it). */
  roundId: string | null;
  startedAt: string;
  submitted: boolean;
  /** The question the entrant was on, to come back to it after a reload. */
  position: number;
  /** The prediction typed so far (sent with the submission). */
  prediction?: string;
}

export interface ContestDevice {
  entrant: StoredEntrant | null;
  /** Registration fields to prefill after the token was replaced on another device. */
  lastForm: { fullName: string; birthYear: string; unitId: string; entrantCode?: string | null } | null;
  attempts: StoredAttempt[];
}

const EMPTY: ContestDevice = { entrant: null, lastForm: null, attempts: [] };

export function loadDevice(contestId: string): ContestDevice {
  try {
    const raw = localStorage.getItem(PREFIX + contestId);
    if (!raw) return EMPTY;
    const parsed = JSON.parse(raw) as Partial<ContestDevice>;
    return {
      entrant: parsed.entrant && typeof parsed.entrant.token === 'string' ? parsed.entrant : null,
      lastForm: parsed.lastForm ?? null,
      attempts: Array.isArray(parsed.attempts) ? parsed.attempts.filter((a) => typeof a.token === 'string') : [],
    };
  } catch {
    return EMPTY;
  }
}

function store(contestId: string, device: ContestDevice): void {
  try {
    localStorage.setItem(PREFIX + contestId, JSON.stringify(device));
  } catch {
    // Private mode or a full disk: the page keeps working for this visit.
  }
}

export function update(contestId: string, change: (device: ContestDevice) => ContestDevice): ContestDevice {
  const next = change(loadDevice(contestId));
  store(contestId, next);
  return next;
}

export function saveEntrant(contestId: string, entrant: StoredEntrant): ContestDevice {
  return update(contestId, (d) => ({
    ...d,
    entrant,
    lastForm: {
      fullName: entrant.fullName,
      birthYear: String(entrant.birthYear),
      unitId: entrant.unitId,
      entrantCode: entrant.entrantCode ?? d.lastForm?.entrantCode ?? null,
    },
  }));
}

/** Keeps a registration on the device; `entrantCode` is the entrant code to keep showing (phone way). */
export function saveRegistration(
  contestId: string,
  session: RegisterEntrantMutation['registerEntrant'],
  entrantCode: string | null = null,
): ContestDevice {
  return saveEntrant(contestId, {
    token: session.entrantToken,
    entrantId: session.entrant.id,
    fullName: session.entrant.fullName,
    birthYear: session.entrant.birthYear,
    unitId: session.entrant.unitId,
    unitName: session.entrant.unitName,
    phoneMasked: session.entrant.phoneMasked,
    verified: session.entrant.verified,
    entrantCode,
  });
}

export function forgetEntrant(contestId: string): ContestDevice {
  return update(contestId, (d) => ({ ...d, entrant: null }));
}

export function addAttempt(contestId: string, attempt: Omit<StoredAttempt, 'submitted' | 'position'>): void {
  update(contestId, (d) => ({
    ...d,
    attempts: [
      ...d.attempts.filter((a) => a.attemptId !== attempt.attemptId),
      { ...attempt, submitted: false, position: 0 },
    ],
  }));
}

export function patchAttempt(contestId: string, attemptId: string, patch: Partial<StoredAttempt>): void {
  update(contestId, (d) => ({
    ...d,
    attempts: d.attempts.map((a) => (a.attemptId === attemptId ? { ...a, ...patch } : a)),
  }));
}

/** The attempt in progress on this device, if any (the newest unsubmitted one). */
export function openAttempt(device: ContestDevice): StoredAttempt | null {
  return [...device.attempts].reverse().find((a) => !a.submitted) ?? null;
}

export function findAttempt(contestId: string, attemptId: string): StoredAttempt | null {
  return loadDevice(contestId).attempts.find((a) => a.attemptId === attemptId) ?? null;
}

/**
 * Answers chosen but not yet acknowledged by the server, per attempt: a reload while
 * offline does not lose them, and they are sent again on resume.
 */
const DRAFTS = 'thidua.contest.drafts.';

export interface DraftResponse {
  optionIds?: string[];
  value?: number;
}

export function loadDrafts(attemptId: string): Record<number, DraftResponse> {
  try {
    const raw = localStorage.getItem(DRAFTS + attemptId);
    return raw ? (JSON.parse(raw) as Record<number, DraftResponse>) : {};
  } catch {
    return {};
  }
}

export function saveDrafts(attemptId: string, drafts: Record<number, DraftResponse>): void {
  try {
    if (Object.keys(drafts).length === 0) localStorage.removeItem(DRAFTS + attemptId);
    else localStorage.setItem(DRAFTS + attemptId, JSON.stringify(drafts));
  } catch {
    // Kept in memory only.
  }
}
