import { useTranslation } from 'react-i18next';
import { Button, useRowList } from '../../../../components/ui';
import { nextRound, type RoundRow } from '../../utils/contest-form-state';

interface Props {
  rounds: RoundRow[];
  disabled: boolean;
  onChange: (rounds: RoundRow[]) => void;
}

/** The rounds (đợt thi): name, start and end; at least one stays. */
export function ContestRoundsFieldset({ rounds, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const rows = useRowList(rounds, onChange);
  return (
    <fieldset disabled={disabled} className="ct-fieldset">
      <legend>{t('contests.setup.roundsTitle')}</legend>
      <table className="table table--compact">
        <thead>
          <tr>
            <th>{t('contests.setup.roundName')}</th>
            <th>{t('contests.setup.startsAt')}</th>
            <th>{t('contests.setup.endsAt')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rounds.map((round, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={t('contests.setup.roundName')}
                  value={round.name}
                  onChange={(e) => rows.update(i, { name: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="datetime-local"
                  aria-label={t('contests.setup.startsAt')}
                  value={round.startsAt}
                  onChange={(e) => rows.update(i, { startsAt: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="datetime-local"
                  aria-label={t('contests.setup.endsAt')}
                  value={round.endsAt}
                  onChange={(e) => rows.update(i, { endsAt: e.target.value })}
                />
              </td>
              <td>
                <Button variant="ghost" size="small" onClick={() => rows.remove(i)} disabled={rounds.length <= 1}>
                  {t('contests.setup.remove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        size="small"
        onClick={() => rows.add(nextRound(rounds, t('contests.setup.defaults.round', { n: rounds.length + 1 })))}
      >
        + {t('contests.setup.addRound')}
      </Button>
    </fieldset>
  );
}
