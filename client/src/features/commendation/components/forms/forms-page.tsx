import { Role } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button, EmptyState, LoadingState, Page } from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import { useSession } from '../../../../lib/session';
import { useCommendationForms } from '../../hooks/use-commendation-forms';
import type { FormItem } from '../../utils/form-draft';
import { FormEditorDialog } from './form-editor-dialog';
import '../../styles/forms.css';

/** `/commendation/forms`: the ward's catalogue of commendation forms; the admin edits it, a reviewer reads it. */
export function FormsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canEdit = user?.role === Role.ADMIN;
  const { forms, fetching, error, saving, save } = useCommendationForms();
  const [open, setOpen] = useState<{ form: FormItem | null } | null>(null);
  const byCode = new Map(forms.map((f) => [f.code, f]));

  return (
    <Page
      testId="commendation-forms-page"
      title={t('commendation.forms.title')}
      lead={t('commendation.forms.lead')}
      actions={
        canEdit && (
          <Button variant="primary" data-testid="form-create" onClick={() => setOpen({ form: null })}>
            + {t('commendation.forms.create')}
          </Button>
        )
      }
    >
      <FormError message={errorText(t, error)} />
      {forms.length === 0 && fetching && <LoadingState />}
      {forms.length === 0 && !fetching && !error && <EmptyState>{t('commendation.forms.empty')}</EmptyState>}
      <div className="table-wrap">
        <table className="table cm-forms" data-testid="form-list">
          <thead>
            <tr>
              <th>{t('commendation.forms.name')}</th>
              <th>{t('commendation.forms.recipientKind')}</th>
              <th>{t('commendation.forms.authority')}</th>
              <th>{t('commendation.forms.period')}</th>
              <th>{t('commendation.forms.quota')}</th>
              <th>{t('commendation.forms.postingDays')}</th>
              <th>{t('commendation.forms.status')}</th>
              <th aria-label={t('commendation.forms.actions')} />
            </tr>
          </thead>
          <tbody>
            {forms.map((f) => (
              <tr key={f.id} data-testid={`form-row-${f.code}`} className={f.active ? undefined : 'muted'}>
                <td>
                  <strong>{f.name}</strong>
                  <div className="muted cm-forms__code">
                    {f.code} · {t('commendation.forms.conditionCount', { count: f.conditions.length })}
                  </div>
                </td>
                <td>{t(`commendation.forms.recipient.${f.recipientKind}`)}</td>
                <td>{t(`commendation.forms.authorityOf.${f.authority}`)}</td>
                <td>{t(`commendation.forms.periodOf.${f.period}`)}</td>
                <td>
                  {f.quotaPercent === null
                    ? t('commendation.forms.noQuota')
                    : t('commendation.forms.quotaText', {
                        percent: f.quotaPercent,
                        of: f.quotaOfFormCode
                          ? (byCode.get(f.quotaOfFormCode)?.name ?? f.quotaOfFormCode)
                          : t('commendation.forms.quotaOfProposals'),
                        min: f.quotaMinimum,
                      })}
                </td>
                <td>
                  {f.postingDays > 0
                    ? t('commendation.forms.days', { count: f.postingDays })
                    : t('commendation.forms.noPosting')}
                </td>
                <td>{f.active ? t('commendation.forms.inUse') : t('commendation.forms.retired')}</td>
                <td>
                  <Button
                    variant="ghost"
                    size="small"
                    data-testid={`form-open-${f.code}`}
                    onClick={() => setOpen({ form: f })}
                  >
                    {canEdit ? t('common.edit') : t('commendation.forms.view')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && (
        <FormEditorDialog
          form={open.form}
          forms={forms}
          readOnly={!canEdit}
          saving={saving}
          onSave={save}
          onClose={() => setOpen(null)}
        />
      )}
    </Page>
  );
}
