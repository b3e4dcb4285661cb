import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui';
import { downloadWithSession } from '../../../lib/files';
import type { EntryData } from '../utils/campaign-model';
import { ClipIcon, LinkIcon } from './sheet-icons';

type Evidence = EntryData['evidence'][number];

/** An entry's evidence: files download with the session's token, links open in a new tab. */
export function EvidenceList({
  evidence,
  onRemove,
  code,
}: {
  evidence: readonly Evidence[];
  onRemove?: (id: string) => void;
  code: string;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState<string | null>(null);
  if (evidence.length === 0) return null;
  return (
    <ul className="cmp-evidence" data-testid={`evidence-list-${code}`}>
      {evidence.map((e) => (
        <li key={e.id} className="cmp-evidence__item">
          {e.kind === 'FILE' ? (
            <button
              type="button"
              className="cmp-evidence__link"
              onClick={() => {
                setFailed(null);
                downloadWithSession(e.downloadUrl ?? `/api/evidence/${e.id}`, e.fileName ?? 'minh-chung').catch(() =>
                  setFailed(e.id),
                );
              }}
            >
              <ClipIcon /> {e.fileName}
              {e.size !== null && <span className="muted"> ({Math.max(1, Math.round(e.size / 1024))} KB)</span>}
            </button>
          ) : (
            <a className="cmp-evidence__link" href={e.url ?? '#'} target="_blank" rel="noreferrer noopener">
              <LinkIcon /> {e.fileName ?? e.url}
            </a>
          )}
          {onRemove && (
            <Button variant="ghost" size="small" className="btn-danger-text" onClick={() => onRemove(e.id)}>
              {t('campaigns.evidence.remove')}
            </Button>
          )}
          {failed === e.id && <span className="field__error">{t('campaigns.evidence.downloadFailed')}</span>}
        </li>
      ))}
    </ul>
  );
}
