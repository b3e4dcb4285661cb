import { useMutation } from 'urql';
import { useImportWizard, type ImportOutcome as WizardOutcome } from '../../../components/use-import-wizard';
import { ImportUnitsDocument } from '../graphql/units.documents';

interface ImportCounts {
  created: number;
  updated: number;
}

export type ImportOutcome = WizardOutcome<ImportCounts>;

/**
 * The roster import: pick a file, check it (dry run), then import; the server's row errors
 * become the outcome. `reload` refreshes the units after an import.
 */
export function useUnitsImport(reload: () => void) {
  const [{ fetching, error }, importUnits] = useMutation(ImportUnitsDocument);
  const wizard = useImportWizard<ImportCounts>({
    send: async (file, dryRun) => {
      const result = await importUnits({
        input: { fileName: file.name, contentBase64: file.contentBase64, dryRun },
      });
      return { reply: result.data?.importUnits, error: result.error };
    },
    counts: ({ created, updated }) => ({ created, updated }),
    onCommitted: reload,
  });
  return { ...wizard, fetching, error, canCommit: wizard.outcome?.kind === 'checked' && !fetching };
}
