import { compareVietnamese } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions, SelectField, TextAreaField, TextField } from '../../../../components/ui';
import type { RecipientKind } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import {
  AddCommendationProposalDocument,
  CommendationCandidatesDocument,
  ProposalFormsDocument,
  ProposalUnitsDocument,
} from '../../graphql/rounds.documents';

export interface AddProposalDialogProps {
  roundId: string;
  recipientKind: RecipientKind;
  onClose: () => void;
  onDone: () => void;
}

/** A collective (a unit) or an individual (a person found by name on a unit's roster) for one form. */
export function AddProposalDialog({ roundId, recipientKind, onClose, onDone }: AddProposalDialogProps) {
  const { t } = useTranslation();
  const individual = recipientKind === 'INDIVIDUAL';
  const [{ data: formsData }] = useQuery({ query: ProposalFormsDocument });
  const [{ data: unitsData }] = useQuery({ query: ProposalUnitsDocument });
  const [{ fetching, error }, add] = useMutation(AddCommendationProposalDocument);
  const [formId, setFormId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [search, setSearch] = useState('');
  const [person, setPerson] = useState<{ id: string; fullName: string } | null>(null);
  const [detail, setDetail] = useState('');
  const [achievements, setAchievements] = useState('');
  const [missing, setMissing] = useState(false);
  const forms = (formsData?.commendationForms ?? []).filter((f) => f.recipientKind === recipientKind);
  const form = forms.find((f) => f.id === formId);
  const units = [...(unitsData?.units ?? [])]
    .filter((u) => individual || !form || form.unitKinds.length === 0 || form.unitKinds.includes(u.kind))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  const searching = individual && unitId !== '' && search.trim().length >= 2;
  const [{ data: found, fetching: looking }] = useQuery({
    query: CommendationCandidatesDocument,
    variables: { unitId, search: search.trim() },
    pause: !searching,
  });
  const candidates = searching ? (found?.commendationCandidates ?? []) : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!formId || !unitId || (individual && !person)) {
      setMissing(true);
      return;
    }
    const result = await add({
      input: {
        roundId,
        formId,
        unitId,
        personId: person?.id ?? null,
        recipientDetail: detail.trim() || null,
        achievements: achievements.trim() || null,
      },
    });
    if (result.data) onDone();
  }

  return (
    <Dialog
      open
      title={t(individual ? 'commendation.proposals.addPerson' : 'commendation.proposals.addUnit')}
      onClose={onClose}
      testId="proposal-add-dialog"
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={missing ? t('commendation.proposals.missing') : errorText(t, error)} />
        <SelectField
          id="proposal-form"
          label={t('commendation.proposals.form')}
          value={formId}
          onChange={setFormId}
          placeholder={t('commendation.proposals.formNone')}
          options={forms.map((f) => ({ value: f.id, label: f.name }))}
          required
        />
        <SelectField
          id="proposal-unit"
          label={t('commendation.proposals.unit')}
          value={unitId}
          onChange={(v) => {
            setUnitId(v);
            setPerson(null);
          }}
          placeholder={t('commendation.proposals.unitNone')}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          required
        />
        {individual && unitId && (
          <div className="cm-person-search">
            <TextField
              id="proposal-person-search"
              type="search"
              label={t('commendation.proposals.search')}
              hint={t('commendation.proposals.searchHint')}
              value={search}
              onChange={setSearch}
              autoComplete="off"
            />
            {person && (
              <p className="cm-person-search__chosen">
                {t('commendation.proposals.chosen', { name: person.fullName })}
              </p>
            )}
            {searching && !looking && candidates.length === 0 && (
              <p className="muted">{t('commendation.proposals.noPeople')}</p>
            )}
            {candidates.length > 0 && (
              <ul className="cm-person-search__list" aria-label={t('commendation.proposals.person')}>
                {candidates.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className={person?.id === c.id ? 'cm-candidate cm-candidate--chosen' : 'cm-candidate'}
                      aria-pressed={person?.id === c.id}
                      onClick={() => setPerson({ id: c.id, fullName: c.fullName })}
                    >
                      <strong>{c.fullName}</strong>
                      <span className="muted"> {[c.subUnit, c.unitName].filter(Boolean).join(', ')}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {individual && (
          <TextField
            id="proposal-detail-new"
            label={t('commendation.proposals.recipientDetail')}
            value={detail}
            onChange={setDetail}
          />
        )}
        <TextAreaField
          id="proposal-achievements-new"
          label={t('commendation.proposals.achievements')}
          hint={t('commendation.proposals.achievementsHint')}
          value={achievements}
          onChange={setAchievements}
        />
        <FormActions>
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={fetching} data-testid="proposal-add-submit">
            {fetching ? t('common.saving') : t('commendation.proposals.add')}
          </Button>
        </FormActions>
      </form>
    </Dialog>
  );
}
