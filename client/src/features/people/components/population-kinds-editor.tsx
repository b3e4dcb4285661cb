import { POPULATION_KIND_CODE } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Button, CheckboxField, DataTable, FormActions, NumberField, Section, TextField } from '../../../components/ui';
import { SavePopulationKindDocument } from '../graphql/people.documents';
import { usePopulationKinds, type PopulationKindItem } from '../../../lib/population-kinds';
import { peopleErrorText } from '../utils/people-error-text';

/**
 * The kinds of people units count (học sinh, hộ gia đình, …): the ward may add one or
 * rename, mark it a household kind, or retire it (inactive: kept for old figures, no
 * longer offered). Codes never change, they are in files and formulas.
 */
export function PopulationKindsEditor() {
  const { t } = useTranslation();
  const kinds = usePopulationKinds();
  const [editing, setEditing] = useState<PopulationKindItem | 'new' | null>(null);
  const yes = t('people.kinds.yes');
  return (
    <Section
      title={t('people.kinds.title')}
      card
      testId="population-kinds"
      actions={
        <Button size="small" variant="primary" data-testid="kind-add" onClick={() => setEditing('new')}>
          + {t('people.kinds.add')}
        </Button>
      }
    >
      <p>{t('people.kinds.lead')}</p>
      <FormError message={peopleErrorText(t, kinds.error)} />
      <DataTable
        rows={kinds.kinds}
        rowKey={(k) => k.code}
        compact
        rowTestId={(k) => `kind-${k.code}`}
        columns={[
          { key: 'code', header: t('people.kinds.code'), rowHeader: true, render: (k) => <code>{k.code}</code> },
          { key: 'vi', header: t('people.kinds.labelVi'), render: (k) => <span lang="vi">{k.labelVi}</span> },
          { key: 'en', header: t('people.kinds.labelEn'), render: (k) => <span lang="en">{k.labelEn}</span> },
          { key: 'household', header: t('people.kinds.household'), render: (k) => (k.household ? yes : '—') },
          {
            key: 'active',
            header: t('people.kinds.active'),
            render: (k) => (k.active ? yes : <span className="muted">{t('people.kinds.inactive')}</span>),
          },
          {
            key: 'edit',
            header: <span className="sr-only">{t('common.edit')}</span>,
            render: (k) => (
              <Button size="small" variant="ghost" onClick={() => setEditing(k)} data-testid="kind-edit">
                {t('common.edit')}
                <span className="sr-only"> {k.code}</span>
              </Button>
            ),
          },
        ]}
      />
      <Dialog
        open={editing !== null}
        title={editing === 'new' ? t('people.kinds.createTitle') : t('people.kinds.editTitle')}
        onClose={() => setEditing(null)}
        testId="kind-dialog"
      >
        {editing !== null && (
          <KindForm
            key={editing === 'new' ? 'new' : editing.code}
            editing={editing === 'new' ? null : editing}
            nextSortOrder={Math.max(0, ...kinds.kinds.map((k) => k.sortOrder)) + 10}
            taken={kinds.kinds.map((k) => k.code)}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              kinds.reload();
            }}
          />
        )}
      </Dialog>
    </Section>
  );
}

interface KindFormProps {
  editing: PopulationKindItem | null;
  nextSortOrder: number;
  taken: readonly string[];
  onClose: () => void;
  onSaved: () => void;
}

function KindForm({ editing, nextSortOrder, taken, onClose, onSaved }: KindFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState({
    code: editing?.code ?? '',
    labelVi: editing?.labelVi ?? '',
    labelEn: editing?.labelEn ?? '',
    household: editing?.household ?? false,
    active: editing?.active ?? true,
    sortOrder: editing?.sortOrder ?? nextSortOrder,
  });
  const [submitted, setSubmitted] = useState(false);
  const [saveState, save] = useMutation(SavePopulationKindDocument);
  const set = <K extends keyof typeof state>(key: K, value: (typeof state)[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  const errors = {
    code: !POPULATION_KIND_CODE.test(state.code)
      ? t('people.kinds.codeInvalid')
      : !editing && taken.includes(state.code)
        ? t('people.kinds.codeTaken')
        : undefined,
    labelVi: state.labelVi.trim() ? undefined : t('people.kinds.labelRequired'),
    labelEn: state.labelEn.trim() ? undefined : t('people.kinds.labelRequired'),
  };
  const valid = !errors.code && !errors.labelVi && !errors.labelEn;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!valid) return;
    const reply = await save({
      input: {
        code: state.code,
        labelVi: state.labelVi.trim(),
        labelEn: state.labelEn.trim(),
        household: state.household,
        active: state.active,
        sortOrder: state.sortOrder,
      },
    });
    if (reply.data) onSaved();
  }

  const shown = (message: string | undefined) => (submitted ? message : undefined);
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormError message={peopleErrorText(t, saveState.error)} />
      <div className="form-grid">
        <TextField
          id="kind-code"
          data-testid="kind-code"
          label={t('people.kinds.code')}
          hint={editing ? t('people.kinds.codeFixed') : t('people.kinds.codeHint')}
          required
          disabled={editing !== null}
          autoCapitalize="characters"
          spellCheck={false}
          error={shown(errors.code)}
          value={state.code}
          onChange={(v) => set('code', v.toUpperCase().replace(/[^A-Z0-9_]/gu, ''))}
        />
        <NumberField
          id="kind-sortOrder"
          label={t('people.kinds.sortOrder')}
          decimal={false}
          value={state.sortOrder}
          onChange={(v) => set('sortOrder', v ?? 0)}
        />
        <TextField
          id="kind-labelVi"
          data-testid="kind-label-vi"
          lang="vi"
          label={t('people.kinds.labelVi')}
          required
          error={shown(errors.labelVi)}
          value={state.labelVi}
          onChange={(v) => set('labelVi', v)}
        />
        <TextField
          id="kind-labelEn"
          data-testid="kind-label-en"
          lang="en"
          label={t('people.kinds.labelEn')}
          required
          error={shown(errors.labelEn)}
          value={state.labelEn}
          onChange={(v) => set('labelEn', v)}
        />
        <CheckboxField
          id="kind-household"
          label={t('people.kinds.householdLabel')}
          value={state.household}
          onChange={(v) => set('household', v)}
        />
        <CheckboxField
          id="kind-active"
          label={t('people.kinds.activeLabel')}
          hint={t('people.kinds.activeHint')}
          value={state.active}
          onChange={(v) => set('active', v)}
        />
      </div>
      <FormActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" data-testid="kind-save" busy={saveState.fetching}>
          {t('common.save')}
        </Button>
      </FormActions>
    </form>
  );
}
