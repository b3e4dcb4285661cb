import { useCallback, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import type { CombinedError } from 'urql';
import { saveBlob } from '../../../lib/files';
import {
  ErasePersonDocument,
  PersonDataExportDocument,
  PersonRecordDocument,
  RegeneratePersonalCodeDocument,
  RevealPersonPhoneDocument,
} from '../graphql/people.documents';

/** A file name from a person's name: "du-lieu-nguyen-van-an.json". */
export function exportFileName(fullName: string): string {
  const slug = fullName
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return `du-lieu-${slug || 'ca-nhan'}.json`;
}

/**
 * A person's page: their record (games, contests, prizes) and what an organiser may do
 * with their data — export it, erase it, reveal the phone once (audited), give a new code.
 */
export function usePersonRecord(personId: string) {
  const client = useClient();
  const [result, reexecute] = useQuery({ query: PersonRecordDocument, variables: { id: personId } });
  const [revealed, setRevealed] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<CombinedError | null>(null);
  const [revealState, reveal] = useMutation(RevealPersonPhoneDocument);
  const [regenerateState, regenerate] = useMutation(RegeneratePersonalCodeDocument);
  const [eraseState, erase] = useMutation(ErasePersonDocument);

  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const person = result.data?.personRecord.person ?? null;

  async function exportData() {
    if (!person) return;
    setExporting(true);
    setExportError(null);
    const reply = await client
      .query(PersonDataExportDocument, { id: personId }, { requestPolicy: 'network-only' })
      .toPromise();
    setExporting(false);
    if (reply.error || reply.data === undefined) return setExportError(reply.error ?? null);
    const json = reply.data.personDataExport;
    saveBlob(new Blob([json], { type: 'application/json;charset=utf-8' }), exportFileName(person.fullName));
  }

  return {
    record: result.data?.personRecord ?? null,
    person,
    error: result.error,
    fetching: result.fetching,
    reload,
    exportData: () => void exportData(),
    exporting,
    exportError,
    revealed,
    hideRevealed: () => setRevealed(null),
    revealPhone: async () => {
      const reply = await reveal({ id: personId });
      if (reply.data) setRevealed(reply.data.revealPersonPhone);
    },
    revealState,
    regenerate: async () => {
      const reply = await regenerate({ id: personId });
      if (reply.data) reload();
      return Boolean(reply.data);
    },
    regenerateState,
    erase: async (reason: string) => {
      const reply = await erase({ id: personId, reason });
      if (reply.data?.erasePerson) {
        setRevealed(null);
        reload();
        return true;
      }
      return false;
    },
    eraseState,
  };
}

export type PersonRecordState = ReturnType<typeof usePersonRecord>;
