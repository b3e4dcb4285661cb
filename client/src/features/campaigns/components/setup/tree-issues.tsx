import { useTranslation } from 'react-i18next';
import type { IndicatorTree } from '../../hooks/use-indicator-tree';
import { formatScore } from '../../utils/campaign-model';

/** Everything the shared validation finds in the tree, listed before saving (and before launch). */
export function TreeIssues({ tree, totalPoints }: { tree: IndicatorTree; totalPoints: number }) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number) => formatScore(n, i18n.language);
  if (tree.issues.length === 0) return null;
  const byCode = (code: string | null) => tree.defs.find((d) => d.code === code);
  return (
    <div className="alert alert-error" data-testid="tree-issues">
      <strong>{t('campaigns.tree.issuesTitle')}</strong>
      <ul>
        {tree.issues.map((i, n) => (
          <li key={n}>
            {i.reason === 'TOTAL_MISMATCH'
              ? t('campaigns.tree.totalMismatch', { sum: fmt(tree.topSum), total: fmt(totalPoints) })
              : i.reason === 'GROUP_EXCEEDED'
                ? t('campaigns.tree.exceeded', {
                    code: i.code ?? '',
                    sum: fmt(tree.groupSums.get(byCode(i.code)?.id ?? '') ?? 0),
                    max: fmt(byCode(i.code)?.maxPoints ?? 0),
                  })
                : t(`campaigns.treeIssue.${i.reason}`, { code: i.code ?? '', defaultValue: i.message })}
          </li>
        ))}
      </ul>
    </div>
  );
}
