import type { IndicatorDef } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../utils/campaign-model';

/** A group of the sheet: its title, and what its indicators score so far against its maximum. */
export function SheetGroupHeading({ indicator, depth, sum }: { indicator: IndicatorDef; depth: number; sum?: number }) {
  const { i18n } = useTranslation();
  const fmt = (n: number) => formatScore(n, i18n.language);
  return (
    <h2 className={`sheet-group sheet-group--${Math.min(depth, 2)}`}>
      <span>
        {indicator.code}. {indicator.title}
      </span>
      <span className="sheet-group__sum">
        {fmt(sum ?? 0)} / {fmt(indicator.maxPoints)}
      </span>
    </h2>
  );
}
