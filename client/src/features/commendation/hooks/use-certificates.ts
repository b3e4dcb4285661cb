import { DEFAULT_CERTIFICATE_LAYOUT, defaultDocumentSettings, type CertificateLayout } from '@thidua/shared';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CommendationCertificatesDocument, PublicPostingDocument } from '../graphql/council.documents';

/** What the certificates print, the issuing body (from the ward's name) and the layout being adjusted. */
export function useCertificates(roundId: string) {
  const [result] = useQuery({ query: CommendationCertificatesDocument, variables: { roundId } });
  const [ward] = useQuery({ query: PublicPostingDocument, variables: { roundId } });
  const [layout, setLayout] = useState<CertificateLayout>({ ...DEFAULT_CERTIFICATE_LAYOUT });
  const settings = defaultDocumentSettings(ward.data?.publicPosting.wardName ?? '');
  return {
    roundName: result.data?.commendationRound?.name ?? '',
    certificates: result.data?.commendationCertificates ?? null,
    settings,
    fetching: result.fetching,
    error: result.error,
    layout,
    setLayout,
  };
}
