import type { LiveStateView } from '@thidua/shared';
import sharp from 'sharp';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test-support/test-app.js';
import { answerKeys, liveClient, seedQuiz, startGame, type TestSocket } from './testing/live-test-kit.js';

type Ack = { ok: boolean; reason?: string; state?: LiveStateView };
type Image = { hash: string; width: number; height: number; widths: number[] };

/** A question with an image in a live game: in the question frame, before the answer window, and nothing of the answer. */
describe('live question images', () => {
  let app: TestApp;
  let hostToken: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    hostToken = await app.signIn('admin', TEST_ADMIN_PASSWORD);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await app.close();
  });

  it('sends the image with the question during the reading time, and only its URL, size and alt text', async () => {
    const quizId = await seedQuiz(app);
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
    const uploaded = await app.gql<{ uploadQuestionImage: Image }>(
      'mutation($input: UploadQuestionImageInput!) { uploadQuestionImage(input: $input) { hash width height widths } }',
      { input: { contentBase64: png.toString('base64') } },
      hostToken,
    );
    const image = uploaded.data!.uploadQuestionImage;
    const alt = 'Ảnh hội trường';
    // The seeded quiz is published; its first question gets the image as a version would carry it.
    await app.asOwner(
      `UPDATE question_version SET image = $1::jsonb WHERE id = (SELECT q.published_version_id FROM quiz_item i
        JOIN question q ON q.id = i.question_id WHERE i.quiz_id = $2 ORDER BY i.position LIMIT 1)`,
      [JSON.stringify({ ...image, alt }), quizId],
    );

    const game = await startGame(app, hostToken, quizId, { readingSeconds: 2 });
    const host = await liveClient(app.server.url, hostToken);
    const screen = await liveClient(app.server.url);
    const player = await liveClient(app.server.url);
    sockets.push(host, screen, player);
    expect((await host.call<Ack>('host:attach', { gameId: game.id })).ok).toBe(true);
    expect((await screen.call<Ack>('screen:attach', { pin: game.pin })).ok).toBe(true);
    expect((await player.call<Ack>('player:join', { pin: game.pin, name: 'Lan' })).ok).toBe(true);

    const shown = [player, screen].map((s) => s.next((st) => st.phase === 'QUESTION' && st.question?.index === 0));
    expect((await host.call<Ack>('host:start', { gameId: game.id })).ok).toBe(true);
    for (const state of await Promise.all(shown)) {
      const q = state.question!;
      // Arrives before the answer window opens: there is time to load it.
      expect(state.serverTime).toBeLessThan(q.opensAt);
      expect(q.opensAt - q.shownAt).toBeGreaterThanOrEqual(2000);
      expect(q.image).toEqual({
        src: `/api/question-images/${image.hash}/960.webp`,
        srcSet: [480, 960, 1200].map((w) => `/api/question-images/${image.hash}/${w}.webp ${w}w`).join(', '),
        alt,
        width: 1200,
        height: 800,
      });
    }
    const [key] = await answerKeys(app, game.id);
    const imageText = JSON.stringify((await shown[0]).question!.image);
    for (const id of key.correct) expect(imageText).not.toContain(id);

    // The reveal keeps showing the question with its image: the screen gets it again; a phone's
    // reveal comes without the question, which it already holds (issue 17).
    const revealed = [screen, player].map((s) => s.next((st) => st.phase === 'REVEAL'));
    expect((await host.call<Ack>('host:skip', { gameId: game.id })).ok).toBe(true);
    expect((await revealed[0]).question?.image?.alt).toBe(alt);
    expect((await revealed[1]).question).toBeNull();

    // The second question has none.
    await host.call('host:next', { gameId: game.id });
    const second = player.next((st) => st.phase === 'QUESTION' && st.question?.index === 1);
    await host.call('host:next', { gameId: game.id });
    expect((await second).question?.image).toBeNull();
    await host.call('host:end', { gameId: game.id });
  });
});
