import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { Alert, Button, EmptyState, ErrorState, LoadingState, Page } from '../../../components/ui';
import { formatNumber } from '../../../lib/format';
import { CODE_SHEETS_LIMIT, useCodeSheets } from '../hooks/use-code-sheets';
import { CodeCard } from './code-card';

/**
 * Printable code sheets: one A4 sheet (or more) per class / TDP, 3 × 8 cards a page, each
 * card with the person's code as text and as a QR code of `<origin>/join?code=…`.
 * `?subUnit=5A` prints one class. The app's header and this page's buttons do not print.
 */
export function CodeSheetsPage() {
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const subUnit = params.get('subUnit')?.trim() || null;
  const { t, i18n } = useTranslation();
  const { unit, sheets, total, shown, loaded, error, retry } = useCodeSheets(unitId, subUnit);
  const n = (value: number) => formatNumber(value, i18n.language);
  const origin = window.location.origin;
  const cards = sheets.reduce((sum, s) => sum + s.count, 0);
  const pages = sheets.reduce((sum, s) => sum + s.pages.length, 0);

  return (
    <Page
      className="people-page code-sheets-page"
      testId="code-sheets-page"
      title={t('people.codes.title')}
      lead={unit ? t('people.codes.lead', { name: unit.name }) : undefined}
      breadcrumb={[
        { label: t('people.nav'), to: '/admin/people' },
        { label: unit?.name ?? t('people.roster.title'), to: `/admin/units/${unitId}/people` },
        { label: subUnit ? t('people.codes.titleOf', { subUnit }) : t('people.codes.title') },
      ]}
      actions={
        <Button variant="primary" data-testid="code-sheets-print" disabled={cards === 0} onClick={() => window.print()}>
          {t('people.codes.print')}
        </Button>
      }
    >
      <div className="code-sheets__notes">
        <ErrorState error={error} onRetry={retry} />
        {!loaded && !error && <LoadingState />}
        {loaded && cards > 0 && (
          <p className="totals" data-testid="code-sheets-summary">
            {t('people.codes.summary', { cards: n(cards), sheets: n(sheets.length), pages: n(pages) })}
          </p>
        )}
        {loaded && total > shown && (
          <Alert tone="info">{t('people.codes.tooMany', { limit: n(CODE_SHEETS_LIMIT), total: n(total) })}</Alert>
        )}
        {loaded && cards > 0 && <p className="field__hint">{t('people.codes.printHint')}</p>}
        {loaded && cards === 0 && <EmptyState testId="code-sheets-empty">{t('people.codes.empty')}</EmptyState>}
      </div>
      <div className="code-sheets">
        {sheets.map((sheet) =>
          sheet.pages.map((page, i) => (
            <section
              key={`${sheet.unitName}-${sheet.title}-${i}`}
              className="code-sheet"
              data-testid="code-sheet"
              aria-label={sheet.title}
            >
              <header className="code-sheet__header">
                <strong>{sheet.title}</strong>
                <span>
                  {sheet.unitName !== sheet.title && `${sheet.unitName} · `}
                  {t('people.codes.sheetCount', { count: sheet.count, value: n(sheet.count) })}
                  {sheet.pages.length > 1 &&
                    ` · ${t('people.codes.pageOf', { page: n(i + 1), pages: n(sheet.pages.length) })}`}
                </span>
              </header>
              <div className="code-sheet__grid">
                {page.map((person) => (
                  <CodeCard key={person.id} person={person} origin={origin} />
                ))}
              </div>
            </section>
          )),
        )}
      </div>
    </Page>
  );
}
