import { useState } from 'react';
import { downloadWithSession } from '../../../lib/files';

/** The period's score table as an Excel file, downloaded with the session's token; `failed` after an error. */
export function useScoreTableDownload(campaignId: string, periodId: string | null | undefined) {
  const [failed, setFailed] = useState(false);
  function download() {
    if (!periodId) return;
    setFailed(false);
    downloadWithSession(`/api/campaigns/${campaignId}/periods/${periodId}/score-table.xlsx`, 'bang-diem.xlsx').catch(
      () => setFailed(true),
    );
  }
  return { download, failed };
}
