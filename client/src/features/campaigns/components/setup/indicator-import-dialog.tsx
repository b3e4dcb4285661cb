import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { ImportErrorTable } from '../../../../components/import-error-table';
import { ImportSteps } from '../../../../components/import-steps';
import { Button, FormActions } from '../../../../components/ui';
import { useImportWizard } from '../../../../components/use-import-wizard';
import { IMPORT_ACCEPT } from '../../../../lib/files';
import type { ImportIndicatorTreeMutation } from '../../../../generated/graphql';
import { ImportIndicatorTreeDocument } from '../../graphql/setup.documents';
import { campaignErrorText, formatScore } from '../../utils/campaign-model';

type Reply = ImportIndicatorTreeMutation['importIndicatorTree'];
type Counts = Pick<Reply, 'count' | 'indicators' | 'issues'>;

interface IndicatorImportDialogProps {
  campaignId: string;
  criteriaSetId: string;
  criteriaSetName: string;
  onClose: () => void;
  onImported: () => void;
}

/**
 * Imports a criteria set's tree from the ward's table (XLSX or CSV): check first (the
 * tree it gives, or every bad row and column), then replace the set's tree, all or nothing.
 */
export function IndicatorImportDialog({
  campaignId,
  criteriaSetId,
  criteriaSetName,
  onClose,
  onImported,
}: IndicatorImportDialogProps) {
  const { t, i18n } = useTranslation();
  const [{ fetching, error }, importTree] = useMutation(ImportIndicatorTreeDocument);
  const wizard = useImportWizard<Counts>({
    send: async (file, dryRun) => {
      const result = await importTree({
        input: { campaignId, criteriaSetId, fileName: file.name, contentBase64: file.contentBase64, dryRun },
      });
      return { reply: result.data?.importIndicatorTree, error: result.error };
    },
    counts: ({ count, indicators, issues }) => ({ count, indicators, issues }),
    onCommitted: onImported,
  });
  const outcome = wizard.outcome;
  const preview = outcome && outcome.kind !== 'rejected' ? outcome : null;
  return (
    <Dialog
      open
      title={t('campaigns.setup.import.title', { set: criteriaSetName })}
      onClose={onClose}
      testId="tree-import-dialog"
    >
      <ImportSteps step={wizard.step} />
      <p className="muted">{t('campaigns.setup.import.lead')}</p>
      <input
        ref={wizard.inputRef}
        type="file"
        accept={IMPORT_ACCEPT}
        onChange={wizard.pick}
        aria-label={t('campaigns.setup.import.file')}
        data-testid="tree-import-file"
      />
      {wizard.fileError && <p className="alert alert-error">{wizard.fileError}</p>}
      {outcome?.kind === 'rejected' && (
        <ImportErrorTable
          errors={outcome.errors}
          title={t('campaigns.setup.import.rejected', { count: outcome.errors.length })}
        />
      )}
      {preview && (
        <div data-testid="tree-import-preview">
          <p className="alert alert-success">
            {preview.kind === 'committed'
              ? t('campaigns.setup.import.done', { count: preview.count })
              : t('campaigns.setup.import.checked', { count: preview.count })}
          </p>
          {preview.issues.length > 0 && (
            <div className="alert alert-info">
              <strong>{t('campaigns.setup.import.issues')}</strong>
              <ul>
                {preview.issues.map((issue) => (
                  <li key={`${issue.reason}-${issue.code ?? ''}-${issue.line ?? ''}`}>
                    {issue.line ? `${t('import.col.line')} ${issue.line}: ` : ''}
                    {t(`campaigns.treeIssue.${issue.reason}`, { code: issue.code ?? '', defaultValue: issue.message })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="table-wrap cmp-import-preview">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">STT</th>
                  <th scope="col">{t('campaigns.tree.name')}</th>
                  <th scope="col">{t('campaigns.tree.kind')}</th>
                  <th scope="col" className="num">
                    {t('campaigns.tree.max')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.indicators.map((i) => (
                  <tr key={i.id} className={i.kind === 'GROUP' ? 'is-group' : undefined}>
                    <td>{i.number}</td>
                    <td style={{ paddingLeft: `${0.5 + i.depth * 1.25}rem` }}>{i.title}</td>
                    <td>{t(`campaigns.kind.${i.kind}`)}</td>
                    <td className="num">{formatScore(i.maxPoints, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <FormError message={campaignErrorText(t, error)} />
      <FormActions>
        <Button variant="ghost" onClick={onClose}>
          {outcome?.kind === 'committed' ? t('common.close') : t('common.cancel')}
        </Button>
        {outcome?.kind !== 'committed' && (
          <>
            <Button
              variant="secondary"
              disabled={!wizard.file || fetching}
              onClick={() => wizard.run(true)}
              data-testid="tree-import-check"
            >
              {t('campaigns.setup.import.check')}
            </Button>
            <Button
              variant="primary"
              disabled={outcome?.kind !== 'checked' || fetching}
              onClick={() => wizard.run(false)}
              data-testid="tree-import-commit"
            >
              {t('campaigns.setup.import.commit')}
            </Button>
          </>
        )}
      </FormActions>
    </Dialog>
  );
}
