import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormError } from '../../../../components/form-error';
import { LoadingState } from '../../../../components/ui';
import type { PublicPostingQuery } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { usePostingPublic } from '../../hooks/use-posting-public';
import { formatDay, recipientLine } from '../../utils/council-view';
import { usePageTitle } from '../../../../lib/page-title';
import { PublicCommentForm } from './comment-form';
import '../../styles/posting-public.css';

type Entry = NonNullable<PublicPostingQuery['publicPosting']>['entries'][number];

function byForm(entries: readonly Entry[]): { form: string; entries: Entry[] }[] {
  const groups: { form: string; entries: Entry[] }[] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last && last.form === e.formName) last.entries.push(e);
    else groups.push({ form: e.formName, entries: [e] });
  }
  return groups;
}

/** `/posting/:roundId`: the posted list for residents (no sign-in, phone first) and their comment. */
export function PostingPage() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const { posting, fetching, error, submitting, submit } = usePostingPublic(roundId);
  usePageTitle(posting?.roundName ?? t('commendation.public.title'));
  if (!posting) {
    return (
      <main className="pp" data-testid="commendation-posting-page">
        <h1 className="pp-title">{t('commendation.public.title')}</h1>
        <FormError message={errorText(t, error)} />
        {fetching && <LoadingState />}
      </main>
    );
  }
  const live = posting.entries.filter((e) => e.status !== 'REVOKED');
  return (
    <main className="pp" data-testid="commendation-posting-page">
      <header className="pp-header">
        {posting.wardName && <p className="pp-ward">{posting.wardName}</p>}
        <h1 className="pp-title">{t('commendation.public.title')}</h1>
        <p className="pp-round">{posting.roundName}</p>
        {posting.postingStartsAt && (
          <p className="pp-window" data-testid="public-window">
            {t('commendation.public.window', {
              from: formatDay(posting.postingStartsAt),
              to: formatDay(posting.postingEndsAt),
            })}
          </p>
        )}
        {posting.places && <p>{t('commendation.public.places', { places: posting.places })}</p>}
        {posting.decisionNumber && (
          <p className="pp-decision" data-testid="public-decision">
            {t('commendation.public.decided', {
              number: posting.decisionNumber,
              date: formatDay(posting.decisionDate),
            })}
          </p>
        )}
      </header>
      {posting.entries.length === 0 && <p className="empty">{t('commendation.public.empty')}</p>}
      {byForm(posting.entries).map((g) => (
        <section key={g.form} className="pp-group" aria-label={g.form}>
          <h2>
            {g.form} <span className="pp-count">({g.entries.length})</span>
          </h2>
          <ol className="pp-list">
            {g.entries.map((e) => (
              <li
                key={e.proposalId}
                className={e.status === 'REVOKED' ? 'pp-entry pp-entry--revoked' : 'pp-entry'}
                data-testid={`public-entry-${e.proposalId}`}
              >
                <p className="pp-name">{e.recipientName}</p>
                {recipientLine(e.recipientDetail, e.unitName, e.recipientName) && (
                  <p className="pp-unit">{recipientLine(e.recipientDetail, e.unitName, e.recipientName)}</p>
                )}
                {e.achievements && <p className="pp-achievements">{e.achievements}</p>}
                {e.status === 'REVOKED' && (
                  <p className="pp-revoked">
                    <strong>{t('commendation.proposals.status.REVOKED')}</strong>
                    {e.revocationReason && `: ${e.revocationReason}`}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <section className="pp-comment" aria-labelledby="pp-comment-title">
        <h2 id="pp-comment-title">{t('commendation.public.form.title')}</h2>
        {posting.commentsOpen ? (
          <PublicCommentForm
            roundId={posting.roundId}
            entries={live}
            busy={submitting.fetching}
            error={submitting.error}
            onSubmit={async (input) => Boolean((await submit({ input })).data)}
          />
        ) : (
          <p className="pp-closed" data-testid="public-comments-closed">
            {t('commendation.public.form.closed')}
          </p>
        )}
      </section>
    </main>
  );
}
