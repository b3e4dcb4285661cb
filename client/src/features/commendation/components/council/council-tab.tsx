import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Alert, Button, CheckboxField, FormActions, LoadingState, TextAreaField } from '../../../../components/ui';
import type { CouncilSessionFieldsFragment, RoundCouncilQuery } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { useCouncil } from '../../hooks/use-council';
import { formatDayTime, quorumLine } from '../../utils/council-view';
import { OpenSessionForm } from './open-session-form';
import { VoteForm } from './vote-form';
import '../../styles/council.css';

export interface CouncilTabProps {
  roundId: string;
  /** Called after a change that moves the round (the page re-reads its status). */
  onChanged: () => void;
}

type Proposal = NonNullable<RoundCouncilQuery['commendationRound']>['proposals'][number];

/** Họp Hội đồng: open the session, attendance with the quorum, one vote per proposal, the minutes' note. */
export function CouncilTab({ roundId, onChanged }: CouncilTabProps) {
  const { t } = useTranslation();
  const c = useCouncil(roundId);
  const round = c.round;
  if (!round) {
    return (
      <section data-testid="council-tab">
        <FormError message={errorText(t, c.error)} />
        {c.fetching && <LoadingState />}
      </section>
    );
  }
  const session = round.session ?? null;
  return (
    <section data-testid="council-tab" className="cm-council" aria-label={t('commendation.council.title')}>
      {!session && round.status === 'PROPOSING' && (
        <OpenSessionForm
          busy={c.opening.fetching}
          error={c.opening.error}
          onSubmit={(v) =>
            void c.open({ input: { roundId, ...v } }).then((r) => {
              if (r.data) {
                c.refresh();
                onChanged();
              }
            })
          }
        />
      )}
      {!session && round.status !== 'PROPOSING' && <p className="empty">{t('commendation.council.noSession')}</p>}
      {session && (
        <SessionView
          session={session}
          proposals={round.proposals}
          open={round.status === 'IN_COUNCIL'}
          c={c}
          onChanged={onChanged}
        />
      )}
    </section>
  );
}

function SessionView({
  session,
  proposals,
  open,
  c,
  onChanged,
}: {
  session: CouncilSessionFieldsFragment;
  proposals: Proposal[];
  open: boolean;
  c: ReturnType<typeof useCouncil>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const rule = { numerator: session.quorumNumerator, denominator: session.quorumDenominator };
  const line = quorumLine(session.presentCount, session.members.length, rule);
  const voted = proposals.filter((p) => ['PROPOSED', 'PASSED', 'NOT_PASSED'].includes(p.status));
  return (
    <>
      <section className="card cm-council-session" data-testid="council-session">
        <h3>{t('commendation.council.session')}</h3>
        <p>
          {t('commendation.council.heldAtLine', {
            at: formatDayTime(session.heldAt),
            place: session.location || '—',
          })}
          {' · '}
          {t('commendation.council.quorumRule', {
            fraction: `${session.quorumNumerator}/${session.quorumDenominator}`,
          })}
        </p>
        <QuorumLine {...line} />
        <ul className="cm-attendance" aria-label={t('commendation.council.attendance')}>
          {session.members.map((m) => (
            <li key={m.id}>
              <CheckboxField
                label={`${m.fullName} — ${t(`commendation.council.roles.${m.role}`)}${m.position ? `, ${m.position}` : ''}`}
                value={m.present}
                disabled={!open || c.attending.fetching}
                onChange={(present) =>
                  void c.setAttendance({ input: { memberId: m.id, present } }).then(() => c.refresh())
                }
              />
            </li>
          ))}
        </ul>
        <FormError message={errorText(t, c.attending.error)} />
        <MinutesNote key={session.minutesNote} session={session} c={c} />
      </section>
      <section className="cm-votes" aria-label={t('commendation.council.votes')}>
        <h3>{t('commendation.council.votes')}</h3>
        {voted.length === 0 && <p className="empty">{t('commendation.council.noProposals')}</p>}
        {voted.map((p) => (
          <ProposalVote key={p.id} proposal={p} session={session} open={open && line.met} c={c} onChanged={onChanged} />
        ))}
        {open && !line.met && <Alert tone="error">{t('errors.NO_QUORUM')}</Alert>}
      </section>
    </>
  );
}

export function QuorumLine({ present, members, required, met }: ReturnType<typeof quorumLine>) {
  const { t } = useTranslation();
  return (
    <p
      className={met ? 'cm-quorum cm-quorum--met' : 'cm-quorum cm-quorum--short'}
      data-testid="quorum-line"
      role="status"
    >
      {t(met ? 'commendation.council.quorumMet' : 'commendation.council.quorumShort', { present, members, required })}
    </p>
  );
}

function MinutesNote({ session, c }: { session: CouncilSessionFieldsFragment; c: ReturnType<typeof useCouncil> }) {
  const { t } = useTranslation();
  const [note, setNote] = useState(session.minutesNote);
  return (
    <div className="cm-minutes">
      <TextAreaField
        label={t('commendation.council.minutesNote')}
        value={note}
        onChange={setNote}
        rows={4}
        hint={t('commendation.council.minutesHint')}
      />
      <FormError message={errorText(t, c.updating.error)} />
      <FormActions>
        <Button
          busy={c.updating.fetching}
          disabled={note === session.minutesNote}
          onClick={() => void c.update({ input: { sessionId: session.id, minutesNote: note } }).then(() => c.refresh())}
        >
          {t('commendation.council.saveMinutes')}
        </Button>
      </FormActions>
    </div>
  );
}

function ProposalVote({
  proposal,
  session,
  open,
  c,
  onChanged,
}: {
  proposal: Proposal;
  session: CouncilSessionFieldsFragment;
  open: boolean;
  c: ReturnType<typeof useCouncil>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [revoting, setRevoting] = useState(false);
  const form = c.forms.get(proposal.form.id);
  const votes = session.votes.filter((v) => v.proposalId === proposal.id);
  const last = votes[votes.length - 1];
  const threshold = form?.approvalPercent ?? 70;
  return (
    <article className="card cm-vote" data-testid={`vote-${proposal.id}`}>
      <header className="cm-vote__head">
        <strong>{proposal.recipientName}</strong> <span className="muted">{proposal.form.name}</span>{' '}
        <span className={`badge cm-status cm-status--${proposal.status.toLowerCase()}`}>
          {t(`commendation.proposals.status.${proposal.status}`)}
        </span>
      </header>
      {last && (
        <p className="cm-vote__result" data-testid={`vote-result-${proposal.id}`}>
          {t('commendation.council.vote.recorded', {
            attempt: last.attempt,
            ballot: t(`commendation.council.ballot.${last.ballot}`),
            approve: last.approve,
            against: last.against,
            abstain: last.abstain,
            present: last.present,
            percent: last.approvalPercent.toLocaleString('vi-VN', { maximumFractionDigits: 2 }),
            threshold: last.thresholdPercent,
          })}
          {last.reason && (
            <span className="muted"> {t('commendation.council.vote.reasonShown', { reason: last.reason })}</span>
          )}
        </p>
      )}
      {open && (!last || revoting) && (
        <VoteForm
          proposalId={proposal.id}
          presentCount={session.presentCount}
          members={session.members.length}
          threshold={threshold}
          secretRequired={form?.secretBallot ?? false}
          revote={Boolean(last)}
          busy={c.voting.fetching}
          error={c.voting.error}
          onCancel={last ? () => setRevoting(false) : undefined}
          onSubmit={(input) =>
            void c.vote({ input }).then((r) => {
              if (r.data) {
                setRevoting(false);
                c.refresh();
                onChanged();
              }
            })
          }
        />
      )}
      {open && last && !revoting && (
        <Button size="small" onClick={() => setRevoting(true)} data-testid={`revote-${proposal.id}`}>
          {t('commendation.council.vote.revote')}
        </Button>
      )}
    </article>
  );
}
