import { useTranslation } from 'react-i18next';
import { RowTableEditor } from '../../../../components/ui';
import { nextRound, type RoundRow } from '../../utils/contest-form-state';
import { DmyDateTimeInput } from './dmy-date-time-input';

interface Props {
  rounds: RoundRow[];
  disabled: boolean;
  onChange: (rounds: RoundRow[]) => void;
}

/** The rounds (đợt thi): name, start and end (dd/mm/yyyy hh:mm); at least one stays. */
export function ContestRoundsFieldset({ rounds, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset disabled={disabled} className="ct-fieldset">
      <legend>{t('contests.setup.roundsTitle')}</legend>
      <RowTableEditor
        items={rounds}
        onChange={onChange}
        min={1}
        create={() => nextRound(rounds, t('contests.setup.defaults.round', { n: rounds.length + 1 }))}
        addLabel={t('contests.setup.addRound')}
        removeLabel={t('contests.setup.remove')}
        columns={[
          {
            header: t('contests.setup.roundName'),
            cell: (round, i, rows) => (
              <input
                aria-label={t('contests.setup.roundName')}
                value={round.name}
                onChange={(e) => rows.update(i, { name: e.target.value })}
              />
            ),
          },
          {
            header: t('contests.setup.startsAt'),
            cell: (round, i, rows) => (
              <DmyDateTimeInput
                label={t('contests.setup.startsAt')}
                value={round.startsAt}
                onChange={(value) => rows.update(i, { startsAt: value })}
              />
            ),
          },
          {
            header: t('contests.setup.endsAt'),
            cell: (round, i, rows) => (
              <DmyDateTimeInput
                label={t('contests.setup.endsAt')}
                value={round.endsAt}
                onChange={(value) => rows.update(i, { endsAt: value })}
              />
            ),
          },
        ]}
      />
    </fieldset>
  );
}
