import { RANKING_CRITERIA } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Button, useRowList } from '../../../../components/ui';
import type { RankingCriterion } from '../../../../generated/graphql';

interface Props {
  chain: RankingCriterion[];
  disabled: boolean;
  onChange: (chain: RankingCriterion[]) => void;
}

/** The ranking chain (thứ tự xét giải): criteria in order; SCORE always stays. */
export function ContestChainFieldset({ chain, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const rows = useRowList(chain, onChange);
  return (
    <fieldset disabled={disabled} className="ct-fieldset">
      <legend>{t('contests.setup.chainTitle')}</legend>
      <p className="field__hint">{t('contests.setup.chainHint')}</p>
      <ol className="ct-chain" data-testid="contest-chain">
        {chain.map((criterion, i) => (
          <li key={criterion}>
            <span>{t(`contests.criterion.${criterion}`)}</span>
            <span className="ct-chain__moves">
              <Button
                variant="ghost"
                size="small"
                disabled={i === 0}
                aria-label={t('contests.setup.moveUp')}
                onClick={() => rows.moveUp(i)}
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                size="small"
                disabled={i === chain.length - 1}
                aria-label={t('contests.setup.moveDown')}
                onClick={() => rows.moveDown(i)}
              >
                ↓
              </Button>
              <Button
                variant="ghost"
                size="small"
                disabled={criterion === 'SCORE'}
                onClick={() => onChange(chain.filter((c) => c !== criterion))}
              >
                {t('contests.setup.remove')}
              </Button>
            </span>
          </li>
        ))}
      </ol>
      {RANKING_CRITERIA.filter((c) => !chain.includes(c)).map((c) => (
        <Button key={c} size="small" onClick={() => rows.add(c)}>
          + {t(`contests.criterion.${c}`)}
        </Button>
      ))}
    </fieldset>
  );
}
