import { type FormProblem } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import {
  Button,
  CheckboxField,
  FormActions,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../components/ui';
import { errorInfo } from '../../../../lib/graphql-errors';
import { errorText } from '../../../../lib/error-text';
import {
  draftOf,
  draftProblems,
  emptyDraft,
  problemsOfDetails,
  type FormDraft,
  type FormItem,
} from '../../utils/form-draft';
import { ConditionEditor } from './condition-editor';

interface Props {
  /** null: a new form. */
  form: FormItem | null;
  forms: readonly FormItem[];
  readOnly: boolean;
  saving: boolean;
  onSave: (id: string | null, draft: FormDraft) => Promise<CombinedError | null>;
  onClose: () => void;
}

const UNIT_KINDS = ['SCHOOL', 'NEIGHBORHOOD_GROUP', 'DEPARTMENT', 'ORGANIZATION'] as const;

/** Every field of one form, its checklist, and the problems the rules find, each beside its field. */
export function FormEditorDialog({ form, forms, readOnly, saving, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FormDraft>(() =>
    form ? draftOf(form) : emptyDraft(Math.max(0, ...forms.map((f) => f.position)) + 10),
  );
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [failure, setFailure] = useState<CombinedError | null>(null);
  const others = forms.filter((f) => f.id !== form?.id);
  const set = (patch: Partial<FormDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorOf = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`commendation.forms.problem.${problem.code}`) : undefined;
  };
  const recipients = (['COLLECTIVE', 'INDIVIDUAL'] as const).map((v) => ({
    value: v,
    label: t(`commendation.forms.recipient.${v}`),
  }));
  const authorities = (['CONFER', 'PROPOSE_UPWARD'] as const).map((v) => ({
    value: v,
    label: t(`commendation.forms.authorityOf.${v}`),
  }));
  const periods = (['ANNUAL', 'THEMATIC', 'INTERIM'] as const).map((v) => ({
    value: v,
    label: t(`commendation.forms.periodOf.${v}`),
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftProblems(draft, others);
    setProblems(found);
    setFailure(null);
    if (found.length > 0) return;
    const error = await onSave(form?.id ?? null, draft);
    if (!error) return onClose();
    setProblems(problemsOfDetails(errorInfo(error)?.details));
    setFailure(error);
  }

  const title = readOnly ? draft.name : form ? t('commendation.forms.edit') : t('commendation.forms.create');
  return (
    <Dialog open title={title} onClose={onClose} testId="form-editor">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={problems.length > 0 ? t('commendation.forms.fixProblems') : errorText(t, failure)} />
        <fieldset disabled={readOnly} className="cm-form-fields">
          <div className="form-grid">
            <TextField
              id="code"
              label={t('commendation.forms.code')}
              hint={t('commendation.forms.codeHint')}
              value={draft.code}
              required
              disabled={Boolean(form)}
              error={errorOf('code')}
              onChange={(code) => set({ code: code.toUpperCase() })}
            />
            <NumberField
              id="position"
              label={t('commendation.forms.position')}
              value={draft.position}
              decimal={false}
              allowNegative={false}
              error={errorOf('position')}
              onChange={(position) => set({ position: position ?? 0 })}
            />
          </div>
          <TextField
            id="name"
            label={t('commendation.forms.name')}
            value={draft.name}
            required
            error={errorOf('name')}
            onChange={(name) => set({ name })}
          />
          <div className="form-grid">
            <SelectField
              id="recipientKind"
              label={t('commendation.forms.recipientKind')}
              value={draft.recipientKind}
              options={recipients}
              error={errorOf('recipientKind')}
              onChange={(recipientKind) =>
                set({ recipientKind, unitKinds: recipientKind === 'INDIVIDUAL' ? [] : draft.unitKinds })
              }
            />
            <SelectField
              id="authority"
              label={t('commendation.forms.authority')}
              value={draft.authority}
              options={authorities}
              onChange={(authority) => set({ authority })}
            />
            <SelectField
              id="period"
              label={t('commendation.forms.period')}
              value={draft.period}
              options={periods}
              onChange={(period) => set({ period })}
            />
          </div>
          <TextAreaField
            id="legalBasis"
            label={t('commendation.forms.legalBasis')}
            value={draft.legalBasis}
            error={errorOf('legalBasis')}
            onChange={(legalBasis) => set({ legalBasis })}
          />
          {draft.recipientKind === 'COLLECTIVE' && (
            <fieldset className="cm-unit-kinds">
              <legend>{t('commendation.forms.unitKinds')}</legend>
              {UNIT_KINDS.map((kind) => (
                <CheckboxField
                  key={kind}
                  id={`unitKind-${kind}`}
                  label={t(`commendation.forms.unitKind.${kind}`)}
                  value={draft.unitKinds.includes(kind)}
                  onChange={(on) =>
                    set({ unitKinds: on ? [...draft.unitKinds, kind] : draft.unitKinds.filter((k) => k !== kind) })
                  }
                />
              ))}
            </fieldset>
          )}
          <div className="form-grid">
            <NumberField
              id="quotaPercent"
              label={t('commendation.forms.quotaPercent')}
              hint={t('commendation.forms.quotaHint')}
              value={draft.quotaPercent}
              allowNegative={false}
              error={errorOf('quotaPercent')}
              onChange={(quotaPercent) => set({ quotaPercent })}
            />
            <SelectField
              id="quotaOfFormCode"
              label={t('commendation.forms.quotaOf')}
              value={draft.quotaOfFormCode ?? ''}
              placeholder={t('commendation.forms.quotaOfNone')}
              options={others.map((f) => ({ value: f.code, label: `${f.name} (${f.code})` }))}
              error={errorOf('quotaOfFormCode')}
              onChange={(code) => set({ quotaOfFormCode: code || null })}
            />
            <NumberField
              id="quotaMinimum"
              label={t('commendation.forms.quotaMinimum')}
              value={draft.quotaMinimum}
              decimal={false}
              allowNegative={false}
              error={errorOf('quotaMinimum')}
              onChange={(quotaMinimum) => set({ quotaMinimum: quotaMinimum ?? 0 })}
            />
          </div>
          <div className="form-grid">
            <NumberField
              id="postingDays"
              label={t('commendation.forms.postingDays')}
              value={draft.postingDays}
              decimal={false}
              allowNegative={false}
              error={errorOf('postingDays')}
              onChange={(postingDays) => set({ postingDays: postingDays ?? 0 })}
            />
            <NumberField
              id="approvalPercent"
              label={t('commendation.forms.approvalPercent')}
              value={draft.approvalPercent}
              allowNegative={false}
              error={errorOf('approvalPercent')}
              onChange={(approvalPercent) => set({ approvalPercent: approvalPercent ?? 0 })}
            />
            <TextField
              id="certificateHeading"
              label={t('commendation.forms.certificateHeading')}
              value={draft.certificateHeading}
              error={errorOf('certificateHeading')}
              onChange={(certificateHeading) => set({ certificateHeading })}
            />
          </div>
          <CheckboxField
            id="secretBallot"
            label={t('commendation.forms.secretBallot')}
            value={draft.secretBallot}
            onChange={(secretBallot) => set({ secretBallot })}
          />
          <CheckboxField
            id="active"
            label={t('commendation.forms.active')}
            hint={t('commendation.forms.activeHint')}
            value={draft.active}
            onChange={(active) => set({ active })}
          />
        </fieldset>
        <ConditionEditor
          conditions={draft.conditions}
          recipientKind={draft.recipientKind}
          forms={others}
          readOnly={readOnly}
          errorOf={errorOf}
          onChange={(conditions) => set({ conditions })}
        />
        <FormActions>
          <Button variant="ghost" onClick={onClose}>
            {readOnly ? t('commendation.forms.close') : t('common.cancel')}
          </Button>
          {!readOnly && (
            <Button type="submit" variant="primary" busy={saving} data-testid="form-save">
              {saving ? t('common.saving') : t('common.save')}
            </Button>
          )}
        </FormActions>
      </form>
    </Dialog>
  );
}
