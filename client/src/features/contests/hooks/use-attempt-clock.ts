import { useState } from 'react';
import type { AttemptFieldsFragment } from '../../../generated/graphql';
import { useTick } from './use-online';

/**
 * The time left in an attempt. The server is the clock: its "now" minus ours,
 * measured when the attempt arrived, corrects the device's clock.
 */
export function useAttemptClock(attempt: Pick<AttemptFieldsFragment, 'serverTime' | 'deadlineAt'>) {
  const [offset] = useState(() => Date.parse(attempt.serverTime) - Date.now());
  const deadline = Date.parse(attempt.deadlineAt);
  const now = useTick(250);
  const remaining = deadline - (now + offset);
  return { remaining, timeUp: remaining <= 0 };
}
