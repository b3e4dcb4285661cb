import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions, NumberField, SelectField, TextAreaField } from '../../../../components/ui';
import type { BallotKind, RecordCouncilVoteInput } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { votePreview } from '../../utils/council-view';

interface Props {
  proposalId: string;
  /** Members marked present: the present count of the vote. */
  presentCount: number;
  members: number;
  threshold: number;
  secretRequired: boolean;
  /** A re-vote (an earlier vote exists): the reason is required. */
  revote: boolean;
  busy: boolean;
  error: CombinedError | undefined;
  onSubmit: (input: RecordCouncilVoteInput) => void;
  onCancel?: () => void;
}

/** One proposal's vote: ballot, present, approve/against/abstain, and the result shown before saving. */
export function VoteForm(props: Props) {
  const { t } = useTranslation();
  const { proposalId, presentCount, members, threshold, secretRequired, revote } = props;
  const [ballot, setBallot] = useState<BallotKind>(secretRequired ? 'SECRET' : 'OPEN');
  const [present, setPresent] = useState<number | null>(presentCount);
  const [approve, setApprove] = useState<number | null>(null);
  const [against, setAgainst] = useState<number | null>(null);
  const [abstain, setAbstain] = useState<number | null>(0);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const count = { present: present ?? 0, approve: approve ?? 0, against: against ?? 0, abstain: abstain ?? 0 };
  const complete = present !== null && approve !== null && against !== null;
  const preview = votePreview(count, members, threshold);
  const reasonMissing = revote && !reason.trim();
  const ballots = (['OPEN', 'SECRET'] as const).map((b) => ({
    value: b,
    label: t(`commendation.council.ballot.${b}`),
  }));

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!complete || preview.problems.length > 0 || reasonMissing) return;
    props.onSubmit({
      proposalId,
      ballot: secretRequired ? 'SECRET' : ballot,
      ...count,
      reason: revote ? reason.trim() : null,
    });
  }

  return (
    <form className="cm-vote-form" onSubmit={submit} noValidate data-testid={`vote-form-${proposalId}`}>
      <div className="cm-vote-grid">
        <SelectField
          label={t('commendation.council.ballot.label')}
          value={secretRequired ? 'SECRET' : ballot}
          options={ballots}
          onChange={setBallot}
          disabled={secretRequired}
          hint={secretRequired ? t('commendation.council.ballot.secretRequired') : undefined}
        />
        <NumberField
          label={t('commendation.council.vote.present')}
          value={present}
          onChange={setPresent}
          decimal={false}
          allowNegative={false}
        />
        <NumberField
          label={t('commendation.council.vote.approve')}
          value={approve}
          onChange={setApprove}
          decimal={false}
          allowNegative={false}
        />
        <NumberField
          label={t('commendation.council.vote.against')}
          value={against}
          onChange={setAgainst}
          decimal={false}
          allowNegative={false}
        />
        <NumberField
          label={t('commendation.council.vote.abstain')}
          value={abstain}
          onChange={setAbstain}
          decimal={false}
          allowNegative={false}
        />
      </div>
      {complete && (
        <p
          className={
            preview.problems.length
              ? 'cm-vote-preview cm-vote-preview--bad'
              : preview.passes
                ? 'cm-vote-preview cm-vote-preview--pass'
                : 'cm-vote-preview cm-vote-preview--fail'
          }
          data-testid="vote-preview"
          role="status"
        >
          {preview.problems.length > 0
            ? preview.problems.map((p) => t(`commendation.council.vote.problem.${p.kind}`, { ...p, members })).join(' ')
            : t(preview.passes ? 'commendation.council.vote.previewPass' : 'commendation.council.vote.previewFail', {
                approve: count.approve,
                present: count.present,
                percent: preview.percent.toLocaleString('vi-VN', { maximumFractionDigits: 2 }),
                threshold: preview.threshold,
              })}
        </p>
      )}
      {present !== null && present !== presentCount && (
        <p className="field__hint">{t('commendation.council.vote.presentMismatch', { count: presentCount })}</p>
      )}
      {revote && (
        <TextAreaField
          label={t('commendation.council.vote.reason')}
          value={reason}
          onChange={setReason}
          required
          error={tried && reasonMissing ? t('commendation.council.vote.reasonRequired') : undefined}
        />
      )}
      {tried && !complete && <FormError message={t('commendation.council.vote.incomplete')} />}
      <FormError message={errorText(t, props.error)} />
      <FormActions>
        {props.onCancel && <Button onClick={props.onCancel}>{t('common.cancel')}</Button>}
        <Button type="submit" variant="primary" busy={props.busy} data-testid={`vote-submit-${proposalId}`}>
          {t(revote ? 'commendation.council.vote.saveRevote' : 'commendation.council.vote.save')}
        </Button>
      </FormActions>
    </form>
  );
}
