import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';

/** "1.200 học sinh" / "1,200 students", number formatted for the current language. */
export function usePopulationLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (value: number, kind: string) =>
      t(`population.${kind}`, { count: value, value: formatNumber(value, i18n.language) }),
    [t, i18n.language],
  );
}
