import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button, DateField, FormActions, LoadingState, TextAreaField } from '../../../../components/ui';
import type { RoundPostingQuery } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { publicPostingUrl, usePosting } from '../../hooks/use-posting';
import { formatDay, formatDayTime, todayInput } from '../../utils/council-view';
import { CommentHandling } from './comment-handling';
import '../../styles/council.css';

export interface PostingTabProps {
  roundId: string;
  /** Called after a change that moves the round (the page re-reads its status). */
  onChanged: () => void;
}

type Comment = RoundPostingQuery['postingComments'][number];

/** Niêm yết công khai: start the posting, its window and public link, the residents' comments and their handling. */
export function PostingTab({ roundId, onChanged }: PostingTabProps) {
  const { t } = useTranslation();
  const p = usePosting(roundId);
  const round = p.round;
  if (!round) {
    return (
      <section data-testid="posting-tab">
        <FormError message={errorText(t, p.error)} />
        {p.fetching && <LoadingState />}
      </section>
    );
  }
  const posted = round.status === 'POSTED' || round.status === 'DECIDED';
  return (
    <section data-testid="posting-tab" className="cm-posting" aria-label={t('commendation.posting.title')}>
      {round.status === 'PROPOSING' && <p className="empty">{t('commendation.posting.notYet')}</p>}
      {round.status === 'IN_COUNCIL' && (
        <StartPostingForm
          unvoted={round.proposals.filter((x) => x.status === 'PROPOSED').length}
          busy={p.starting.fetching}
          error={p.starting.error}
          onSubmit={(startsAt, places) =>
            void p.start({ input: { roundId, startsAt, places } }).then((r) => {
              if (r.data) {
                p.refresh();
                onChanged();
              }
            })
          }
        />
      )}
      {posted && (
        <section className="card" data-testid="posting-window">
          <p className="cm-posting__window">
            {t('commendation.posting.window', {
              from: formatDay(round.postingStartsAt),
              to: formatDay(round.postingEndsAt),
            })}
          </p>
          {round.postingPlaces && <p>{t('commendation.posting.placesShown', { places: round.postingPlaces })}</p>}
          <PublicLink roundId={roundId} />
        </section>
      )}
      {posted && (
        <section className="cm-comments" aria-label={t('commendation.posting.comments')}>
          <h3>
            {t('commendation.posting.comments')}{' '}
            <span className="muted">
              {t('commendation.posting.summary', {
                total: round.commentsSummary.total,
                fresh: round.commentsSummary.new,
              })}
            </span>
          </h3>
          {p.comments.length === 0 && <p className="empty">{t('commendation.posting.noComments')}</p>}
          <ul className="cm-comment-list">
            {p.comments.map((c) => (
              <CommentItem key={c.id} comment={c} handlable={round.status === 'POSTED'} p={p} onChanged={onChanged} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function StartPostingForm({
  unvoted,
  busy,
  error,
  onSubmit,
}: {
  unvoted: number;
  busy: boolean;
  error: ReturnType<typeof usePosting>['starting']['error'];
  onSubmit: (startsAt: string | null, places: string) => void;
}) {
  const { t } = useTranslation();
  const today = todayInput();
  const [day, setDay] = useState(today);
  const [places, setPlaces] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    // Today: the posting starts now; an earlier day: at its start (the paper list went up then).
    onSubmit(day && day !== today ? new Date(`${day}T00:00:00`).toISOString() : null, places.trim());
  }
  return (
    <form className="card" onSubmit={submit} noValidate data-testid="posting-start-form">
      <h3>{t('commendation.posting.start.title')}</h3>
      <p className="muted">{t('commendation.posting.start.lead')}</p>
      {unvoted > 0 && <p className="alert alert-info">{t('commendation.posting.start.unvoted', { count: unvoted })}</p>}
      <DateField
        label={t('commendation.posting.start.date')}
        value={day}
        onChange={setDay}
        max={today}
        hint={t('commendation.posting.start.dateHint')}
      />
      <TextAreaField
        label={t('commendation.posting.start.places')}
        value={places}
        onChange={setPlaces}
        rows={2}
        hint={t('commendation.posting.start.placesHint')}
      />
      <FormError message={errorText(t, error)} />
      <FormActions>
        <Button type="submit" variant="primary" busy={busy} data-testid="posting-start-submit">
          {t('commendation.posting.start.submit')}
        </Button>
      </FormActions>
    </form>
  );
}

function PublicLink({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const url = publicPostingUrl(roundId);
  const [copied, setCopied] = useState(false);
  return (
    <div className="cm-public-link">
      <span>{t('commendation.posting.publicLink')}</span>{' '}
      <a href={url} target="_blank" rel="noreferrer" data-testid="posting-public-url">
        {url}
      </a>{' '}
      <Button
        size="small"
        onClick={() =>
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('commendation.posting.copied') : t('commendation.posting.copy')}
      </Button>
    </div>
  );
}

function CommentItem({
  comment,
  handlable,
  p,
  onChanged,
}: {
  comment: Comment;
  handlable: boolean;
  p: ReturnType<typeof usePosting>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="card cm-comment" data-testid={`comment-${comment.id}`}>
      <p className="cm-comment__meta muted">
        {formatDayTime(comment.createdAt)} ·{' '}
        {comment.recipientName
          ? t('commendation.posting.about', { name: comment.recipientName })
          : t('commendation.posting.aboutList')}{' '}
        <span className={`badge cm-comment-status cm-comment-status--${comment.status.toLowerCase()}`}>
          {t(`commendation.posting.status.${comment.status}`)}
        </span>
      </p>
      <p className="cm-comment__body">{comment.body}</p>
      <p className="muted">
        {t('commendation.posting.author', {
          name: comment.authorName || t('commendation.posting.anonymous'),
          contact: comment.contact || '—',
        })}
      </p>
      {comment.handlingNote && (
        <p>
          {t('commendation.posting.handledNote', {
            note: comment.handlingNote,
            at: formatDay(comment.handledAt),
          })}
        </p>
      )}
      {handlable && comment.status === 'NEW' && (
        <CommentHandling
          commentId={comment.id}
          canWithdraw={comment.proposalStatus === 'PASSED'}
          recipientName={comment.recipientName ?? null}
          busy={p.handling.fetching}
          error={p.handling.error}
          onSubmit={(input) =>
            void p.handle({ input }).then((r) => {
              if (r.data) {
                p.refresh();
                onChanged();
              }
            })
          }
        />
      )}
    </li>
  );
}
