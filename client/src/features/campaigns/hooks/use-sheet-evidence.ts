import { isAllowedEvidenceUrl } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { readFileAsBase64 } from '../../../lib/files';
import {
  AddEvidenceFileDocument,
  AddEvidenceLinkDocument,
  RemoveEvidenceDocument,
} from '../graphql/campaigns.documents';
import { campaignErrorText, MAX_EVIDENCE_MB, type SheetData } from '../utils/campaign-model';
import { evidenceFileProblem, evidenceName } from '../utils/evidence-file';

/**
 * Evidence of the sheet's entries: a file (checked here for size and type first), a
 * link, a removal. Each error stays with its entry; each success hands the server's
 * sheet to `onChanged`.
 */
export function useSheetEvidence(onChanged: (sheet: SheetData) => void) {
  const { t } = useTranslation();
  const [busyEntry, setBusyEntry] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [, addFile] = useMutation(AddEvidenceFileDocument);
  const [, addLink] = useMutation(AddEvidenceLinkDocument);
  const [, removeEvidence] = useMutation(RemoveEvidenceDocument);
  const setError = (entryId: string, message: string | null) => setErrors((e) => ({ ...e, [entryId]: message }));

  async function upload(entryId: string, file: File) {
    setError(entryId, null);
    const name = evidenceName(file);
    const problem = await evidenceFileProblem(file, name);
    if (problem) {
      setError(entryId, t(`campaigns.evidence.${problem}`, { max: MAX_EVIDENCE_MB }));
      return;
    }
    setBusyEntry(entryId);
    const result = await addFile({ input: { entryId, fileName: name, contentBase64: await readFileAsBase64(file) } });
    setBusyEntry(null);
    if (result.data) onChanged(result.data.addEvidenceFile);
    else setError(entryId, campaignErrorText(t, result.error));
  }

  async function link(entryId: string, url: string): Promise<boolean> {
    setError(entryId, null);
    if (!isAllowedEvidenceUrl(url.trim())) {
      setError(entryId, t('campaigns.evidence.badUrl'));
      return false;
    }
    const result = await addLink({ input: { entryId, url: url.trim() } });
    if (result.data) {
      onChanged(result.data.addEvidenceLink);
      return true;
    }
    setError(entryId, campaignErrorText(t, result.error));
    return false;
  }

  async function remove(entryId: string, evidenceId: string) {
    const result = await removeEvidence({ id: evidenceId });
    if (result.data) onChanged(result.data.removeEvidence);
    else setError(entryId, campaignErrorText(t, result.error));
  }

  return { busyEntry, errors, upload, link, remove };
}
