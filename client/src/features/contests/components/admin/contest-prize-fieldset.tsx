import { useTranslation } from 'react-i18next';
import { Field, RowTableEditor } from '../../../../components/ui';
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
      <RowTableEditor
        items={tiers}
        onChange={onTiersChange}
        create={() => NEW_PRIZE_TIER}
        addLabel={t('contests.setup.addTier')}
        removeLabel={t('contests.setup.remove')}
        columns={[
          {
            header: t('contests.setup.tierLabel'),
            cell: (tier, i, rows) => (
              <input
                aria-label={t('contests.setup.tierLabel')}
                value={tier.label}
                onChange={(e) => rows.update(i, { label: e.target.value })}
              />
            ),
          },
          {
            header: t('contests.setup.tierCount'),
            cell: (tier, i, rows) => (
              <input
                type="number"
                min={1}
                className="ct-num"
                aria-label={t('contests.setup.tierCount')}
                value={tier.count}
                onChange={(e) => rows.update(i, { count: e.target.value })}
              />
            ),
          },
          {
            header: t('contests.setup.tierPoints'),
            cell: (tier, i, rows) => (
              <input
                type="number"
                min={0}
                className="ct-num"
                aria-label={t('contests.setup.tierPoints')}
                value={tier.unitPoints}
                onChange={(e) => rows.update(i, { unitPoints: e.target.value })}
              />
            ),
          },
        ]}
      />
    </fieldset>
  );
}
