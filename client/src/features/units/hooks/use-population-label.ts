import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { usePopulationKinds } from '../../../lib/population-kinds';

export interface PopulationFigureLike {
  kind: string;
  size: number;
  source: 'ROSTER' | 'DECLARED';
}

/** "Học sinh: 320 theo danh sách (đã xác minh)" for one population. */
export type PopulationFigureText = (p: PopulationFigureLike) => string;

/**
 * How a population reads: "Học sinh: 1.200" (`count`), and with where the number comes
 * from: "Học sinh: 320 theo danh sách (đã xác minh)" / "…: 40 khai báo, chưa xác minh".
 * Kind labels are the ward's data, in the UI language.
 */
export function usePopulationLabel() {
  const { t, i18n } = useTranslation();
  const { label } = usePopulationKinds();
  const count = useCallback(
    (value: number, kind: string) =>
      t('units.population.count', { kind: label(kind), value: formatNumber(value, i18n.language) }),
    [t, label, i18n.language],
  );
  const figure = useCallback(
    (p: PopulationFigureLike) =>
      t(`units.population.${p.source}`, {
        kind: label(p.kind),
        count: p.size,
        value: formatNumber(p.size, i18n.language),
      }),
    [t, label, i18n.language],
  );
  return useMemo(() => ({ count, figure, kindLabel: label }), [count, figure, label]);
}
