import { useTranslation } from 'react-i18next';
import { Button, Field, useRowList } from '../../../../components/ui';
import { NEW_PRIZE_TIER, type TierRow } from '../../utils/contest-form-state';

interface Props {
  participationPoints: string;
  tiers: TierRow[];
  disabled: boolean;
  onParticipationPointsChange: (points: string) => void;
  onTiersChange: (tiers: TierRow[]) => void;
}

/** The unit prize (điểm giải tập thể): points for participation and for each individual prize tier. */
export function ContestPrizeFieldset(props: Props) {
  const { tiers, disabled, onTiersChange } = props;
  const { t } = useTranslation();
  const rows = useRowList(tiers, onTiersChange);
  return (
    <fieldset disabled={disabled} className="ct-fieldset">
      <legend>{t('contests.setup.prizeTitle')}</legend>
      <p className="field__hint">{t('contests.setup.prizeHint')}</p>
      <Field label={t('contests.setup.participationPoints')} htmlFor="ct-pp">
        <input
          type="number"
          min={0}
          className="ct-num"
          value={props.participationPoints}
          onChange={(e) => props.onParticipationPointsChange(e.target.value)}
        />
      </Field>
      <table className="table table--compact">
        <thead>
          <tr>
            <th>{t('contests.setup.tierLabel')}</th>
            <th>{t('contests.setup.tierCount')}</th>
            <th>{t('contests.setup.tierPoints')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={t('contests.setup.tierLabel')}
                  value={tier.label}
                  onChange={(e) => rows.update(i, { label: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={1}
                  className="ct-num"
                  aria-label={t('contests.setup.tierCount')}
                  value={tier.count}
                  onChange={(e) => rows.update(i, { count: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  className="ct-num"
                  aria-label={t('contests.setup.tierPoints')}
                  value={tier.unitPoints}
                  onChange={(e) => rows.update(i, { unitPoints: e.target.value })}
                />
              </td>
              <td>
                <Button variant="ghost" size="small" onClick={() => rows.remove(i)}>
                  {t('contests.setup.remove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button size="small" onClick={() => rows.add(NEW_PRIZE_TIER)}>
        + {t('contests.setup.addTier')}
      </Button>
    </fieldset>
  );
}
