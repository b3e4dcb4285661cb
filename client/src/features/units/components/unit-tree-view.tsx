import { useTranslation } from 'react-i18next';
import type { UnitItem, UnitNode } from '../utils/unit-tree';
import { usePopulationLabel, type PopulationFigureText } from '../hooks/use-population-label';
import { DemoBadge, KindBadge } from './kind-badge';
import { Link } from 'react-router';
import { Button, buttonClass } from '../../../components/ui';
import { unitPeoplePath } from '../utils/unit-paths';

interface UnitTreeViewProps {
  nodes: readonly UnitNode[];
  collapsed: Set<string>;
  /** Filter active: every visible branch is open and matches are highlighted. */
  matched: Set<string> | null;
  onToggle: (id: string) => void;
  canManage: boolean;
  /** Admins and unit officers keep rosters: each unit links to its people. */
  canKeepRosters: boolean;
  onEdit: (unit: UnitItem) => void;
  onDelete: (unit: UnitItem) => void;
}

/** A unit's populations, one line per kind, each saying whether it is a roster or a declared number. */
function UnitPopulations({ unit, figure }: { unit: UnitItem; figure: PopulationFigureText }) {
  const { t } = useTranslation();
  // The main kind first: it is what the unit's rates divide by when nothing names a kind.
  const list = [...unit.populations].sort(
    (a, b) => Number(b.kind === unit.populationKind) - Number(a.kind === unit.populationKind),
  );
  if (list.length === 0) return <span className="muted">{t('units.noPopulation')}</span>;
  return (
    <ul className="unit-pop-list" data-testid={`unit-populations-${unit.code}`}>
      {list.map((p) => (
        <li key={p.kind} data-source={p.source} className={p.source === 'DECLARED' ? 'is-declared' : undefined}>
          {figure(p)}
        </li>
      ))}
    </ul>
  );
}

/** The organization tree: a nested list that reads as a table on wide screens and as cards on phones. */
export function UnitTreeView(props: UnitTreeViewProps) {
  const { t } = useTranslation();
  const { figure } = usePopulationLabel();
  return (
    <div className="unit-tree">
      <div className="unit-tree__head" aria-hidden="true">
        <span>{t('units.col.name')}</span>
        <span>{t('units.col.code')}</span>
        <span>{t('units.col.kind')}</span>
        <span className="num">{t('units.col.population')}</span>
        {(props.canManage || props.canKeepRosters) && (
          <span className="unit-tree__head-actions">{t('units.col.actions')}</span>
        )}
      </div>
      <ul className="unit-tree__list" aria-label={t('units.treeLabel')}>
        {props.nodes.map((node) => (
          <UnitTreeItem key={node.unit.id} node={node} figure={figure} {...props} />
        ))}
      </ul>
    </div>
  );
}

function UnitTreeItem({
  node,
  figure,
  ...props
}: UnitTreeViewProps & { node: UnitNode; figure: PopulationFigureText }) {
  const { t } = useTranslation();
  const { unit, children, depth } = node;
  const hasChildren = children.length > 0;
  const open = hasChildren && (props.matched !== null || !props.collapsed.has(unit.id));
  const isMatch = props.matched?.has(unit.id) ?? false;
  const childListId = `unit-children-${unit.id}`;

  return (
    <li className="unit-tree__item">
      <div
        className={`unit-row${isMatch ? ' unit-row--match' : ''}${depth === 0 ? ' unit-row--root' : ''}`}
        style={{ ['--depth' as string]: depth }}
        data-testid={`unit-row-${unit.code}`}
        data-unit-id={unit.id}
      >
        <div className="unit-row__name-cell">
          {hasChildren ? (
            <button
              type="button"
              className="unit-row__toggle"
              aria-expanded={open}
              aria-controls={childListId}
              disabled={props.matched !== null}
              aria-label={t(open ? 'units.collapse' : 'units.expand', { name: unit.name })}
              onClick={() => props.onToggle(unit.id)}
            >
              <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            </button>
          ) : (
            <span className="unit-row__toggle unit-row__toggle--leaf" aria-hidden="true" />
          )}
          <span className="unit-row__name">{unit.name}</span>
          {unit.isDemo && <DemoBadge />}
        </div>
        <span className="unit-row__code">
          <span className="unit-row__label">{t('units.col.code')}: </span>
          <code>{unit.code}</code>
        </span>
        <span className="unit-row__kind">
          <KindBadge kind={unit.kind} />
        </span>
        <span className="unit-row__pop num">
          <UnitPopulations unit={unit} figure={figure} />
        </span>
        {(props.canManage || props.canKeepRosters) && (
          <span className="unit-row__actions">
            {props.canKeepRosters && (
              <Link
                className={buttonClass('ghost', 'small')}
                to={unitPeoplePath(unit.id)}
                data-testid={`unit-people-${unit.code}`}
                aria-label={t('units.peopleNamed', { name: unit.name })}
              >
                {t('units.people')}
              </Link>
            )}
            {props.canManage && (
              <>
                <Button
                  variant="ghost"
                  size="small"
                  data-testid={`unit-edit-${unit.code}`}
                  aria-label={t('units.editNamed', { name: unit.name })}
                  onClick={() => props.onEdit(unit)}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  variant="ghost"
                  size="small"
                  className="btn-danger-text"
                  data-testid={`unit-delete-${unit.code}`}
                  aria-label={t('units.deleteNamed', { name: unit.name })}
                  onClick={() => props.onDelete(unit)}
                >
                  {t('common.delete')}
                </Button>
              </>
            )}
          </span>
        )}
      </div>
      {open && (
        <ul className="unit-tree__list" id={childListId}>
          {children.map((child) => (
            <UnitTreeItem key={child.unit.id} {...props} figure={figure} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
