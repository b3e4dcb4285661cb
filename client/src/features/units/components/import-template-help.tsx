import type { UnitRosterColumnKey } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../../components/icons';
import { saveBlob } from '../../../lib/files';
import { buildTemplateCsv, KIND_VALUES, POPULATION_KIND_VALUES, TEMPLATE_COLUMNS } from '../utils/import-template';

const headerOf = (key: UnitRosterColumnKey) => TEMPLATE_COLUMNS.find((c) => c.key === key)?.header;

/** Explains the roster columns and offers an example CSV built in the browser. */
export function ImportTemplateHelp({ wardCode }: { wardCode: string }) {
  const { t } = useTranslation();

  function download() {
    saveBlob(buildTemplateCsv(wardCode), 'mau-danh-sach-don-vi.csv');
  }

  return (
    <section className="card template-help" aria-labelledby="template-title">
      <h2 id="template-title">{t('import.template.title')}</h2>
      <p>{t('import.template.intro')}</p>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('import.template.column')}</th>
              <th scope="col">{t('import.template.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {TEMPLATE_COLUMNS.map((column) => (
              <tr key={column.key}>
                <th scope="row" lang="vi">
                  <code>{column.header}</code>
                  {column.required && <span className="required"> *</span>}
                </th>
                <td>{t(`import.template.columns.${column.key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__hint">{t('import.template.requiredNote')}</p>
      <dl className="accepted-values">
        <dt>
          <code lang="vi">{headerOf('kind')}</code>
        </dt>
        <dd lang="vi">
          {KIND_VALUES.map((value) => (
            <span key={value} className="chip">
              {value}
            </span>
          ))}
        </dd>
        <dt>
          <code lang="vi">{headerOf('populationKind')}</code>
        </dt>
        <dd lang="vi">
          {POPULATION_KIND_VALUES.map((value) => (
            <span key={value} className="chip">
              {value}
            </span>
          ))}
        </dd>
      </dl>
      <p>{t('import.template.rules')}</p>
      <button type="button" className="btn btn-secondary" data-testid="import-template-download" onClick={download}>
        <DownloadIcon size={20} /> {t('import.template.download')}
      </button>
    </section>
  );
}
