import { QUESTION_FILE_OVERVIEW } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../../components/icons';
import { Button, DataTable, FormActions } from '../../../components/ui';

/** Columns of the question file (docs/question-import.md), from shared; headers stay Vietnamese whatever the UI language. */
const TEMPLATE_COLUMNS = QUESTION_FILE_OVERVIEW;
type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

interface QuestionTemplateHelpProps {
  onDownload: (format: 'xlsx' | 'csv') => void;
  failed: boolean;
}

/** The question file's template to download, and what each of its columns means. */
export function QuestionTemplateHelp({ onDownload, failed }: QuestionTemplateHelpProps) {
  const { t } = useTranslation();
  return (
    <section className="card template-help" aria-labelledby="q-template-title">
      <h2 id="q-template-title">{t('import.template.title')}</h2>
      <p>{t('content.import.templateIntro')}</p>
      <FormActions align="start">
        <Button data-testid="content-template-xlsx" onClick={() => onDownload('xlsx')}>
          <DownloadIcon size={20} /> {t('content.import.templateXlsx')}
        </Button>
        <Button variant="ghost" data-testid="content-template-csv" onClick={() => onDownload('csv')}>
          <DownloadIcon size={20} /> {t('content.import.templateCsv')}
        </Button>
      </FormActions>
      {failed && <p className="field__error">{t('content.import.templateFailed')}</p>}
      <DataTable<TemplateColumn>
        compact
        rows={TEMPLATE_COLUMNS}
        rowKey={(column) => column.key}
        columns={[
          {
            key: 'header',
            header: t('import.template.column'),
            rowHeader: true,
            render: (column) => (
              <>
                <code lang="vi">{column.header}</code>
                {column.required && <span className="required"> *</span>}
              </>
            ),
          },
          {
            key: 'meaning',
            header: t('import.template.meaning'),
            render: (column) => t(`content.import.columns.${column.key}`),
          },
        ]}
      />
      <p className="field__hint">{t('import.template.requiredNote')}</p>
    </section>
  );
}
