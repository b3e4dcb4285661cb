import { useTranslation } from 'react-i18next';
import { RowTableEditor } from '../../../../components/ui';
import { nextRound, type RoundRow } from '../../utils/contest-form-state';

interface Props {
  rounds: RoundRow[];
  disabled: boolean;
  onChange: (rounds: RoundRow[]) => void;
}

/** The rounds (đợt thi): name, start and end; at least one stays. */
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
              <input
                type="datetime-local"
                aria-label={t('contests.setup.startsAt')}
                value={round.startsAt}
                onChange={(e) => rows.update(i, { startsAt: e.target.value })}
              />
            ),
          },
          {
            header: t('contests.setup.endsAt'),
            cell: (round, i, rows) => (
              <input
                type="datetime-local"
                aria-label={t('contests.setup.endsAt')}
                value={round.endsAt}
                onChange={(e) => rows.update(i, { endsAt: e.target.value })}
              />
            ),
          },
        ]}
      />
    </fieldset>
  );
}
