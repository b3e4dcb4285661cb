import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, CheckboxField, FormActions, SelectField, TextAreaField } from '../../../../components/ui';
import type { HandlePostingCommentInput } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';

type Handled = 'ACCEPTED' | 'DISMISSED' | 'HIDDEN';

interface Props {
  commentId: string;
  /** The comment is about a proposal still passed: accepting it may withdraw the proposal. */
  canWithdraw: boolean;
  recipientName: string | null;
  busy: boolean;
  error: CombinedError | undefined;
  onSubmit: (input: HandlePostingCommentInput) => void;
}

/** Accept, dismiss or hide a comment with a note; an accepted one may withdraw its proposal (confirmed first). */
export function CommentHandling({ commentId, canWithdraw, recipientName, busy, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Handled>('ACCEPTED');
  const [note, setNote] = useState('');
  const [withdraw, setWithdraw] = useState(false);
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const options = (['ACCEPTED', 'DISMISSED', 'HIDDEN'] as const).map((s) => ({
    value: s,
    label: t(`commendation.posting.handle.${s}`),
  }));
  const withdrawing = status === 'ACCEPTED' && canWithdraw && withdraw;
  const input = { commentId, status, handlingNote: note.trim(), withdrawProposal: withdrawing };

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!note.trim()) return;
    if (withdrawing) setConfirming(true);
    else onSubmit(input);
  }

  return (
    <form className="cm-handle" onSubmit={submit} noValidate data-testid={`handle-${commentId}`}>
      <div className="cm-grid">
        <SelectField
          label={t('commendation.posting.handle.label')}
          value={status}
          options={options}
          onChange={setStatus}
        />
        {status === 'ACCEPTED' && canWithdraw && (
          <CheckboxField
            label={t('commendation.posting.handle.withdraw', { name: recipientName ?? '' })}
            value={withdraw}
            onChange={setWithdraw}
          />
        )}
      </div>
      <TextAreaField
        label={t('commendation.posting.handle.note')}
        value={note}
        onChange={setNote}
        required
        rows={2}
        error={tried && !note.trim() ? t('commendation.posting.handle.noteRequired') : undefined}
      />
      <FormError message={errorText(t, error)} />
      <FormActions>
        <Button type="submit" variant="primary" size="small" busy={busy}>
          {t('commendation.posting.handle.submit')}
        </Button>
      </FormActions>
      <Dialog
        open={confirming}
        title={t('commendation.posting.handle.confirmTitle')}
        onClose={() => setConfirming(false)}
        size="sm"
      >
        <p>{t('commendation.posting.handle.confirmBody', { name: recipientName ?? '' })}</p>
        <FormActions>
          <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          <Button
            variant="danger"
            onClick={() => {
              setConfirming(false);
              onSubmit(input);
            }}
            data-testid="confirm-withdraw"
          >
            {t('commendation.posting.handle.confirmSubmit')}
          </Button>
        </FormActions>
      </Dialog>
    </form>
  );
}
