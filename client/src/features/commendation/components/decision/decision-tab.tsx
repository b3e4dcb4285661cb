import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Alert, Button, buttonClass, FormActions, LoadingState, TextAreaField } from '../../../../components/ui';
import type { RoundDecisionQuery } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { useDecision } from '../../hooks/use-decision';
import { formatDay } from '../../utils/council-view';
import { DecisionForm } from './decision-form';
import '../../styles/council.css';

export interface DecisionTabProps {
  roundId: string;
  /** Called after a change that moves the round (the page re-reads its status). */
  onChanged: () => void;
}

type Round = NonNullable<RoundDecisionQuery['commendationRound']>;
type Proposal = Round['proposals'][number];
const FINAL = ['CONFERRED', 'FORWARDED', 'REVOKED'];

/** Quyết định: why it cannot be recorded yet, the decision form, then the final list with revocation. */
export function DecisionTab({ roundId, onChanged }: DecisionTabProps) {
  const { t } = useTranslation();
  const d = useDecision(roundId);
  const [revoking, setRevoking] = useState<Proposal | null>(null);
  const round = d.round;
  if (!round) {
    return (
      <section data-testid="decision-tab">
        <FormError message={errorText(t, d.error)} />
        {d.fetching && <LoadingState />}
      </section>
    );
  }
  const done = () => {
    d.refresh();
    onChanged();
  };
  return (
    <section data-testid="decision-tab" className="cm-decision" aria-label={t('commendation.decision.title')}>
      {(round.status === 'PROPOSING' || round.status === 'IN_COUNCIL') && (
        <p className="empty">{t('commendation.decision.notYet')}</p>
      )}
      {round.status === 'POSTED' && (
        <>
          {!round.canDecide.allowed && (
            <Alert tone="info" testId="decision-blocked">
              {blockedText(t, round)}
            </Alert>
          )}
          <DecisionForm
            key={d.signer ? 'signer' : 'blank'}
            initial={{
              signerAuthority: round.signerAuthority ?? d.signer?.signerAuthority ?? '',
              signerCapacity: round.signerCapacity ?? d.signer?.signerCapacity ?? '',
              signerTitle: round.signerTitle ?? d.signer?.signerTitle ?? '',
              signerName: round.signerName ?? d.signer?.signerName ?? '',
            }}
            disabled={!round.canDecide.allowed}
            busy={d.deciding.fetching}
            error={d.deciding.error}
            onSubmit={(v) =>
              void d
                .decide({ input: { roundId, ...v, signerCapacity: v.signerCapacity || null } })
                .then((r) => r.data && done())
            }
          />
        </>
      )}
      {round.status === 'DECIDED' && (
        <>
          <section className="card" data-testid="decision-summary">
            <p className="cm-decision__line">
              {t('commendation.decision.decided', {
                number: round.decisionNumber,
                date: formatDay(round.decisionDate),
              })}
            </p>
            <p className="muted">
              {[round.signerAuthority, round.signerCapacity, round.signerTitle, round.signerName]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <Link
              className={buttonClass('primary')}
              to={`/commendation/rounds/${roundId}/certificates`}
              data-testid="certificates-link"
            >
              {t('commendation.decision.certificates')}
            </Link>
          </section>
          <FinalList proposals={round.proposals.filter((p) => FINAL.includes(p.status))} onRevoke={setRevoking} />
        </>
      )}
      <RevokeDialog
        proposal={revoking}
        busy={d.revoking.fetching}
        error={errorText(t, d.revoking.error)}
        onClose={() => setRevoking(null)}
        onSubmit={(reason) =>
          void d.revoke({ input: { proposalId: revoking!.id, reason } }).then((r) => {
            if (r.data) {
              setRevoking(null);
              done();
            }
          })
        }
      />
    </section>
  );
}

function blockedText(t: ReturnType<typeof useTranslation>['t'], round: Round): string {
  const reason = round.canDecide.reason;
  if (reason === 'POSTING_NOT_ENDED') {
    return t('commendation.decision.blocked.POSTING_NOT_ENDED', { date: formatDay(round.postingEndsAt) });
  }
  if (reason === 'COMMENTS_UNHANDLED') {
    return t('commendation.decision.blocked.COMMENTS_UNHANDLED', { count: round.commentsSummary.new });
  }
  return t([`errors.${reason ?? ''}`, 'errors.generic']);
}

function FinalList({ proposals, onRevoke }: { proposals: Proposal[]; onRevoke: (p: Proposal) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-label={t('commendation.decision.finalList')}>
      <h3>{t('commendation.decision.finalList')}</h3>
      <div className="table-wrap">
        <table className="table" data-testid="decision-final-list">
          <thead>
            <tr>
              <th scope="col">{t('commendation.decision.recipient')}</th>
              <th scope="col">{t('commendation.decision.formCol')}</th>
              <th scope="col">{t('commendation.decision.statusCol')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {proposals.map((p) => (
              <tr key={p.id} data-testid={`final-${p.id}`}>
                <td>
                  <strong>{p.recipientName}</strong>
                  <div className="muted">{p.recipientDetail || p.unit.name}</div>
                </td>
                <td>{p.form.name}</td>
                <td>
                  <span className={`badge cm-status cm-status--${p.status.toLowerCase()}`}>
                    {t(`commendation.proposals.status.${p.status}`)}
                  </span>
                  {p.status === 'REVOKED' && p.statusReason && (
                    <div className="muted">
                      {t('commendation.decision.revokedReason', {
                        reason: p.statusReason,
                        date: formatDay(p.revokedAt),
                      })}
                    </div>
                  )}
                </td>
                <td>
                  {p.status === 'CONFERRED' && (
                    <Button size="small" variant="danger" onClick={() => onRevoke(p)} data-testid={`revoke-${p.id}`}>
                      {t('commendation.decision.revoke')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RevokeDialog({
  proposal,
  busy,
  error,
  onClose,
  onSubmit,
}: {
  proposal: Proposal | null;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const short = reason.trim().length < 10;
  return (
    <Dialog
      open={proposal !== null}
      title={t('commendation.decision.revokeTitle')}
      onClose={onClose}
      size="sm"
      testId="revoke-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!short) onSubmit(reason.trim());
        }}
        noValidate
      >
        <p>
          {t('commendation.decision.revokeBody', {
            name: proposal?.recipientName ?? '',
            form: proposal?.form.name ?? '',
          })}
        </p>
        <TextAreaField
          label={t('commendation.decision.revokeReason')}
          value={reason}
          onChange={setReason}
          required
          hint={t('commendation.decision.revokeHint')}
          error={tried && short ? t('commendation.decision.revokeShort') : undefined}
        />
        <FormError message={error} />
        <FormActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="danger" busy={busy} data-testid="revoke-submit">
            {t('commendation.decision.revokeSubmit')}
          </Button>
        </FormActions>
      </form>
    </Dialog>
  );
}
