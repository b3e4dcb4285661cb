import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useImportWizard, type ImportOutcome as WizardOutcome } from '../../../components/use-import-wizard';
import { errorText } from '../../../lib/error-text';
import { downloadWithSession, QUESTION_IMPORT_EXTENSIONS } from '../../../lib/files';
import { ImportQuestionsDocument } from '../graphql/content.documents';
import type { ResolutionItem } from './use-content-data';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** What the import wrote, for the batch review (empty after a check). */
  questionIds: readonly string[];
}

export type ImportOutcome = WizardOutcome<ImportCounts>;

/**
 * The question import wizard's behaviour: choose the resolution, pick a file, check it
 * (a dry run), then import it; all or nothing, with the rows' errors when it is refused.
 */
export function useQuestionImport(resolutions: readonly ResolutionItem[]) {
  const { t } = useTranslation();
  const [resolutionId, setResolutionId] = useState('');
  const [templateError, setTemplateError] = useState(false);
  const [{ fetching, error }, importQuestions] = useMutation(ImportQuestionsDocument);
  const wizard = useImportWizard<ImportCounts>({
    send: async (file, dryRun) => {
      const result = await importQuestions({
        input: { fileName: file.name, contentBase64: file.contentBase64, resolutionId, dryRun },
      });
      return { reply: result.data?.importQuestions, error: result.error };
    },
    counts: ({ created, updated, unchanged, questionIds }) => ({ created, updated, unchanged, questionIds }),
    extensions: QUESTION_IMPORT_EXTENSIONS,
    wrongTypeKey: 'content.import.wrongType',
  });

  useEffect(() => {
    if (!resolutionId && resolutions[0]) setResolutionId(resolutions[0].id);
  }, [resolutionId, resolutions]);

  async function template(format: 'xlsx' | 'csv') {
    setTemplateError(false);
    try {
      await downloadWithSession(`/api/content/question-template.${format}`, `mau-nhap-cau-hoi.${format}`);
    } catch {
      setTemplateError(true);
    }
  }

  const { file, fileError, outcome, lastRun } = wizard;
  const rejected = outcome?.kind === 'rejected';
  return {
    resolutionId,
    chooseResolution: (id: string) => {
      setResolutionId(id);
      wizard.clearOutcome();
    },
    file,
    inputRef: wizard.inputRef,
    maxMb: wizard.maxMb,
    pick: wizard.pick,
    outcome,
    step: wizard.step,
    checking: fetching && lastRun === 'check',
    committing: fetching && lastRun === 'commit',
    canCheck: !!file && !!resolutionId && !fetching,
    canCommit: outcome?.kind === 'checked' && !fetching,
    check: () => wizard.run(true),
    commit: () => wizard.run(false),
    /** The file's own problem, else the server's (row errors are shown in their table instead). */
    errorText: fileError ?? (rejected ? null : errorText(t, error)),
    restart: wizard.restart,
    templateError,
    template,
  };
}

export type QuestionImportState = ReturnType<typeof useQuestionImport>;
