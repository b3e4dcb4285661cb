import { MAX_QUESTION_IMAGE_BYTES, QUESTION_IMAGE_ALT_MAX } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QuestionImage } from '../../../components/question-image';
import { Button, Field, TextField } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { errorInfo } from '../../../lib/graphql-errors';
import { readFileAsBase64 } from '../../../lib/files';
import { UploadQuestionImageDocument } from '../graphql/content.documents';
import type { QuestionEditorState } from '../hooks/use-question-editor';

const ACCEPT = 'image/jpeg,image/png,image/webp';

/** The question's image: pick a file (uploaded at once, checked by the server), its alt text, or remove it. */
export function QuestionImageField({ editor }: { editor: QuestionEditorState }) {
  const { t } = useTranslation();
  const { form, editable, set, touch, errorOf } = editor;
  const [upload, uploadImage] = useMutation(UploadQuestionImageDocument);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function pick(file: File | undefined) {
    setRefusal(null);
    if (!file) return;
    if (file.size > MAX_QUESTION_IMAGE_BYTES) {
      setRefusal(t('content.image.TOO_LARGE', { mb: MAX_QUESTION_IMAGE_BYTES / 1024 / 1024 }));
      return;
    }
    const result = await uploadImage({ input: { contentBase64: await readFileAsBase64(file) } });
    const image = result.data?.uploadQuestionImage;
    if (!image) {
      const reason = errorInfo(result.error)?.details?.reason;
      setRefusal(
        typeof reason === 'string'
          ? t(`content.image.${reason}`, {
              defaultValue: errorText(t, result.error),
              mb: MAX_QUESTION_IMAGE_BYTES / 1024 / 1024,
            })
          : errorText(t, result.error),
      );
      return;
    }
    set('image', image);
  }

  return (
    <fieldset className="question-image-field" data-testid="question-image-field">
      <legend>{t('content.image.label')}</legend>
      {form.image ? (
        <>
          <QuestionImage image={{ ...form.image, alt: form.imageAlt }} sizes="(max-width: 600px) 100vw, 480px" />
          <TextField
            id="q-image-alt"
            label={t('content.image.alt')}
            required
            hint={`${t('content.image.altHint')} · ${form.imageAlt.length} / ${QUESTION_IMAGE_ALT_MAX}`}
            error={errorOf('imageAlt', 'image')}
            errorTestId="question-error-imageAlt"
            data-testid="question-editor-image-alt"
            value={form.imageAlt}
            disabled={!editable}
            onChange={(value) => set('imageAlt', value)}
            onBlur={() => touch('imageAlt')}
          />
        </>
      ) : (
        <p className="muted">{t('content.image.none')}</p>
      )}
      {editable && (
        <div className="question-image-field__actions">
          <Field
            label={form.image ? t('content.image.replace') : t('content.image.choose')}
            hint={t('content.image.hint')}
            error={refusal ?? undefined}
            errorTestId="question-image-refusal"
          >
            <input
              type="file"
              accept={ACCEPT}
              data-testid="question-editor-image-file"
              disabled={upload.fetching}
              onChange={(e) => {
                void pick(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </Field>
          {upload.fetching && <p aria-live="polite">{t('content.image.uploading')}</p>}
          {form.image && (
            <Button variant="ghost" data-testid="question-editor-image-remove" onClick={() => set('image', null)}>
              {t('content.image.remove')}
            </Button>
          )}
        </div>
      )}
    </fieldset>
  );
}
