import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Alert, Button, FormActions, SelectField, TextAreaField, TextField } from '../../../../components/ui';
import type { SubmitPostingCommentInput } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';

interface Props {
  roundId: string;
  entries: readonly { proposalId: string; recipientName: string; formName: string }[];
  busy: boolean;
  error: CombinedError | undefined;
  onSubmit: (input: SubmitPostingCommentInput) => Promise<boolean>;
}

/** A resident's comment: which proposal (optional), the comment, and a name and contact seen by the organiser only. */
export function PublicCommentForm({ roundId, entries, busy, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [proposalId, setProposalId] = useState('');
  const [body, setBody] = useState('');
  const [authorName, setAuthorName] = useState('');
  const [contact, setContact] = useState('');
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState(false);
  const bodyProblem =
    body.trim().length < 5
      ? t('commendation.public.form.bodyShort')
      : body.length > 2000
        ? t('commendation.public.form.bodyLong')
        : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (bodyProblem) return;
    const ok = await onSubmit({
      roundId,
      proposalId: proposalId || null,
      body: body.trim(),
      authorName: authorName.trim() || null,
      contact: contact.trim() || null,
    });
    if (ok) setSent(true);
  }

  if (sent) {
    return (
      <Alert
        tone="success"
        testId="comment-thanks"
        actions={
          <Button
            onClick={() => {
              setSent(false);
              setBody('');
              setTried(false);
            }}
          >
            {t('commendation.public.form.another')}
          </Button>
        }
      >
        {t('commendation.public.form.thanks')}
      </Alert>
    );
  }
  return (
    <form className="pp-form" onSubmit={(e) => void submit(e)} noValidate data-testid="public-comment-form">
      <SelectField
        label={t('commendation.public.form.proposal')}
        value={proposalId}
        onChange={setProposalId}
        placeholder={t('commendation.public.form.anyProposal')}
        options={entries.map((e) => ({ value: e.proposalId, label: `${e.recipientName} — ${e.formName}` }))}
      />
      <TextAreaField
        label={t('commendation.public.form.body')}
        value={body}
        onChange={setBody}
        required
        rows={5}
        maxLength={2000}
        error={tried && bodyProblem ? bodyProblem : undefined}
      />
      <TextField
        label={t('commendation.public.form.name')}
        value={authorName}
        onChange={setAuthorName}
        maxLength={100}
        autoComplete="name"
      />
      <TextField
        label={t('commendation.public.form.contact')}
        value={contact}
        onChange={setContact}
        maxLength={120}
        autoComplete="tel"
      />
      <p className="pp-privacy" data-testid="public-privacy">
        {t('commendation.public.form.privacy')}
      </p>
      <FormError message={errorText(t, error)} />
      <FormActions align="start">
        <Button type="submit" variant="primary" busy={busy} data-testid="public-comment-submit">
          {t('commendation.public.form.submit')}
        </Button>
      </FormActions>
    </form>
  );
}
