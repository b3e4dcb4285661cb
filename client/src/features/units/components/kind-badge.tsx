import type { UnitKind } from '@thidua/shared';
import { useTranslation } from 'react-i18next';

export function KindBadge({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return <span className={`badge badge-kind badge-kind--${kind.toLowerCase()}`}>{t(`unitKind.${kind}`)}</span>;
}

export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-demo" title={t('units.demoHint')}>
      {t('units.demo')}
    </span>
  );
}
