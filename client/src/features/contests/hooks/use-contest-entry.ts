import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { PublicContestQuery } from '../../../generated/graphql';
import { StartAttemptDocument } from '../graphql/contests.documents';
import { errorReason } from '../utils/contest-errors';
import { addAttempt, forgetEntrant, loadDevice, openAttempt, type ContestDevice } from '../utils/device-store';

type PublicContest = PublicContestQuery['contest'];

/**
 * This device's part in a contest: who registered here, the attempt in progress,
 * attempts left in the current round, and starting a new attempt.
 */
export function useContestEntry(contest: PublicContest) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [device, setDevice] = useState<ContestDevice>(() => loadDevice(contest.id));
  const [notice, setNotice] = useState<string | null>(null);
  const [start, startAttempt] = useMutation(StartAttemptDocument);
  const current = contest.currentRound;
  const usedHere = current ? device.attempts.filter((a) => a.roundId === current.id).length : 0;
  const exhausted = errorReason(start.error) === 'ATTEMPTS_EXHAUSTED';

  async function begin() {
    if (!device.entrant) return;
    const response = await startAttempt({ entrantToken: device.entrant.token });
    const started = response.data?.startAttempt;
    if (started) {
      addAttempt(contest.id, {
        attemptId: started.attempt.id,
        token: started.attemptToken,
        roundId: current?.id ?? null,
        startedAt: started.attempt.startedAt,
      });
      void navigate(`/contest/${contest.id}/attempt`);
      return;
    }
    if (errorReason(response.error) === 'ENTRANT_TOKEN_INVALID') {
      // Registered again on another device: this device's token was replaced.
      setDevice(forgetEntrant(contest.id));
      setNotice(t('contests.register.again'));
    }
  }

  return {
    device,
    notice,
    inProgress: openAttempt(device),
    left: exhausted ? 0 : Math.max(0, contest.attemptsPerRound - usedHere),
    past: [...device.attempts].filter((a) => a.submitted).reverse(),
    starting: start.fetching,
    startError: start.error,
    begin: () => void begin(),
    registered: (next: ContestDevice) => {
      setNotice(null);
      setDevice(next);
    },
    forget: () => setDevice(forgetEntrant(contest.id)),
  };
}

export type ContestEntry = ReturnType<typeof useContestEntry>;
