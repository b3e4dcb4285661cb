import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button';
import { Field } from '../../../../components/ui/field';
import { NEW_PRIZE_TIER, patchAt, withoutIndex, type TierRow } from '../../utils/contest-form-state';

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
  const update = (i: number, patch: Partial<TierRow>) => onTiersChange(patchAt(tiers, i, patch));
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
                  onChange={(e) => update(i, { label: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={1}
                  className="ct-num"
                  aria-label={t('contests.setup.tierCount')}
                  value={tier.count}
                  onChange={(e) => update(i, { count: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  className="ct-num"
                  aria-label={t('contests.setup.tierPoints')}
                  value={tier.unitPoints}
                  onChange={(e) => update(i, { unitPoints: e.target.value })}
                />
              </td>
              <td>
                <Button variant="ghost" size="small" onClick={() => onTiersChange(withoutIndex(tiers, i))}>
                  {t('contests.setup.remove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button size="small" onClick={() => onTiersChange([...tiers, NEW_PRIZE_TIER])}>
        + {t('contests.setup.addTier')}
      </Button>
    </fieldset>
  );
}
