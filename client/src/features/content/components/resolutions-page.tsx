import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormError } from '../../../components/form-error';
import { buttonClass, EmptyState, LoadingState, Page, SelectField } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { formatDate } from '../../../lib/format';
import { useResolutions } from '../hooks/use-content-data';
import { ContentTabs } from './content-tabs';

/** Resolutions and their sections, with a reader for the selected section's text. */
export function ResolutionsPage() {
  const { t } = useTranslation();
  const { resolutions, fetching, error, loaded } = useResolutions();
  const [params, setParams] = useSearchParams();
  const resolution = resolutions.find((r) => r.id === params.get('resolution')) ?? resolutions[0];
  const section = resolution?.sections.find((s) => s.id === params.get('section')) ?? resolution?.sections[0];

  function open(resolutionId: string, sectionId?: string) {
    const next = new URLSearchParams();
    next.set('resolution', resolutionId);
    if (sectionId) next.set('section', sectionId);
    setParams(next, { replace: true });
    if (sectionId) document.getElementById('section-reader')?.focus({ preventScroll: false });
  }

  return (
    <Page titleId="resolutions-title" title={t('content.resolutions.title')} lead={t('content.resolutions.lead')}>
      <ContentTabs />
      <FormError message={errorText(t, error)} />
      {!loaded && fetching && <LoadingState />}
      {loaded && resolutions.length === 0 && <EmptyState>{t('content.resolutions.empty')}</EmptyState>}

      {resolutions.length > 1 && (
        <SelectField
          id="resolution-pick"
          fieldClassName="resolution-pick"
          label={t('content.resolutions.pick')}
          value={resolution?.id ?? ''}
          options={resolutions.map((r) => ({ value: r.id, label: `${r.code} · ${r.title}` }))}
          onChange={(id) => open(id)}
        />
      )}

      {resolution && (
        <>
          <article className="card resolution-card" data-testid="resolution-card">
            <h2>
              {resolution.title} {resolution.isDemo && <span className="badge badge-demo">{t('units.demo')}</span>}
            </h2>
            <p className="muted">
              <code>{resolution.code}</code>
              {resolution.issuedOn && (
                <> · {t('content.resolutions.issuedOn', { date: formatDate(resolution.issuedOn) })}</>
              )}{' '}
              · {t('content.resolutions.sectionCount', { count: resolution.sections.length })}
            </p>
            {resolution.summary && <p>{resolution.summary}</p>}
          </article>

          <div className="reader">
            <nav className="reader__toc card" aria-label={t('content.resolutions.toc')}>
              <ol>
                {resolution.sections.map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className={`reader__toc-item${s.id === section?.id ? ' is-current' : ''}`}
                      aria-current={s.id === section?.id ? 'true' : undefined}
                      data-testid={`section-${s.key}`}
                      onClick={() => open(resolution.id, s.id)}
                    >
                      <span className="reader__key">{s.key}</span>
                      <span className="reader__toc-title">{s.title}</span>
                    </button>
                  </li>
                ))}
              </ol>
            </nav>
            {section && (
              <article id="section-reader" className="reader__body card" tabIndex={-1} data-testid="section-reader">
                <p className="reader__kind">
                  <span className="badge badge-kind">{t(`content.sectionKind.${section.kind}`)}</span>{' '}
                  <span className="reader__key">{section.key}</span>
                </p>
                <h2>{section.title}</h2>
                {section.body ? (
                  section.body.split(/\n+/u).map((paragraph, i) => <p key={i}>{paragraph}</p>)
                ) : (
                  <p className="muted">{t('content.resolutions.noBody')}</p>
                )}
                <Link className={buttonClass('secondary', 'small')} to={`/content?section=${section.id}`}>
                  {t('content.resolutions.questionsOfSection')}
                </Link>
              </article>
            )}
          </div>
        </>
      )}
    </Page>
  );
}
