import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import { downloadWithSession } from '../../../../lib/files';
import {
  CreateCriteriaSetDocument,
  DeleteCriteriaSetDocument,
  RenameCriteriaSetDocument,
} from '../../graphql/setup.documents';
import { campaignErrorText, type CampaignData } from '../../utils/campaign-model';

interface CriteriaSetBarProps {
  campaign: CampaignData;
  selectedId: string;
  onSelect: (id: string) => void;
  onImport: () => void;
  onSaved: () => void;
  readOnly: boolean;
}

/**
 * The campaign's criteria sets as tabs (each block is scored by one), with what a set
 * can do: add, rename, delete (not while a block uses it), export, import, template.
 */
export function CriteriaSetBar({ campaign, selectedId, onSelect, onImport, onSaved, readOnly }: CriteriaSetBarProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState(false);
  const [failed, setFailed] = useState(false);
  const [created, create] = useMutation(CreateCriteriaSetDocument);
  const [renamed, rename] = useMutation(RenameCriteriaSetDocument);
  const [deleted, remove] = useMutation(DeleteCriteriaSetDocument);
  const selected = campaign.criteriaSets.find((s) => s.id === selectedId) ?? campaign.criteriaSets[0];
  const blockNames = (ids: readonly string[]) => campaign.blocks.filter((b) => ids.includes(b.id)).map((b) => b.name);
  const download = (path: string, fallback: string) => {
    setFailed(false);
    downloadWithSession(path, fallback).catch(() => setFailed(true));
  };

  async function add() {
    const result = await create({ input: { campaignId: campaign.id, name: name.trim() } });
    const sets = result.data?.createCriteriaSet.criteriaSets;
    if (sets) {
      setName('');
      onSelect(sets[sets.length - 1].id);
      onSaved();
    }
  }

  return (
    <div className="cmp-sets" data-testid="criteria-sets">
      <div className="cmp-sets__tabs" role="tablist" aria-label={t('campaigns.setup.sets')}>
        {campaign.criteriaSets.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === selected?.id}
            className={`cmp-sets__tab${s.id === selected?.id ? ' is-current' : ''}`}
            onClick={() => onSelect(s.id)}
            data-testid={`criteria-set-${s.position}`}
          >
            <span>{s.name}</span>
            <small className="muted">
              {s.blockIds.length > 0 ? blockNames(s.blockIds).join(', ') : t('campaigns.setup.noBlock')}
              {s.indicatorIssues.length > 0
                ? ` · ${t('campaigns.setup.setIssues', { count: s.indicatorIssues.length })}`
                : ''}
            </small>
          </button>
        ))}
      </div>
      {selected && (
        <div className="cmp-sets__actions">
          {!readOnly && renaming ? (
            <form
              className="cmp-inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void rename({ input: { id: selected.id, name: name.trim() } }).then((r) => {
                  if (r.data) {
                    setRenaming(false);
                    setName('');
                    onSaved();
                  }
                });
              }}
            >
              <input
                aria-label={t('campaigns.setup.setName')}
                value={name}
                onChange={(e) => setName(e.target.value)}
                required
              />
              <Button type="submit" size="small" variant="secondary" disabled={!name.trim() || renamed.fetching}>
                {t('common.save')}
              </Button>
            </form>
          ) : (
            !readOnly && (
              <>
                <Button
                  size="small"
                  variant="ghost"
                  onClick={() => {
                    setName(selected.name);
                    setRenaming(true);
                  }}
                >
                  {t('campaigns.setup.rename')}
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  className="btn-danger-text"
                  data-testid="criteria-set-delete"
                  disabled={selected.blockIds.length > 0 || campaign.criteriaSets.length === 1 || deleted.fetching}
                  title={selected.blockIds.length > 0 ? t('campaigns.setup.inUse') : undefined}
                  onClick={() =>
                    void remove({ id: selected.id }).then((r) => {
                      if (r.data) {
                        onSelect(campaign.criteriaSets[0].id);
                        onSaved();
                      }
                    })
                  }
                >
                  {t('common.delete')}
                </Button>
              </>
            )
          )}
          {!readOnly && (
            <Button size="small" variant="secondary" onClick={onImport} data-testid="tree-import">
              {t('campaigns.setup.importButton')}
            </Button>
          )}
          <Button
            size="small"
            variant="ghost"
            onClick={() =>
              download(`/api/campaigns/${campaign.id}/criteria-sets/${selected.id}/indicators.xlsx`, 'bo-tieu-chi.xlsx')
            }
            data-testid="tree-export"
          >
            {t('campaigns.setup.exportButton')}
          </Button>
          {!readOnly && (
            <Button
              size="small"
              variant="ghost"
              onClick={() => download('/api/campaigns/indicator-tree-template.xlsx', 'mau-bo-tieu-chi.xlsx')}
            >
              {t('campaigns.setup.templateButton')}
            </Button>
          )}
        </div>
      )}
      {!readOnly && (
        <form
          className="cmp-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <input
            aria-label={t('campaigns.setup.newSet')}
            placeholder={t('campaigns.setup.newSetPlaceholder')}
            value={renaming ? '' : name}
            disabled={renaming}
            onChange={(e) => setName(e.target.value)}
          />
          <Button
            type="submit"
            size="small"
            variant="secondary"
            disabled={renaming || !name.trim() || created.fetching}
          >
            + {t('campaigns.setup.addSet')}
          </Button>
        </form>
      )}
      {failed && <p className="alert alert-error">{t('campaigns.setup.downloadFailed')}</p>}
      <FormError message={campaignErrorText(t, created.error ?? renamed.error ?? deleted.error)} />
    </div>
  );
}
