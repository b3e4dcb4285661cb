import type { IndicatorDef } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui';
import type { IndicatorTree } from '../../hooks/use-indicator-tree';
import { formatScore } from '../../utils/campaign-model';
import type { IndicatorRow } from '../../utils/indicator-rows';
import { IndicatorTreeFields } from './indicator-tree-fields';

interface IndicatorTreeRowProps {
  tree: IndicatorTree;
  indicator: IndicatorDef;
  depth: number;
  readOnly: boolean;
  onTargets: () => void;
}

/** One indicator or group of the tree: its fields, its sum (groups), its buttons and its problems. */
export function IndicatorTreeRow({ tree, indicator: d, depth, readOnly, onTargets }: IndicatorTreeRowProps) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number) => formatScore(n, i18n.language);
  const r = tree.rowByKey.get(d.id)!;
  const isGroup = r.kind === 'GROUP';
  const sum = tree.groupSums.get(r.key) ?? 0;
  const exceeded = isGroup && sum > d.maxPoints + 1e-9;
  const rowIssues = tree.issues.filter((i) => i.code !== null && i.code === d.code && i.reason !== 'GROUP_EXCEEDED');
  return (
    <li
      className={`cmp-tree__row${isGroup ? ' is-group' : ''}${exceeded ? ' is-exceeded' : ''}`}
      style={{ marginLeft: `${depth * 1.5}rem` }}
      data-testid={`tree-row-${d.code}`}
    >
      <IndicatorTreeFields
        row={r}
        legend={d.code}
        readOnly={readOnly}
        kindLocked={isGroup && tree.hasChildren(r.key)}
        onChange={(patch) => tree.update(r.key, patch)}
      />
      <div className="cmp-tree__side">
        {isGroup && (
          <span className={`cmp-sum${exceeded ? ' is-bad' : ''}`} data-testid={`tree-sum-${d.code}`}>
            {t('campaigns.tree.groupSum', { sum: fmt(sum), max: fmt(d.maxPoints) })}
          </span>
        )}
        <RowHint row={r} />
        {(r.kind === 'TARGET' || r.kind === 'RELATIVE_TO_BEST') &&
          tree.savedKeys.has(r.key) &&
          !readOnly &&
          !tree.dirty && (
            <Button variant="ghost" size="small" onClick={onTargets}>
              {t('campaigns.tree.unitTargets')}
            </Button>
          )}
        {!readOnly && <RowActions tree={tree} row={r} />}
      </div>
      {exceeded && (
        <p className="cmp-tree__issue" role="alert">
          {t('campaigns.tree.exceeded', { code: d.code, sum: fmt(sum), max: fmt(d.maxPoints) })}
        </p>
      )}
      {rowIssues.map((i) => (
        <p key={i.reason} className="cmp-tree__issue">
          {t(`campaigns.treeIssue.${i.reason}`, { code: i.code ?? '', defaultValue: i.message })}
        </p>
      ))}
    </li>
  );
}

function RowHint({ row: r }: { row: IndicatorRow }) {
  const { t } = useTranslation();
  if (r.kind === 'COUNT')
    return (
      <span className="muted">{t('campaigns.tree.countHint', { per: r.perItemPoints || '?', cap: r.maxPoints })}</span>
    );
  if (r.kind === 'BONUS' || r.kind === 'PENALTY')
    return (
      <span className="muted">
        {r.perItemPoints
          ? t('campaigns.setup.perOccurrenceHint', { per: r.perItemPoints, cap: r.maxPoints })
          : t('campaigns.tree.outsideMax')}
      </span>
    );
  return null;
}

/** Move among siblings, add under a group, remove (with everything under it). */
function RowActions({ tree, row: r }: { tree: IndicatorTree; row: IndicatorRow }) {
  const { t } = useTranslation();
  return (
    <span className="cmp-tree__actions">
      <Button variant="ghost" size="small" onClick={() => tree.move(r.key, -1)} aria-label={t('campaigns.tree.up')}>
        ↑
      </Button>
      <Button variant="ghost" size="small" onClick={() => tree.move(r.key, 1)} aria-label={t('campaigns.tree.down')}>
        ↓
      </Button>
      {r.kind === 'GROUP' && (
        <>
          <Button variant="secondary" size="small" onClick={() => tree.add(r.key, 'MANUAL')}>
            + {t('campaigns.tree.addIndicator')}
          </Button>
          <Button variant="ghost" size="small" onClick={() => tree.add(r.key, 'GROUP')}>
            + {t('campaigns.tree.addSubgroup')}
          </Button>
        </>
      )}
      <Button variant="ghost" size="small" className="btn-danger-text" onClick={() => tree.remove(r.key)}>
        {t('common.delete')}
      </Button>
    </span>
  );
}
