import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from '../../../../components/ui';
import { type EntryData, EVIDENCE_ACCEPT } from '../../utils/campaign-model';
import { EvidenceList } from '../evidence-list';
import { CameraIcon, FolderIcon, LinkIcon } from '../sheet-icons';

interface IndicatorEvidenceProps {
  code: string;
  evidence: EntryData['evidence'];
  editable: boolean;
  busy: boolean;
  error: string | null;
  onFile: (file: File) => void;
  onLink: (url: string) => Promise<boolean>;
  onRemove: (id: string) => void;
}

/** An entry's evidence, and (while editable) a photo from the camera, a file, or a link. */
export function IndicatorEvidence({
  code,
  evidence,
  editable,
  busy,
  error,
  onFile,
  onLink,
  onRemove,
}: IndicatorEvidenceProps) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onFile(file);
  };
  const pickerClass = buttonClass('secondary', undefined, busy ? 'sheet-big-btn is-busy' : 'sheet-big-btn');
  return (
    <div className="sheet-card__evidence">
      <p className="sheet-card__label">{t('campaigns.sheet.evidence', { count: evidence.length })}</p>
      <EvidenceList evidence={evidence} code={code} onRemove={editable ? onRemove : undefined} />
      {editable && (
        <div className="sheet-evidence-actions">
          <label className={pickerClass}>
            <CameraIcon /> {t('campaigns.evidence.camera')}
            <input
              type="file"
              className="sr-only"
              accept="image/*"
              capture="environment"
              data-testid={`sheet-evidence-camera-${code}`}
              disabled={busy}
              onChange={picked}
            />
          </label>
          <label className={pickerClass}>
            <FolderIcon /> {t('campaigns.evidence.file')}
            <input
              type="file"
              className="sr-only"
              accept={EVIDENCE_ACCEPT}
              data-testid={`sheet-evidence-file-${code}`}
              disabled={busy}
              onChange={picked}
            />
          </label>
          <Button
            variant="ghost"
            className="sheet-big-btn"
            onClick={() => setLinkOpen((o) => !o)}
            aria-expanded={linkOpen}
          >
            <LinkIcon /> {t('campaigns.evidence.link')}
          </Button>
        </div>
      )}
      {editable && linkOpen && <EvidenceLinkForm code={code} onLink={onLink} onAdded={() => setLinkOpen(false)} />}
      {busy && <p className="muted">{t('campaigns.evidence.uploading')}</p>}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function EvidenceLinkForm({
  code,
  onLink,
  onAdded,
}: {
  code: string;
  onLink: (url: string) => Promise<boolean>;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const [link, setLink] = useState('');
  return (
    <form
      className="sheet-link-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onLink(link).then((ok) => {
          if (ok) {
            setLink('');
            onAdded();
          }
        });
      }}
    >
      <input
        type="url"
        inputMode="url"
        placeholder="https://…"
        aria-label={t('campaigns.evidence.linkLabel')}
        data-testid={`sheet-evidence-link-${code}`}
        value={link}
        onChange={(e) => setLink(e.target.value)}
      />
      <Button type="submit" variant="primary" data-testid={`sheet-evidence-link-add-${code}`}>
        {t('campaigns.evidence.addLink')}
      </Button>
    </form>
  );
}
