import { Role } from '@thidua/shared';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import {
  createTestApp,
  TEST_ADMIN_PASSWORD,
  type GraphqlResponse,
  type TestApp,
} from '../../../test-support/test-app.js';

const IMAGE_FIELDS = 'hash alt width height widths src srcSet';
const UPLOAD = `mutation($input: UploadQuestionImageInput!) { uploadQuestionImage(input: $input) { ${IMAGE_FIELDS} } }`;
const VERSION = `id version options { id text } correctOptionIds image { ${IMAGE_FIELDS} }`;
const QUESTION = `id status currentVersion { ${VERSION} } publishedVersion { ${VERSION} } versions { ${VERSION} }`;
const CREATE = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { ${QUESTION} } }`;
const UPDATE = `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { ${QUESTION} } }`;
const SUBMIT = `mutation($id: ID!) { submitQuestionForReview(id: $id) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishQuestion(id: $id) { id } }`;

type Image = {
  hash: string;
  alt: string;
  width: number;
  height: number;
  widths: number[];
  src: string;
  srcSet: string;
};
type Version = {
  id: string;
  version: number;
  options: { id: string; text: string }[];
  correctOptionIds: string[];
  image: Image | null;
};
type Question = {
  id: string;
  status: string;
  currentVersion: Version;
  publishedVersion: Version | null;
  versions: Version[];
};

const details = (r: GraphqlResponse) => r.errors?.[0]?.extensions?.details;
const reasonOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions?.reason;

/** A real picture: a gradient with a block, `width`×`height`, as PNG or JPEG. */
async function picture(width: number, height: number, format: 'png' | 'jpeg'): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 3;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = x > width / 3 && x < width / 2 ? 220 : 40;
    }
  const image = sharp(raw, { raw: { width, height, channels: 3 } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}

describe('question images', () => {
  let app: TestApp;
  let admin: string;
  let host: string;
  let reviewer: string;
  let sectionId: string;

  const upload = (bytes: Buffer, token = host) =>
    app.gql<{ uploadQuestionImage: Image }>(UPLOAD, { input: { contentBase64: bytes.toString('base64') } }, token);
  const imageCount = async () =>
    Number((await app.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM question_image'))[0].n);
  const input = (overrides: Record<string, unknown> = {}) => ({
    type: 'SINGLE_CHOICE',
    prompt: 'Ảnh chụp hội nghị nào?',
    options: [{ text: 'Hội nghị Trung ương 2', correct: true }, { text: 'Hội nghị Trung ương 5' }],
    explanation: 'Mục II.1.',
    sectionId,
    difficulty: 'EASY',
    timeLimitSeconds: 20,
    ...overrides,
  });

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.signIn('admin', TEST_ADMIN_PASSWORD);
    host = await app.tokenFor(Role.HOST);
    reviewer = await app.tokenFor(Role.REVIEWER);
    const resolution = await app.gql<{ createResolution: { id: string } }>(
      'mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id } }',
      { input: { code: 'nq-anh', title: 'Nghị quyết có ảnh', issuedOn: '2026-04-21' } },
      admin,
    );
    const section = await app.gql<{ createSection: { id: string } }>(
      'mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }',
      {
        input: {
          resolutionId: resolution.data!.createResolution.id,
          key: 'II.1',
          kind: 'CONTENT_GROUP',
          title: 'Mục II.1',
          body: '',
        },
      },
      admin,
    );
    sectionId = section.data!.createSection.id;
  });
  afterAll(() => app.close());

  it('stores a PNG as WebP widths under its content hash, served as immutable', async () => {
    const png = await picture(2000, 1000, 'png');
    const result = await upload(png);
    expect(result.errors).toBeUndefined();
    const image = result.data!.uploadQuestionImage;
    expect(image).toMatchObject({ width: 1600, height: 800, widths: [480, 960, 1600], alt: '' });
    expect(image.hash).toBe(createHash('sha256').update(png).digest('hex').slice(0, 32));
    expect(image.src).toBe(`/api/question-images/${image.hash}/960.webp`);
    expect(image.srcSet.split(', ')).toEqual(
      [480, 960, 1600].map((w) => `/api/question-images/${image.hash}/${w}.webp ${w}w`),
    );

    for (const [width, height] of [
      [480, 240],
      [960, 480],
      [1600, 800],
    ]) {
      const response = await fetch(`${app.server.url}/api/question-images/${image.hash}/${width}.webp`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(meta).toMatchObject({ format: 'webp', width, height });
    }
    // A width that was not stored, or a name that is not a hash: 404.
    expect((await fetch(`${app.server.url}/api/question-images/${image.hash}/720.webp`)).status).toBe(404);
    expect((await fetch(`${app.server.url}/api/question-images/..%2F..%2Fetc/480.webp`)).status).toBe(404);

    // The same bytes again: the same image, nothing stored twice.
    const before = await imageCount();
    expect((await upload(png)).data!.uploadQuestionImage.hash).toBe(image.hash);
    expect(await imageCount()).toBe(before);
  });

  it('never enlarges: a small JPEG keeps its own width as the largest', async () => {
    const image = (await upload(await picture(600, 400, 'jpeg'))).data!.uploadQuestionImage;
    expect(image).toMatchObject({ width: 600, height: 400, widths: [480, 600] });
  });

  it('refuses bytes that are not an image whatever they claim, naming the field, and saves nothing', async () => {
    const before = await imageCount();
    const pdf = await upload(Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'));
    expect(reasonOf(pdf)).toBe('QUESTION_IMAGE_INVALID');
    expect(details(pdf)).toMatchObject({ field: 'image', reason: 'NOT_AN_IMAGE' });
    // PNG magic bytes in front of garbage: sniffed as PNG, refused when decoded.
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]);
    expect(details(await upload(fake))).toMatchObject({ field: 'image', reason: 'NOT_AN_IMAGE' });
    expect(reasonOf(await upload(Buffer.alloc(0)))).toBe('QUESTION_IMAGE_INVALID');
    expect(await imageCount()).toBe(before);
  });

  it('refuses an image over 5 MiB with the reason, and saves nothing', async () => {
    const before = await imageCount();
    const big = Buffer.concat([await picture(64, 64, 'png'), Buffer.alloc(5 * 1024 * 1024, 1)]);
    const result = await upload(big);
    expect(result.errors?.[0]?.message).toContain('larger than 5 MiB');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await imageCount()).toBe(before);
  });

  it('only authors upload: not a player without an account', async () => {
    const before = await imageCount();
    const result = await upload(await picture(100, 100, 'png'), '');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await imageCount()).toBe(before);
  });

  it('requires alt text, refuses an unknown image, and keeps the image through publishing and a new version', async () => {
    const image = (await upload(await picture(1200, 900, 'jpeg'))).data!.uploadQuestionImage;
    const noAlt = await app.gql(CREATE, { input: input({ image: { hash: image.hash, alt: '   ' } }) }, host);
    expect(reasonOf(noAlt)).toBe('QUESTION_INVALID');
    expect(details(noAlt)).toMatchObject({ problems: [{ field: 'imageAlt', reason: 'MISSING_IMAGE_ALT' }] });
    const unknown = await app.gql(CREATE, { input: input({ image: { hash: 'f'.repeat(32), alt: 'Ảnh' } }) }, host);
    expect(details(unknown)).toMatchObject({ problems: [{ field: 'image', reason: 'UNKNOWN_IMAGE' }] });
    const questions = Number((await app.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM question'))[0].n);
    expect(questions).toBe(0);

    const alt = 'Toàn cảnh hội trường, cờ đỏ sau bục';
    const created = await app.gql<{ createQuestion: Question }>(
      CREATE,
      { input: input({ image: { hash: image.hash, alt } }) },
      host,
    );
    expect(created.errors).toBeUndefined();
    const q = created.data!.createQuestion;
    expect(q.currentVersion.image).toMatchObject({
      hash: image.hash,
      alt,
      width: 1200,
      height: 900,
      widths: [480, 960, 1200],
    });

    expect((await app.gql(SUBMIT, { id: q.id }, host)).errors).toBeUndefined();
    expect((await app.gql(PUBLISH, { id: q.id }, reviewer)).errors).toBeUndefined();
    // An edit of the published question: version 2 keeps the image; version 1 still shows it.
    const edited = await app.gql<{ updateQuestion: Question }>(
      UPDATE,
      {
        input: { ...input({ prompt: 'Ảnh chụp hội nghị nào của Đảng?', image: { hash: image.hash, alt } }), id: q.id },
      },
      host,
    );
    const after = edited.data!.updateQuestion;
    expect(after.currentVersion.version).toBe(2);
    expect(after.currentVersion.image?.hash).toBe(image.hash);
    expect(after.publishedVersion).toMatchObject({ version: 1, image: { hash: image.hash, alt } });
    // Removing the image from the draft leaves the published version as it was.
    const removed = await app.gql<{ updateQuestion: Question }>(
      UPDATE,
      { input: { ...input({ prompt: 'Ảnh chụp hội nghị nào của Đảng?', image: null }), id: q.id } },
      host,
    );
    expect(removed.data!.updateQuestion.currentVersion).toMatchObject({ version: 2, image: null });
    expect(removed.data!.updateQuestion.publishedVersion?.image?.hash).toBe(image.hash);
  });

  it('an image URL names only the content hash, never the question or its answer', async () => {
    const bytes = await picture(500, 300, 'png');
    const image = (await upload(bytes)).data!.uploadQuestionImage;
    const make = async (correct: number) =>
      (
        await app.gql<{ createQuestion: Question }>(
          CREATE,
          {
            input: input({
              options: [
                { text: 'Có', correct: correct === 0 },
                { text: 'Không', correct: correct === 1 },
              ],
              image: { hash: image.hash, alt: 'Một biểu đồ' },
            }),
          },
          host,
        )
      ).data!.createQuestion.currentVersion;
    const [a, b] = [await make(0), await make(1)];
    // Two questions with opposite answers show the very same URLs: nothing in them depends on the answer.
    expect(a.image).toEqual(b.image);
    const urls = `${a.image!.src} ${a.image!.srcSet}`;
    for (const v of [a, b]) {
      expect(urls).not.toContain(v.id);
      for (const o of v.options) expect(urls).not.toContain(o.id);
    }
    expect(urls.replace(/\/api\/question-images\/[0-9a-f]{32}\/\d+\.webp( \d+w)?(, )?/g, '').trim()).toBe('');
  });
});
