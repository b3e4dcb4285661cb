import { fileNameFromContentDisposition } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessTokenExpiresSoon, getAccessToken, hasRefreshToken } from '../../../lib/auth-tokens';
import { refreshSession } from '../../../lib/refresh-session';

/** The game's results as XLSX, with the signed-in session; the server names the file. */
export function useResultsDownload(gameId: string) {
  const { t } = useTranslation();
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setDownloading(true);
    setError(null);
    try {
      if (hasRefreshToken() && accessTokenExpiresSoon()) await refreshSession();
      const response = await fetch(`/api/live-games/${gameId}/results.xlsx`, {
        headers: { authorization: `Bearer ${getAccessToken() ?? ''}` },
      });
      if (!response.ok) throw new Error(String(response.status));
      const blob = await response.blob();
      const name =
        fileNameFromContentDisposition(response.headers.get('content-disposition')) ?? `ket-qua-${gameId}.xlsx`;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError(t('live.host.downloadFailed'));
    } finally {
      setDownloading(false);
    }
  }

  return { downloading, error, download: () => void download() };
}
