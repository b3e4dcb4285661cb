import {
  DEFAULT_CERTIFICATE_LAYOUT,
  defaultDocumentSettings,
  type CertificateLayout,
  type DocumentSettings,
} from '@thidua/shared';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { CommendationCertificatesDocument, PublicPostingDocument } from '../graphql/council.documents';
import { DocumentSettingsDocument, UpdateDocumentSettingsDocument } from '../graphql/documents.documents';

const BORDERS: readonly CertificateLayout['border'][] = ['DOUBLE', 'SINGLE', 'NONE'];

/** The settings as the certificate needs them (the server's border is a plain string). */
function asSettings(
  s: Omit<DocumentSettings, 'certificate'> & { certificate: Omit<CertificateLayout, 'border'> & { border: string } },
): DocumentSettings {
  const border = BORDERS.find((b) => b === s.certificate.border) ?? DEFAULT_CERTIFICATE_LAYOUT.border;
  return { ...s, certificate: { ...s.certificate, border } };
}

/** What the certificates print, the issuing body and signer settings, and the layout being adjusted and saved. */
export function useCertificates(roundId: string) {
  const [result] = useQuery({ query: CommendationCertificatesDocument, variables: { roundId } });
  const [settingsResult] = useQuery({ query: DocumentSettingsDocument });
  const [ward] = useQuery({ query: PublicPostingDocument, variables: { roundId }, pause: !settingsResult.error });
  const [saving, save] = useMutation(UpdateDocumentSettingsDocument);
  const [edited, setEdited] = useState<CertificateLayout | null>(null);
  const loaded = settingsResult.data?.documentSettings;
  // Without the settings (not allowed, not loaded): the ward's defaults from its name.
  const settings = loaded ? asSettings(loaded) : defaultDocumentSettings(ward.data?.publicPosting.wardName ?? '');
  const layout = edited ?? settings.certificate;
  return {
    roundName: result.data?.commendationRound?.name ?? '',
    certificates: result.data?.commendationCertificates ?? null,
    settings,
    fetching: result.fetching,
    error: result.error,
    layout,
    setLayout: (next: CertificateLayout) => setEdited(next),
    changed: edited !== null,
    canSave: Boolean(loaded),
    saving,
    saveLayout: async () => {
      if (!loaded || !edited) return;
      const { certificate: _old, ...rest } = asSettings(loaded);
      const r = await save({ input: { ...rest, certificate: edited } });
      if (r.data) setEdited(null);
    },
  };
}
