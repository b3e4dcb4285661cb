import { useTranslation } from 'react-i18next';
import type { SheetData } from '../../utils/campaign-model';
import { formatWhen } from '../../utils/sheet-workflow';

/**
 * What bends a sheet's time and standing, shown on the sheet for its unit and its
 * reviewers: its deadline (and an extension), a return's reply window, lateness,
 * entry on the unit's behalf, a mark with its reason.
 */
export function SheetDeadlineInfo({ sheet }: { sheet: SheetData }) {
  const { t } = useTranslation();
  const when = (iso: string | null) => formatWhen(iso);
  const open = sheet.status === 'DRAFT' || sheet.status === 'RETURNED';
  const replying = sheet.status === 'RETURNED' && sheet.replyDueAt;
  return (
    <div className="sheet-times" data-testid="sheet-times">
      {sheet.mark && (
        <div className="alert alert-error sheet-alert" data-testid="sheet-mark">
          <strong>{t('campaigns.sheet.markedTitle', { mark: t(`campaigns.mark.${sheet.mark}`) })}</strong>
          {sheet.markReason && (
            <p className="sheet-alert__reason">{t('campaigns.sheet.markedReason', { reason: sheet.markReason })}</p>
          )}
        </div>
      )}
      {sheet.enteredOnBehalf && (
        <p className="sheet-times__line" data-testid="sheet-on-behalf">
          <span className="badge sheet-onbehalf">{t('campaigns.sheet.onBehalf')}</span>{' '}
          {t('campaigns.sheet.onBehalfHint')}
        </p>
      )}
      {open && !sheet.mark && (
        <>
          <p className="sheet-times__line" data-testid="sheet-deadline">
            {sheet.deadlineOverride
              ? t('campaigns.sheet.extendedDeadline', { date: when(sheet.effectiveDeadline) })
              : t('campaigns.sheet.deadline', { date: when(sheet.effectiveDeadline) })}
          </p>
          {replying && (
            <p className="sheet-times__line sheet-times__reply" data-testid="sheet-reply-due">
              {t('campaigns.sheet.replyDue', { date: when(sheet.replyDueAt) })}
            </p>
          )}
          {sheet.isOverdue && (
            <p className="alert alert-error sheet-alert" data-testid="sheet-overdue">
              {t('campaigns.sheet.overdue', { date: when(sheet.editableUntil) })}
            </p>
          )}
        </>
      )}
      {sheet.lateDays > 0 && (
        <p className="sheet-times__line" data-testid="sheet-late-days">
          {t('campaigns.sheet.lateDays', { count: sheet.lateDays })}
        </p>
      )}
    </div>
  );
}
