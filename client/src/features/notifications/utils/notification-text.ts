import type { TFunction } from 'i18next';
import type { MyNotificationsQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../../lib/format';

export type NotificationItem = MyNotificationsQuery['myNotifications'][number];

/** A date and time as dd/mm/yyyy hh:mm ("05/12/2026 17:00"), in either language. */
export function formatWhen(iso: string): string {
  return formatDateTime(iso);
}

/** The sentence of a notification in the current language, from its kind and facts. */
export function notificationText(t: TFunction, n: NotificationItem): string {
  return t(`notifications.kind.${n.kind}`, {
    unit: n.unitName ?? t('notifications.yourUnit'),
    deadline: n.deadline ? formatWhen(n.deadline) : '—',
  });
}

/** What the sheet is: unit — period — campaign, whichever are known. */
export function notificationContext(n: NotificationItem): string {
  return [n.periodName, n.campaignTitle].filter(Boolean).join(' — ');
}

/** Where a notification leads: the sheet, else the campaign, a report's answer to the reports, else nowhere. */
export function notificationLink(n: NotificationItem): string | null {
  if (n.kind === 'WARD_REPORT_ANSWERED') return '/activities/reports';
  if (n.campaignId && n.sheetId) return `/campaigns/${n.campaignId}/sheets/${n.sheetId}`;
  if (n.campaignId) return `/campaigns/${n.campaignId}`;
  return null;
}
