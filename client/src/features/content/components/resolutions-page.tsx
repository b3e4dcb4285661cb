import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import { errorText } from '../../../lib/error-text';
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
    <section className="page" aria-labelledby="resolutions-title">
      <header className="page-header">
        <div>
          <h1 id="resolutions-title">{t('content.resolutions.title')}</h1>
          <p className="page-header__lead">{t('content.resolutions.lead')}</p>
        </div>
      </header>
      <ContentTabs />
      <FormError message={errorText(t, error)} />
      {!loaded && fetching && <Loading />}
      {loaded && resolutions.length === 0 && <p className="empty">{t('content.resolutions.empty')}</p>}

      {resolutions.length > 1 && (
        <div className="field resolution-pick">
          <label htmlFor="resolution-pick">{t('content.resolutions.pick')}</label>
          <select id="resolution-pick" value={resolution?.id ?? ''} onChange={(e) => open(e.target.value)}>
            {resolutions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.code} · {r.title}
              </option>
            ))}
          </select>
        </div>
      )}

      {resolution && (
        <>
          <article className="card resolution-card" data-testid="resolution-card">
            <h2>
              {resolution.title} {resolution.isDemo && <span className="badge badge-demo">{t('units.demo')}</span>}
            </h2>
            <p className="muted">
              <code>{resolution.code}</code>
              {resolution.issuedOn && <> · {t('content.resolutions.issuedOn', { date: resolution.issuedOn })}</>} ·{' '}
              {t('content.resolutions.sectionCount', { count: resolution.sections.length })}
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
                <Link className="btn btn-secondary btn-small" to={`/content?section=${section.id}`}>
                  {t('content.resolutions.questionsOfSection')}
                </Link>
              </article>
            )}
          </div>
        </>
      )}
    </section>
  );
}
