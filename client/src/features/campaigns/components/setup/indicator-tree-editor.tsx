import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Alert, Button, FormActions } from '../../../../components/ui';
import { useIndicatorTree } from '../../hooks/use-indicator-tree';
import { campaignErrorText, type CampaignData, formatScore } from '../../utils/campaign-model';
import { CriteriaSetBar } from './criteria-set-bar';
import { IndicatorImportDialog } from './indicator-import-dialog';
import { IndicatorTreeRow } from './indicator-tree-row';
import { TargetsDialog } from './targets-dialog';
import { TreeIssues } from './tree-issues';
import '../../styles/setup.css';

/**
 * The indicator tree with live totals: every group shows the sum of its indicators
 * against its maximum (red when they exceed it: the server would refuse the launch),
 * the top shows the groups against the campaign's total, and every problem the shared
 * validation finds is listed before saving.
 */
export function IndicatorTreeEditor({ campaign, onSaved }: { campaign: CampaignData; onSaved: () => void }) {
  const [setId, setSetId] = useState(campaign.criteriaSets[0]?.id ?? '');
  const selected = campaign.criteriaSets.find((s) => s.id === setId) ?? campaign.criteriaSets[0];
  // One editor per set: switching sets starts from that set's saved tree.
  return (
    <SetTreeEditor
      key={selected?.id ?? ''}
      campaign={campaign}
      setId={selected?.id ?? ''}
      onSelect={setSetId}
      onSaved={onSaved}
    />
  );
}

function SetTreeEditor({
  campaign,
  setId,
  onSelect,
  onSaved,
}: {
  campaign: CampaignData;
  setId: string;
  onSelect: (id: string) => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const readOnly = campaign.status !== 'DRAFT';
  const tree = useIndicatorTree(campaign, setId, onSaved);
  const [importing, setImporting] = useState(false);
  const setName = campaign.criteriaSets.find((s) => s.id === setId)?.name ?? '';
  const [targetsFor, setTargetsFor] = useState<string | null>(null);
  const fmt = (n: number) => formatScore(n, i18n.language);
  const totalOk = Math.abs(tree.topSum - campaign.totalPoints) <= 1e-9;

  return (
    <section className="card cmp-section" aria-labelledby="tree-title" data-testid="indicator-tree">
      <header className="cmp-section__head">
        <h2 id="tree-title">{t('campaigns.tree.title')}</h2>
        <p className={`cmp-total ${totalOk ? 'is-ok' : 'is-bad'}`} data-testid="tree-total">
          {t('campaigns.tree.total', { sum: fmt(tree.topSum), total: fmt(campaign.totalPoints) })}
        </p>
      </header>
      <CriteriaSetBar
        campaign={campaign}
        selectedId={setId}
        onSelect={onSelect}
        onImport={() => setImporting(true)}
        onSaved={onSaved}
        readOnly={readOnly}
      />
      {!readOnly && <p className="muted">{t('campaigns.tree.lead')}</p>}
      <ol className="cmp-tree">
        {tree.ordered.map(({ indicator, depth }) => (
          <IndicatorTreeRow
            key={indicator.id}
            tree={tree}
            indicator={indicator}
            depth={depth}
            readOnly={readOnly}
            onTargets={() => setTargetsFor(indicator.id)}
          />
        ))}
      </ol>
      {!readOnly && (
        <div className="cmp-tree__add">
          <Button variant="secondary" onClick={() => tree.add(null, 'GROUP')} data-testid="tree-add-group">
            + {t('campaigns.tree.addGroup')}
          </Button>
          <Button variant="ghost" onClick={() => tree.add(null, 'BONUS')}>
            + {t('campaigns.kind.BONUS')}
          </Button>
          <Button variant="ghost" onClick={() => tree.add(null, 'PENALTY')}>
            + {t('campaigns.kind.PENALTY')}
          </Button>
        </div>
      )}
      <TreeIssues tree={tree} totalPoints={campaign.totalPoints} />
      {tree.notice && <Alert tone="info">{tree.notice}</Alert>}
      <FormError message={campaignErrorText(t, tree.error)} />
      {!readOnly && (
        <FormActions align="start">
          <Button
            variant="primary"
            disabled={tree.saving || !tree.dirty}
            onClick={() => void tree.submit()}
            data-testid="tree-save"
          >
            {tree.saving ? t('common.saving') : t('campaigns.tree.save')}
          </Button>
          {tree.dirty && <span className="muted">{t('campaigns.tree.unsaved')}</span>}
        </FormActions>
      )}
      {importing && (
        <IndicatorImportDialog
          campaignId={campaign.id}
          criteriaSetId={setId}
          criteriaSetName={setName}
          onClose={() => setImporting(false)}
          onImported={onSaved}
        />
      )}
      {targetsFor && (
        <TargetsDialog
          campaign={campaign}
          indicatorId={targetsFor}
          onClose={() => setTargetsFor(null)}
          onSaved={() => {
            setTargetsFor(null);
            tree.setNotice(t('campaigns.targets.saved'));
            onSaved();
          }}
        />
      )}
    </section>
  );
}
