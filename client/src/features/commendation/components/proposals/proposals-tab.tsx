import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Alert, Button, EmptyState, LoadingState } from '../../../../components/ui';
import type { BuildProposalsFromRankingMutation, RecipientKind } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { BuildProposalsFromRankingDocument, RoundProposalsDocument } from '../../graphql/rounds.documents';
import { groupByForm, type CheckRow, type ProposalRow } from '../../utils/proposal-view';
import { AddProposalDialog } from './add-proposal-dialog';
import { ProposalCard } from './proposal-card';
import { ConfirmConditionDialog, EditProposalDialog, WithdrawProposalDialog } from './proposal-dialogs';

export interface ProposalsTabProps {
  roundId: string;
  /** Called after a change (the page re-reads the round). */
  onChanged: () => void;
}

type Open =
  | { kind: 'add'; recipientKind: RecipientKind }
  | { kind: 'edit'; proposal: ProposalRow }
  | { kind: 'withdraw'; proposal: ProposalRow }
  | { kind: 'confirm'; proposal: ProposalRow; check: CheckRow }
  | null;

type BuildResult = BuildProposalsFromRankingMutation['buildProposalsFromRanking'];

/** Đề nghị: the round's proposals by form with their checklists and quotas; drawn up while the round is proposing. */
export function ProposalsTab({ roundId, onChanged }: ProposalsTabProps) {
  const { t } = useTranslation();
  const [result, reexecute] = useQuery({ query: RoundProposalsDocument, variables: { id: roundId } });
  const [{ fetching: building, error: buildError }, build] = useMutation(BuildProposalsFromRankingDocument);
  const [open, setOpen] = useState<Open>(null);
  const [built, setBuilt] = useState<BuildResult | null>(null);
  const round = result.data?.commendationRound;

  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    onChanged();
  };
  const done = () => {
    setOpen(null);
    refresh();
  };
  async function runBuild() {
    const r = await build({ roundId });
    if (r.data) {
      setBuilt(r.data.buildProposalsFromRanking);
      refresh();
    }
  }

  if (!round) {
    return (
      <>
        <FormError message={errorText(t, result.error)} />
        {result.fetching && <LoadingState />}
      </>
    );
  }
  const editable = round.status === 'PROPOSING';
  const withdrawable = editable || round.status === 'POSTED';
  const groups = groupByForm(round.proposals);

  return (
    <section className="cm-proposals" data-testid="proposals-tab" aria-label={t('commendation.proposals.title')}>
      <p className="muted">{t('commendation.proposals.lead')}</p>
      {editable ? (
        <div className="cm-toolbar">
          {round.periodId && (
            <Button variant="primary" busy={building} onClick={() => void runBuild()} data-testid="proposals-build">
              {building ? t('commendation.proposals.building') : t('commendation.proposals.build')}
            </Button>
          )}
          <Button
            onClick={() => setOpen({ kind: 'add', recipientKind: 'COLLECTIVE' })}
            data-testid="proposals-add-unit"
          >
            + {t('commendation.proposals.addUnit')}
          </Button>
          <Button
            onClick={() => setOpen({ kind: 'add', recipientKind: 'INDIVIDUAL' })}
            data-testid="proposals-add-person"
          >
            + {t('commendation.proposals.addPerson')}
          </Button>
        </div>
      ) : (
        <p className="muted">{t('commendation.proposals.readOnly')}</p>
      )}
      {editable && round.periodId && <p className="field__hint">{t('commendation.proposals.buildHint')}</p>}
      <FormError message={errorText(t, buildError)} />
      {built && <BuildReport result={built} />}
      {round.quotas.map((q) =>
        q.proposed > q.limit ? (
          <Alert key={q.formCode} tone="error" testId={`quota-${q.formCode}`}>
            {t('commendation.proposals.quotaOver', { form: q.formName, proposed: q.proposed, limit: q.limit })}
          </Alert>
        ) : (
          <p key={q.formCode} className="muted" data-testid={`quota-${q.formCode}`}>
            {t('commendation.proposals.quotaOk', { form: q.formName, proposed: q.proposed, limit: q.limit })}
          </p>
        ),
      )}
      {groups.length === 0 && <EmptyState>{t('commendation.proposals.empty')}</EmptyState>}
      {groups.map((g) => (
        <section key={g.form.id} className="card cm-form-group" data-testid={`form-group-${g.form.code}`}>
          <h3 className="cm-form-group__title">
            {g.form.name} · {t(`commendation.forms.recipient.${g.form.recipientKind}`)}{' '}
            <span className="muted">({t('commendation.proposals.count', { count: g.proposals.length })})</span>
          </h3>
          <ul className="cm-proposal-list">
            {g.proposals.map((p) => (
              <ProposalCard
                key={p.id}
                proposal={p}
                editable={editable}
                withdrawable={withdrawable}
                onEdit={(proposal) => setOpen({ kind: 'edit', proposal })}
                onWithdraw={(proposal) => setOpen({ kind: 'withdraw', proposal })}
                onConfirm={(proposal, check) => setOpen({ kind: 'confirm', proposal, check })}
              />
            ))}
          </ul>
        </section>
      ))}
      {open?.kind === 'add' && (
        <AddProposalDialog
          roundId={roundId}
          recipientKind={open.recipientKind}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
      {open?.kind === 'edit' && (
        <EditProposalDialog proposal={open.proposal} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === 'withdraw' && (
        <WithdrawProposalDialog proposal={open.proposal} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === 'confirm' && (
        <ConfirmConditionDialog
          proposal={open.proposal}
          check={open.check}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
    </section>
  );
}

function BuildReport({ result }: { result: BuildResult }) {
  const { t } = useTranslation();
  return (
    <Alert tone="success" testId="proposals-built">
      <p>{t('commendation.proposals.built', { created: result.created, refreshed: result.refreshed })}</p>
      {result.skipped.length > 0 && (
        <>
          <p>
            <strong>{t('commendation.proposals.skippedTitle')}</strong>
          </p>
          <ul data-testid="proposals-skipped">
            {result.skipped.map((s) => (
              <li key={`${s.unit.id}-${s.formName}`}>
                {t('commendation.proposals.skippedRow', {
                  unit: s.unit.name,
                  title: s.titleName,
                  form: s.formName,
                  reason: t(`commendation.proposals.skip.${s.reason}`, { defaultValue: s.reason }),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
