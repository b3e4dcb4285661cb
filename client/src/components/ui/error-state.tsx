import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/error-text';
import { Alert } from './alert';
import { Button } from './button';

export interface ErrorStateProps {
  /** A GraphQL error (made readable with `errorText`) or a message already in words. */
  error: CombinedError | string | null | undefined;
  onRetry?: () => void;
  testId?: string;
}

/** A failed load or action in words the user understands, with a retry button when one helps. */
export function ErrorState({ error, onRetry, testId }: ErrorStateProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = typeof error === 'string' ? error : (errorText(t, error) ?? t('errors.generic'));
  return (
    <Alert
      tone="error"
      testId={testId}
      actions={
        onRetry && (
          <Button variant="secondary" size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    >
      {message}
    </Alert>
  );
}
