import { useTranslation } from 'react-i18next';
import type { SheetMark, SheetOfficerStatus } from '../../../../generated/graphql';
import '../../styles/sheet-workflow.css';

/**
 * The sheet's own status as its unit reads it (Bị trả lại — cần sửa, Quá hạn, Đã thẩm định…);
 * a marked sheet names its mark.
 */
export function OfficerStatusBadge({ status, mark }: { status: SheetOfficerStatus; mark?: SheetMark | null }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge sheet-ostatus sheet-ostatus--${status.toLowerCase()}`}
      data-testid="sheet-officer-status"
      data-officer-status={status}
    >
      {status === 'MARKED' && mark ? t(`campaigns.mark.${mark}`) : t(`campaigns.officerStatus.${status}`)}
    </span>
  );
}
