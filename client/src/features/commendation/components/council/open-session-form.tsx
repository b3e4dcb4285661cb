import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from '../../../../components/form-error';
import {
  Button,
  CheckboxField,
  DateTimeField,
  FormActions,
  RowListEditor,
  SelectField,
  TextField,
} from '../../../../components/ui';
import type { CouncilMemberInput, CouncilRole } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';

export const COUNCIL_ROLES: readonly CouncilRole[] = ['CHAIR', 'VICE_CHAIR', 'STANDING_MEMBER', 'MEMBER', 'SECRETARY'];

export interface OpenSessionValues {
  heldAt: string;
  location: string;
  members: CouncilMemberInput[];
}

interface Props {
  busy: boolean;
  error: CombinedError | undefined;
  onSubmit: (values: OpenSessionValues) => void;
}

const blankMember = (role: CouncilRole = 'MEMBER'): CouncilMemberInput => ({
  fullName: '',
  position: '',
  role,
  present: true,
});

/** Opens the council's session: when, where, the quorum (2/3) and the members with their roles. */
export function OpenSessionForm({ busy, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [heldAt, setHeldAt] = useState(() => new Date().toISOString());
  const [location, setLocation] = useState('');
  const [members, setMembers] = useState<CouncilMemberInput[]>([blankMember('CHAIR'), blankMember('SECRETARY')]);
  const [tried, setTried] = useState(false);
  const chairs = members.filter((m) => m.role === 'CHAIR').length;
  const problem = members.some((m) => !m.fullName.trim())
    ? t('commendation.council.open.namesRequired')
    : chairs !== 1
      ? t('commendation.council.open.oneChair')
      : null;
  const roles = COUNCIL_ROLES.map((r) => ({ value: r, label: t(`commendation.council.roles.${r}`) }));

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (problem || !heldAt) return;
    onSubmit({ heldAt, location, members: members.map((m) => ({ ...m, fullName: m.fullName.trim() })) });
  }

  return (
    <form className="card cm-council-open" onSubmit={submit} noValidate data-testid="council-open-form">
      <h3>{t('commendation.council.open.title')}</h3>
      <p className="muted">{t('commendation.council.open.lead')}</p>
      <div className="cm-grid">
        <DateTimeField label={t('commendation.council.heldAt')} value={heldAt} onChange={setHeldAt} required />
        <TextField label={t('commendation.council.location')} value={location} onChange={setLocation} />
        <p className="cm-quorum-rule">{t('commendation.council.quorumRule', { fraction: '2/3' })}</p>
      </div>
      <h4>{t('commendation.council.members')}</h4>
      <RowListEditor
        items={members}
        onChange={setMembers}
        create={() => blankMember()}
        rowName={t('commendation.council.member')}
        addLabel={t('commendation.council.addMember')}
        min={1}
        testId="council-members-editor"
        renderRow={(m, i, rows) => (
          <div className="cm-member-row">
            <TextField
              label={t('commendation.council.fullName')}
              value={m.fullName}
              onChange={(v) => rows.update(i, { ...m, fullName: v })}
              required
            />
            <TextField
              label={t('commendation.council.position')}
              value={m.position ?? ''}
              onChange={(v) => rows.update(i, { ...m, position: v })}
            />
            <SelectField
              label={t('commendation.council.role')}
              value={m.role}
              options={roles}
              onChange={(v) => rows.update(i, { ...m, role: v })}
            />
            <CheckboxField
              label={t('commendation.council.present')}
              value={m.present ?? false}
              onChange={(v) => rows.update(i, { ...m, present: v })}
            />
          </div>
        )}
      />
      {tried && problem && <FormError message={problem} />}
      <FormError message={errorText(t, error)} />
      <FormActions>
        <Button type="submit" variant="primary" busy={busy} data-testid="council-open-submit">
          {t('commendation.council.open.submit')}
        </Button>
      </FormActions>
    </form>
  );
}
