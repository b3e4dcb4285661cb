import { useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { CommendationDocumentKind } from '@thidua/shared';
import { downloadWithSession } from '../../../lib/files';
import {
  DocumentSettingsDocument,
  RoundDocumentsDocument,
  UpdateDocumentSettingsDocument,
  UpdateRoundNarrativeDocument,
} from '../graphql/documents.documents';
import type { UpdateDocumentSettingsInput } from '../../../generated/graphql';

/** The ASCII names the browser saves under when the server sends none. */
export const DOCUMENT_FILE_NAMES: Record<CommendationDocumentKind, string> = {
  SUBMISSION: 'to-trinh-khen-thuong.docx',
  MINUTES: 'bien-ban-hop-xet-khen-thuong.docx',
  ACHIEVEMENT_REPORT: 'bao-cao-thanh-tich.docx',
  DECISION: 'quyet-dinh-khen-thuong.docx',
  REVIEW_REPORT: 'bao-cao-so-ket-tong-ket.docx',
};

/** Downloads one of the round's documents with the session's token; `failed` names the kind after an error. */
export function useDocumentDownload(roundId: string) {
  const [failed, setFailed] = useState<CommendationDocumentKind | null>(null);
  const [busy, setBusy] = useState<CommendationDocumentKind | null>(null);
  const download = useCallback(
    async (kind: CommendationDocumentKind, unitId?: string) => {
      setFailed(null);
      setBusy(kind);
      const query = unitId ? `?unitId=${encodeURIComponent(unitId)}` : '';
      try {
        await downloadWithSession(
          `/api/commendation/rounds/${roundId}/documents/${kind}${query}`,
          DOCUMENT_FILE_NAMES[kind],
        );
      } catch {
        setFailed(kind);
      } finally {
        setBusy(null);
      }
    },
    [roundId],
  );
  return { download, failed, busy };
}

/** The round's narrative and the units of its collective proposals (for the báo cáo thành tích). */
export function useRoundDocuments(roundId: string) {
  const [result, reexecute] = useQuery({ query: RoundDocumentsDocument, variables: { roundId } });
  const [saved, update] = useMutation(UpdateRoundNarrativeDocument);
  const units = new Map<string, string>();
  for (const p of result.data?.commendationRound.proposals ?? []) {
    if (p.recipientKind === 'COLLECTIVE' && p.status !== 'WITHDRAWN') units.set(p.unit.id, p.unit.name);
  }
  const saveNarrative = useCallback(
    async (narrative: { results: string; limitations: string; directions: string }) => {
      const r = await update({ input: { roundId, ...narrative } });
      if (!r.error) reexecute({ requestPolicy: 'network-only' });
      return r.error ?? null;
    },
    [update, reexecute, roundId],
  );
  return {
    narrative: result.data?.roundNarrative ?? null,
    units: [...units].map(([id, name]) => ({ id, name })),
    fetching: result.fetching,
    error: result.error,
    saving: saved.fetching,
    saveNarrative,
  };
}

/** The document settings and saving them (ADMIN). */
export function useDocumentSettings() {
  const [result, reexecute] = useQuery({ query: DocumentSettingsDocument });
  const [saved, update] = useMutation(UpdateDocumentSettingsDocument);
  const settings = result.data?.documentSettings ?? null;
  const save = useCallback(
    async (input: UpdateDocumentSettingsInput) => {
      const r = await update({ input });
      if (!r.error) reexecute({ requestPolicy: 'network-only' });
      return r.error ?? null;
    },
    [update, reexecute],
  );
  return { settings, fetching: result.fetching, error: result.error, saving: saved.fetching, save };
}
