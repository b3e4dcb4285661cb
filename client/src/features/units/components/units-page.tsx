import { UNIT_KINDS, type UnitKind } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import { errorText } from '../../../lib/error-text';
import { formatNumber } from '../../../lib/format';
import { canManageUnits } from '../../../lib/permissions';
import { useSession } from '../../../lib/session';
import { buildTree, filterUnits, populationTotals, pruneTree, type UnitItem } from '../utils/unit-tree';
import { usePopulationLabel } from '../hooks/use-population-label';
import { useUnits } from '../hooks/use-units';
import { DeleteUnitDialog } from './delete-unit-dialog';
import { UnitFormDialog } from './unit-form-dialog';
import { UnitTreeView } from './unit-tree-view';

/** Above this many units the tree starts with schools' classes folded, to stay readable on a phone. */
const EXPAND_ALL_LIMIT = 200;

export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const canManage = canManageUnits(user?.role);
  const { units, fetching, error, loaded, reload } = useUnits();
  const populationLabel = usePopulationLabel();

  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [collapsed, setCollapsed] = useState<Set<string> | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<UnitItem | null>(null);
  const [deleting, setDeleting] = useState<UnitItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const tree = useMemo(() => buildTree(units), [units]);
  const filter = useMemo(() => filterUnits(units, { query, kind }), [units, query, kind]);
  const shown = useMemo(() => (filter ? pruneTree(tree, filter.visible) : tree), [tree, filter]);
  const totals = useMemo(() => populationTotals(units, filter?.matched), [units, filter]);

  const defaultCollapsed = useMemo(() => {
    if (units.length <= EXPAND_ALL_LIMIT) return new Set<string>();
    const parents = new Set(units.map((u) => u.parentId).filter(Boolean));
    return new Set(units.filter((u) => u.kind === 'SCHOOL' && parents.has(u.id)).map((u) => u.id));
  }, [units]);
  const effectiveCollapsed = collapsed ?? defaultCollapsed;

  function toggle(id: string) {
    const next = new Set(effectiveCollapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setCollapsed(next);
  }

  function collapseAll() {
    const parents = new Set(units.map((u) => u.parentId).filter((id): id is string => Boolean(id)));
    // Keep the roots open so the first level stays visible.
    for (const root of tree) parents.delete(root.unit.id);
    setCollapsed(parents);
  }

  const title = user?.role === 'UNIT_OFFICER' ? t('units.titleOwn') : t('units.title');
  const unitCount = filter ? filter.matched.size : units.length;

  return (
    <section className="page" aria-labelledby="units-title">
      <header className="page-header">
        <div>
          <h1 id="units-title">{title}</h1>
          <p className="page-header__lead">{t('units.lead')}</p>
        </div>
        {canManage && (
          <div className="page-header__actions">
            <Link className="btn btn-secondary" to="/units/import" data-testid="units-import-link">
              {t('units.import')}
            </Link>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="unit-create"
              onClick={() => {
                setEditing(null);
                setFormOpen(true);
                setNotice(null);
              }}
            >
              + {t('units.create')}
            </button>
          </div>
        )}
      </header>

      <div className="toolbar" role="search">
        <div className="field toolbar__search">
          <label htmlFor="units-search">{t('units.search')}</label>
          <input
            id="units-search"
            data-testid="units-search"
            type="search"
            placeholder={t('units.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field toolbar__kind">
          <label htmlFor="units-kind">{t('units.filterKind')}</label>
          <select
            id="units-kind"
            data-testid="units-kind-filter"
            value={kind}
            onChange={(e) => setKind(e.target.value as UnitKind | '')}
          >
            <option value="">{t('units.allKinds')}</option>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`unitKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {!filter && units.length > 0 && (
          <div className="toolbar__tree-actions">
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setCollapsed(new Set())}>
              {t('units.expandAll')}
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={collapseAll}>
              {t('units.collapseAll')}
            </button>
          </div>
        )}
      </div>

      {notice && (
        <div className="alert alert-success" role="status" data-testid="units-notice">
          {notice}
        </div>
      )}
      <FormError message={errorText(t, error)} />

      {loaded && (
        <p className="totals" data-testid="units-totals" aria-live="polite">
          <strong>
            {filter
              ? t('units.totalsFiltered', {
                  count: unitCount,
                  shown: formatNumber(unitCount, i18n.language),
                  total: formatNumber(units.length, i18n.language),
                })
              : t('units.totals', { count: unitCount, value: formatNumber(unitCount, i18n.language) })}
          </strong>
          {[...totals.entries()].map(([populationKind, value]) => (
            <span key={populationKind} className="totals__item">
              {populationLabel(value, populationKind)}
            </span>
          ))}
        </p>
      )}

      {!loaded && fetching && <Loading />}
      {loaded && units.length === 0 && <p className="empty">{t('units.empty')}</p>}
      {loaded && units.length > 0 && shown.length === 0 && (
        <p className="empty" data-testid="units-no-match">
          {t('units.noMatch')}
        </p>
      )}
      {shown.length > 0 && (
        <UnitTreeView
          nodes={shown}
          collapsed={effectiveCollapsed}
          matched={filter?.matched ?? null}
          onToggle={toggle}
          canManage={canManage}
          onEdit={(unit) => {
            setEditing(unit);
            setFormOpen(true);
            setNotice(null);
          }}
          onDelete={(unit) => {
            setDeleting(unit);
            setNotice(null);
          }}
        />
      )}

      {canManage && (
        <>
          <UnitFormDialog
            open={formOpen}
            editing={editing}
            units={units}
            onClose={() => setFormOpen(false)}
            onSaved={() => {
              setNotice(editing ? t('units.updated') : t('units.created'));
              setFormOpen(false);
              reload();
            }}
          />
          <DeleteUnitDialog
            key={deleting?.id ?? 'none'}
            unit={deleting}
            onClose={() => setDeleting(null)}
            onDeleted={() => {
              setNotice(t('units.deleted', { name: deleting?.name ?? '' }));
              setDeleting(null);
              reload();
            }}
          />
        </>
      )}
    </section>
  );
}
