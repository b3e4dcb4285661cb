import { useTranslation } from 'react-i18next';
import { DateTimeInput, RowTableEditor, isoToLocalInput, localInputToIso } from '../../../../components/ui';
import { nextRound, type RoundRow } from '../../utils/contest-form-state';

interface Props {
  rounds: RoundRow[];
  disabled: boolean;
  onChange: (rounds: RoundRow[]) => void;
}

/**
 * The rounds (đợt thi): name, start and end (dd/mm/yyyy hh:mm); at least one stays. The form
 * holds local "YYYY-MM-DDTHH:mm" values (contest-form-state), the shared input ISO instants.
 */
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
              <DateTimeInput
                required
                label={t('contests.setup.startsAt')}
                value={localInputToIso(round.startsAt)}
                onChange={(iso) => rows.update(i, { startsAt: isoToLocalInput(iso) })}
              />
            ),
          },
          {
            header: t('contests.setup.endsAt'),
            cell: (round, i, rows) => (
              <DateTimeInput
                required
                label={t('contests.setup.endsAt')}
                value={localInputToIso(round.endsAt)}
                onChange={(iso) => rows.update(i, { endsAt: isoToLocalInput(iso) })}
              />
            ),
          },
        ]}
      />
    </fieldset>
  );
}
