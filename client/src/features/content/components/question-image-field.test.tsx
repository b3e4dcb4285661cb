import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { answeringClient, operationOf } from '../../../test/graphql-stub';
import { renderUi, stubClient } from '../../../test/render';
import { QuestionEditorPage } from './question-editor-page';

const resolutions = [
  {
    __typename: 'Resolution',
    id: 'r1',
    code: '01-NQ/TU',
    title: 'Nghị quyết Đại hội',
    issuedOn: '2025-10-01',
    summary: null,
    isDemo: true,
    sections: [
      {
        __typename: 'ResolutionSection',
        id: 's1',
        key: 'II.1',
        kind: 'SECTION',
        title: 'Về xây dựng Đảng',
        body: 'Nội dung mục',
        position: 1,
        resolutionId: 'r1',
      },
    ],
  },
];

const HASH = '0123456789abcdef0123456789abcdef';
const UPLOADED = {
  __typename: 'QuestionImage',
  hash: HASH,
  width: 960,
  height: 640,
  src: `/api/question-images/${HASH}/960.webp`,
  srcSet: `/api/question-images/${HASH}/480.webp 480w, /api/question-images/${HASH}/960.webp 960w`,
};

function open(mutation: (name: string | undefined, variables: unknown) => unknown) {
  const client = stubClient({ queries: { Resolutions: { resolutions } }, mutation });
  return renderUi(<QuestionEditorPage />, { client, route: '/content/questions/new', path: '/content/questions/new' });
}

const png = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], 'hoi-truong.png', {
    type: 'image/png',
  });

async function fillQuestion(user: ReturnType<typeof open>['user']) {
  await user.type(screen.getByRole('textbox', { name: /^Câu hỏi/ }), 'Ảnh chụp hội nghị nào?');
  const [a, b] = screen.getAllByRole('textbox', { name: /^Phương án [A-F]$/ });
  await user.type(a, 'Trung ương 2');
  await user.type(b, 'Trung ương 5');
  for (const extra of screen.getAllByRole('button', { name: /^Xóa phương án [CD]$/ }).reverse())
    await user.click(extra);
  await user.click(screen.getByRole('radio', { name: 'Phương án A là đáp án đúng' }));
  await waitFor(() => expect(screen.getByRole('option', { name: /II\.1/ })).toBeInTheDocument());
  await user.selectOptions(screen.getByRole('combobox', { name: /^Mục trích dẫn/ }), 's1');
  await user.type(screen.getByRole('textbox', { name: /^Giải thích/ }), 'Theo mục II.1.');
}

describe('QuestionImageField', () => {
  it('uploads the picked image, shows it with its srcset, requires alt text and sends hash and alt', async () => {
    const mutation = vi.fn((name: string | undefined) =>
      name === 'UploadQuestionImage'
        ? { uploadQuestionImage: UPLOADED }
        : { createQuestion: { __typename: 'Question', id: 'q1', status: 'DRAFT' } },
    );
    const { user } = open(mutation);
    await fillQuestion(user);
    await user.upload(screen.getByTestId('question-editor-image-file'), png());
    await waitFor(() => expect(mutation).toHaveBeenCalledWith('UploadQuestionImage', expect.anything()));
    const upload = mutation.mock.calls.find(([name]) => name === 'UploadQuestionImage') as unknown as [
      string,
      { input: { contentBase64: string } },
    ];
    expect(upload[1].input.contentBase64).toBe('iVBORw0KGgoBAgM=');
    const preview = await screen.findByTestId('question-image');
    expect(preview).toHaveAttribute('srcset', UPLOADED.srcSet);

    // Without alt text the question is not saved.
    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi (nháp)' }));
    expect(screen.getByTestId('question-error-imageAlt')).toHaveTextContent('Vui lòng mô tả hình');
    expect(mutation).not.toHaveBeenCalledWith('CreateQuestion', expect.anything());

    await user.type(screen.getByRole('textbox', { name: /^Mô tả hình/ }), 'Toàn cảnh hội trường');
    expect(screen.getByRole('img', { name: 'Toàn cảnh hội trường' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi (nháp)' }));
    expect(mutation).toHaveBeenCalledWith(
      'CreateQuestion',
      expect.objectContaining({
        input: expect.objectContaining({ image: { hash: HASH, alt: 'Toàn cảnh hội trường' } }) as unknown,
      }),
    );
  });

  it('says why the server refused a file, and keeps the question without an image', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('image: the file is not a JPEG, PNG or WebP image', {
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'QUESTION_IMAGE_INVALID',
            details: { field: 'image', reason: 'NOT_AN_IMAGE' },
          },
        }),
      ],
    });
    const client = answeringClient((request) => {
      const { name } = operationOf(request.query);
      if (name === 'Resolutions') return { data: { resolutions } };
      return name === 'UploadQuestionImage' ? { error: refusal } : undefined;
    });
    const { user } = renderUi(<QuestionEditorPage />, {
      client,
      route: '/content/questions/new',
      path: '/content/questions/new',
    });
    await user.upload(screen.getByTestId('question-editor-image-file'), png());
    expect(await screen.findByTestId('question-image-refusal')).toHaveTextContent(
      'Tệp này không phải hình JPEG, PNG hoặc WebP.',
    );
    expect(screen.queryByTestId('question-image')).not.toBeInTheDocument();
  });

  it('refuses a file over 5 MB before sending it', async () => {
    const mutation = vi.fn();
    const { user } = open(mutation);
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'lon.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByTestId('question-editor-image-file'), big);
    expect(await screen.findByTestId('question-image-refusal')).toHaveTextContent('Hình lớn hơn 5 MB');
    expect(mutation).not.toHaveBeenCalled();
  });
});
