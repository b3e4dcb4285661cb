import { useTranslation } from 'react-i18next';
import type { RosterUnitQuery } from '../../../generated/graphql';
import { formatNumber } from '../../../lib/format';

type Population = RosterUnitQuery['unit']['populations'][number];

/**
 * How many people of each kind the roster holds; a kind without a roster shows its
 * declared number, labelled "declared, not verified".
 */
export function RosterCounts({
  populations,
  label,
}: {
  populations: readonly Population[];
  label: (kind: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const shown = populations.filter((p) => p.rosterSize > 0 || p.declared > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="people-counts" data-testid="roster-counts" aria-label={t('people.roster.countsLabel')}>
      {shown.map((p) => (
        <li key={p.kind} className="people-counts__item" data-testid={`roster-count-${p.kind}`}>
          <span className="people-counts__value">{n(p.source === 'ROSTER' ? p.rosterSize : p.declared)}</span>
          <span className="people-counts__kind">{label(p.kind)}</span>
          <span className={p.source === 'ROSTER' ? 'badge' : 'badge badge-demo'}>
            {p.source === 'ROSTER' ? t('people.roster.sourceRoster') : t('people.roster.sourceDeclared')}
          </span>
        </li>
      ))}
    </ul>
  );
}
