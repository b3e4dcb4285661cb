import type { NotificationKind } from '@thidua/shared';

/**
 * The payload fields a notification may carry (jsonb). Writers (sheet workflow,
 * reminders) fill what they know; readers take only strings of these names.
 */
export interface NotificationFacts {
  campaignId: string | null;
  campaignTitle: string | null;
  periodId: string | null;
  periodName: string | null;
  sheetId: string | null;
  unitId: string | null;
  unitName: string | null;
  reason: string | null;
  /** ISO date-time. */
  deadline: string | null;
}

const FIELDS = [
  'campaignId',
  'campaignTitle',
  'periodId',
  'periodName',
  'sheetId',
  'unitId',
  'unitName',
  'reason',
  'deadline',
] as const satisfies readonly (keyof NotificationFacts)[];

/** Reads the known fields of a payload; anything else (or of another type) is null. */
export function notificationFacts(payload: Record<string, unknown>): NotificationFacts {
  const facts = {} as NotificationFacts;
  for (const field of FIELDS) {
    const value = payload[field];
    facts[field] = typeof value === 'string' && value !== '' ? value : null;
  }
  // Writers may name the deadline after what it is (reply-by, new deadline).
  if (!facts.deadline) {
    for (const alias of ['replyDueAt', 'newDeadline', 'deadlineOverride']) {
      const value = payload[alias];
      if (typeof value === 'string' && value !== '') facts.deadline = value;
    }
  }
  if (!facts.reason) {
    for (const alias of ['returnReason', 'markReason']) {
      const value = payload[alias];
      if (typeof value === 'string' && value !== '') facts.reason = value;
    }
  }
  return facts;
}

export interface EmailText {
  subject: string;
  text: string;
}

const VI_DATE = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "17:00 ngày 05/12/2026" in Vietnam time. */
export function vietnameseDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(VI_DATE.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}

/** The Vietnamese e-mail of a notification: a subject from its kind, a body with the facts and a link. */
export function notificationEmail(kind: NotificationKind, facts: NotificationFacts, publicUrl?: string): EmailText {
  const sheet = [facts.unitName, facts.periodName, facts.campaignTitle].filter(Boolean).join(' — ');
  const of = sheet ? ` (${sheet})` : '';
  const deadline = facts.deadline ? vietnameseDateTime(facts.deadline) : null;
  const lines: string[] = [];
  let subject: string;
  switch (kind) {
    case 'SHEET_RETURNED':
      subject = `Bảng tự chấm bị trả lại — cần sửa${of}`;
      lines.push('Bảng tự chấm của đơn vị đã bị trả lại để sửa và giải trình.');
      if (facts.reason) lines.push(`Lý do: ${facts.reason}`);
      if (deadline) lines.push(`Hạn trả lời: ${deadline}`);
      break;
    case 'SHEET_APPROVED':
      subject = `Bảng tự chấm đã được duyệt${of}`;
      lines.push('Bảng tự chấm của đơn vị đã được thẩm định và duyệt.');
      break;
    case 'SHEET_FIRST_REVIEWED':
      subject = `Bảng tự chấm đã qua thẩm định vòng 1${of}`;
      lines.push('Khối trưởng đã thẩm định vòng 1; bảng chuyển sang thẩm định của phường.');
      break;
    case 'SHEET_MARKED':
      subject = `Bảng tự chấm được ghi nhận không nộp / không xét${of}`;
      lines.push('Bảng tự chấm của đơn vị được ghi nhận không nộp hoặc không xét trong đợt này.');
      if (facts.reason) lines.push(`Lý do: ${facts.reason}`);
      break;
    case 'SHEET_TO_REVIEW':
      subject = `Có bảng tự chấm chờ thẩm định${of}`;
      lines.push('Một bảng tự chấm đã được nộp và đang chờ anh/chị thẩm định.');
      break;
    case 'DEADLINE_EXTENDED':
      subject = `Hạn nộp bảng tự chấm được gia hạn${of}`;
      lines.push('Hạn nộp bảng tự chấm đã được gia hạn.');
      if (deadline) lines.push(`Hạn mới: ${deadline}`);
      if (facts.reason) lines.push(`Lý do: ${facts.reason}`);
      break;
    case 'DEADLINE_IN_3_DAYS':
      subject = `Còn 3 ngày đến hạn nộp bảng tự chấm${of}`;
      lines.push('Bảng tự chấm của đơn vị chưa được nộp; còn khoảng 3 ngày đến hạn.');
      if (deadline) lines.push(`Hạn nộp: ${deadline}`);
      break;
    case 'DEADLINE_IN_1_DAY':
      subject = `Còn 1 ngày đến hạn nộp bảng tự chấm${of}`;
      lines.push('Bảng tự chấm của đơn vị chưa được nộp; còn chưa đầy 1 ngày đến hạn.');
      if (deadline) lines.push(`Hạn nộp: ${deadline}`);
      break;
    case 'PERIOD_PUBLISHED':
      subject = `Kết quả đợt thi đua đã được công bố${of}`;
      lines.push('Kết quả chấm điểm của đợt đã được công bố.');
      break;
    case 'WARD_REPORT_ANSWERED':
      subject = 'Phòng Văn hóa - Xã hội đã trả lời báo cáo của đơn vị';
      lines.push('Báo cáo của đơn vị gửi phường đã được Phòng Văn hóa - Xã hội trả lời.');
      break;
  }
  const link = appLink(facts, publicUrl);
  if (link) lines.push('', `Xem tại: ${link}`);
  lines.push('', 'Thư này được gửi tự động từ phần mềm thi đua; vui lòng không trả lời.');
  return { subject, text: lines.join('\n') };
}

/** The page of the sheet (or of the campaign), when the app's public URL is configured. */
export function appLink(facts: NotificationFacts, publicUrl?: string): string | null {
  if (!publicUrl) return null;
  const base = publicUrl.replace(/\/+$/, '');
  if (facts.campaignId && facts.sheetId) return `${base}/campaigns/${facts.campaignId}/sheets/${facts.sheetId}`;
  if (facts.campaignId) return `${base}/campaigns/${facts.campaignId}`;
  return `${base}/`;
}
