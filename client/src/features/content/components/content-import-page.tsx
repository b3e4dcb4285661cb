import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error';
import { FileIcon } from '../../../components/icons';
import { ImportSteps } from '../../../components/import-steps';
import { Button, Field, FormActions, Page, SelectField } from '../../../components/ui';
import { QUESTION_IMPORT_ACCEPT } from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { useResolutions } from '../hooks/use-content-data';
import { useQuestionImport } from '../hooks/use-question-import';
import { ContentImportOutcome } from './content-import-outcome';
import { ContentTabs } from './content-tabs';
import { QuestionTemplateHelp } from './question-template-help';

/** Question import wizard: pick a file → check (dry run) → import; all or nothing. */
export function ContentImportPage() {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { resolutions } = useResolutions();
  const wizard = useQuestionImport(resolutions);
  const { file } = wizard;

  return (
    <Page titleId="content-import-title" title={t('content.import.title')} lead={t('content.import.lead')}>
      <ContentTabs />
      <ImportSteps step={wizard.step} />

      <div className="import-layout">
        <div className="card import-wizard">
          <SelectField
            id="content-import-resolution"
            label={t('content.import.resolution')}
            hint={t('content.import.resolutionHint')}
            data-testid="content-import-resolution"
            value={wizard.resolutionId}
            options={resolutions.map((r) => ({ value: r.id, label: `${r.code} · ${r.title}` }))}
            onChange={wizard.chooseResolution}
          />
          <Field
            label={t('content.import.pickFile')}
            htmlFor="content-import-file"
            hint={t('content.import.pickHint', { max: wizard.maxMb })}
          >
            {(control) => (
              <input
                {...control}
                ref={wizard.inputRef}
                data-testid="content-import-file"
                type="file"
                accept={QUESTION_IMPORT_ACCEPT}
                onChange={(e) => void wizard.pick(e)}
              />
            )}
          </Field>
          {file && (
            <p className="file-chip" data-testid="content-import-file-name">
              <FileIcon size={20} /> {file.name} ·{' '}
              {t('import.size', { value: n(Math.max(1, Math.round(file.size / 1024))) })}
            </p>
          )}
          <FormError message={wizard.errorText} />

          <FormActions align="start">
            <Button data-testid="content-import-check" disabled={!wizard.canCheck} onClick={() => void wizard.check()}>
              {wizard.checking ? t('import.checking') : t('import.check')}
            </Button>
            <Button
              variant="primary"
              data-testid="content-import-commit"
              disabled={!wizard.canCommit}
              onClick={() => void wizard.commit()}
            >
              {wizard.committing ? t('import.committing') : t('import.commit')}
            </Button>
          </FormActions>

          <div aria-live="polite">
            <ContentImportOutcome outcome={wizard.outcome} onRestart={wizard.restart} />
          </div>
        </div>

        <QuestionTemplateHelp onDownload={(format) => void wizard.template(format)} failed={wizard.templateError} />
      </div>
    </Page>
  );
}
