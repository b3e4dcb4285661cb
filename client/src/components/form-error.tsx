import { Alert } from './ui/alert';

interface FormErrorProps {
  message: string | null | undefined;
  id?: string;
}

/** The error box of a form; announced to screen readers as soon as it appears. */
export function FormError({ message, id }: FormErrorProps) {
  if (!message) return null;
  return (
    <Alert tone="error" testId="form-error" id={id}>
      {message}
    </Alert>
  );
}
