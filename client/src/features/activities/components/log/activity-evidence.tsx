import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../../../components/ui';
import { getAccessToken } from '../../../../lib/auth-tokens';
import { downloadWithSession } from '../../../../lib/files';

export interface ActivityEvidenceItem {
  id: string;
  kind: 'FILE' | 'LINK';
  url: string | null;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
}

const downloadUrl = (id: string) => `/api/activity-evidence/${id}`;

/** An image evidence as a thumbnail, fetched with the session's token (a plain <img src> cannot carry it). */
function Thumbnail({ id, alt }: { id: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    const token = getAccessToken();
    fetch(downloadUrl(id), { headers: token ? { authorization: `Bearer ${token}` } : {} })
      .then((r) => (r.ok ? r.blob() : null))
      .then((blob) => {
        if (!blob || cancelled) return;
        url = URL.createObjectURL(blob);
        setSrc(url);
      })
      .catch(() => setSrc(null));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  return src ? <img className="al-evidence__thumb" src={src} alt={alt} /> : <span className="al-evidence__thumb" />;
}

export interface ActivityEvidenceProps {
  evidence: readonly ActivityEvidenceItem[];
  editable: boolean;
  busy: boolean;
  error?: string;
  onFile: (file: File) => void;
  onLink: (url: string) => void;
  onRemove: (id: string) => void;
}

/** Photos (the phone's camera), any file and links as evidence; images as thumbnails. */
export function ActivityEvidence({ evidence, editable, busy, error, onFile, onLink, onRemove }: ActivityEvidenceProps) {
  const { t } = useTranslation();
  const [link, setLink] = useState('');
  const [failed, setFailed] = useState<string | null>(null);
  const pick = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div className="al-evidence" data-testid="activity-evidence">
      {evidence.length === 0 ? (
        <p className="muted">{t('activities.editor.evidence.none')}</p>
      ) : (
        <ul className="al-evidence__list">
          {evidence.map((e) => (
            <li key={e.id} className="al-evidence__item" data-testid={`evidence-${e.id}`}>
              {e.kind === 'FILE' ? (
                <button
                  type="button"
                  className="al-evidence__link"
                  onClick={() => {
                    setFailed(null);
                    downloadWithSession(downloadUrl(e.id), e.fileName ?? 'minh-chung').catch(() => setFailed(e.id));
                  }}
                >
                  {e.mimeType?.startsWith('image/') && <Thumbnail id={e.id} alt={e.fileName ?? ''} />}
                  <span>
                    {e.fileName}
                    {e.size !== null && <span className="muted"> ({Math.max(1, Math.round(e.size / 1024))} KB)</span>}
                  </span>
                </button>
              ) : (
                <a className="al-evidence__link" href={e.url ?? '#'} target="_blank" rel="noreferrer noopener nofollow">
                  {e.url}
                </a>
              )}
              {editable && (
                <Button
                  variant="ghost"
                  size="small"
                  className="btn-danger-text"
                  onClick={() => onRemove(e.id)}
                  data-testid={`evidence-remove-${e.id}`}
                >
                  {t('activities.editor.evidence.remove')}
                </Button>
              )}
              {failed === e.id && (
                <span className="field__error">{t('activities.editor.evidence.downloadFailed')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <>
          <div className="al-evidence__pickers">
            <label className="btn al-evidence__pick">
              {t('activities.editor.evidence.photo')}
              <input
                type="file"
                accept="image/*"
                capture="environment"
                className="sr-only"
                disabled={busy}
                onChange={(e) => {
                  pick(e.target.files);
                  e.target.value = '';
                }}
                data-testid="evidence-photo"
              />
            </label>
            <label className="btn al-evidence__pick">
              {t('activities.editor.evidence.file')}
              <input
                type="file"
                className="sr-only"
                disabled={busy}
                onChange={(e) => {
                  pick(e.target.files);
                  e.target.value = '';
                }}
                data-testid="evidence-file"
              />
            </label>
          </div>
          <div className="al-evidence__add-link">
            <TextField
              type="url"
              inputMode="url"
              label={t('activities.editor.evidence.link')}
              value={link}
              onChange={setLink}
              data-testid="evidence-link"
            />
            <Button
              size="small"
              disabled={busy || link.trim() === ''}
              onClick={() => {
                onLink(link.trim());
                setLink('');
              }}
              data-testid="evidence-add-link"
            >
              {t('activities.editor.evidence.addLink')}
            </Button>
          </div>
        </>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
