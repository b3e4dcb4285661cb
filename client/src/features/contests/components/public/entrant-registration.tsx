import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicContestQuery } from '../../../../generated/graphql';
import { Button } from '../../../../components/ui';
import type { ContestDevice } from '../../utils/device-store';
import { RegisterForm } from './register-form';
import { RosterRegister } from './roster-register';

type PublicContest = PublicContestQuery['contest'];

interface Props {
  contest: PublicContest;
  prefill: ContestDevice['lastForm'];
  notice: string | null;
  onRegistered: (device: ContestDevice) => void;
}

/**
 * The ways of registering the contest allows: ROSTER_ONLY the roster way only;
 * ROSTER_PREFERRED the roster way first, the phone way offered below (its entrants are
 * unverified); OPEN the phone way as before, with "I have a personal code".
 */
export function EntrantRegistration({ contest, prefill, notice, onRegistered }: Props) {
  const { t } = useTranslation();
  const mode = contest.identityMode;
  const [way, setWay] = useState<'roster' | 'phone'>(mode === 'OPEN' ? 'phone' : 'roster');
  return (
    <div className="cp-registration" data-testid="contest-registration" data-mode={mode}>
      {way === 'roster' ? (
        <RosterRegister contestId={contest.id} units={contest.units} onRegistered={onRegistered} />
      ) : (
        <RegisterForm
          contestId={contest.id}
          units={contest.units}
          prefill={prefill}
          notice={notice}
          unverifiedNote={mode === 'ROSTER_PREFERRED'}
          onRegistered={onRegistered}
        />
      )}
      {mode !== 'ROSTER_ONLY' && (
        <p className="cp-other-way">
          <Button
            variant="ghost"
            className="cp-wrap-btn"
            data-testid={way === 'roster' ? 'register-by-phone' : 'register-by-roster'}
            onClick={() => setWay(way === 'roster' ? 'phone' : 'roster')}
          >
            {way === 'roster' ? t('contests.registration.byPhone') : t('contests.registration.byRoster')}
          </Button>
        </p>
      )}
      {mode === 'ROSTER_ONLY' && <p className="cp-field__hint">{t('contests.registration.rosterOnly')}</p>}
    </div>
  );
}
