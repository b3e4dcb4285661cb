import { useMutation } from 'urql';
import { useImportWizard, type ImportOutcome as WizardOutcome } from '../../../components/use-import-wizard';
import { ImportRosterDocument } from '../graphql/people.documents';

export interface RosterImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type RosterImportOutcome = WizardOutcome<RosterImportCounts>;

/**
 * The roster import of one unit: pick a file, check it (dry run: every bad row listed,
 * nothing written), then import it, all or nothing. `onImported` refreshes the roster.
 */
export function useRosterImport(unitId: string, onImported: () => void) {
  const [{ fetching, error }, importRoster] = useMutation(ImportRosterDocument);
  const wizard = useImportWizard<RosterImportCounts>({
    send: async (file, dryRun) => {
      const result = await importRoster({
        input: { unitId, fileName: file.name, contentBase64: file.contentBase64, dryRun },
      });
      return { reply: result.data?.importRoster, error: result.error };
    },
    counts: ({ created, updated, unchanged }) => ({ created, updated, unchanged }),
    onCommitted: onImported,
  });
  return { ...wizard, fetching, error, canCommit: wizard.outcome?.kind === 'checked' && !fetching };
}

export type RosterImport = ReturnType<typeof useRosterImport>;
