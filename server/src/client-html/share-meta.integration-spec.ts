import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_QUESTIONS, DEMO_QUIZ, DEMO_RESOLUTION, DEMO_SECTIONS } from '../database/seeds/demo-content.js';
import { ContentSeeder } from '../database/seeds/content.seeder.js';
import { ContestSeeder } from '../database/seeds/contest.seeder.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const INDEX = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <title>thidua</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

/** What a crawler reads: the served HTML, no script run. */
async function page(app: TestApp, path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${app.server.url}${path}`, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
}
const meta = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? null;

describe('share tags in the served index.html', () => {
  let app: TestApp;
  let contestId: string;
  let campaignId: string;
  let clientDist: string;
  const TITLE = "Tìm hiểu “Nghị quyết” <số 2> & Tom's";

  beforeAll(async () => {
    clientDist = mkdtempSync(join(tmpdir(), 'thidua-client-'));
    writeFileSync(join(clientDist, 'index.html'), INDEX);
    app = await createTestApp({ CLIENT_DIST: clientDist, PUBLIC_URL: 'https://thidua.example.vn' });
    await app.server.app.get(ContentSeeder).seedDemoContent({
      resolution: DEMO_RESOLUTION,
      sections: DEMO_SECTIONS,
      questions: DEMO_QUESTIONS,
      quiz: DEMO_QUIZ,
    });
    expect(await app.server.app.get(ContestSeeder).seedDemoContest()).toBe(true);
    [{ id: contestId }] = await app.dataSource.query<{ id: string }[]>('SELECT id FROM contest');
    await app.asOwner('UPDATE contest SET title = $1 WHERE id = $2', [TITLE, contestId]);
    const admin = await app.tokenFor('ADMIN');
    const created = await app.gql<{ createCampaign: { id: string } }>(
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { title: 'Thi đua <b>2026</b>', boardEnabled: true } },
      admin,
    );
    campaignId = created.data!.createCampaign.id;
  });
  afterAll(() => app.close());

  it("puts the contest's real title, escaped, into <title> and the Open Graph tags", async () => {
    const { status, html } = await page(app, `/contest/${contestId}`);
    expect(status).toBe(200);
    const escaped = 'Tìm hiểu “Nghị quyết” &lt;số 2&gt; &amp; Tom&#39;s';
    expect(html).toContain(`<title>${escaped} · thidua</title>`);
    expect(meta(html, 'og:title')).toBe(escaped);
    expect(html).not.toContain('<số 2>');
    expect(meta(html, 'og:description')).toBeTruthy();
    expect(meta(html, 'og:image')).toBe('https://thidua.example.vn/og-image.png');
    expect(meta(html, 'og:url')).toBe(`https://thidua.example.vn/contest/${contestId}`);
    expect(html.match(/<title>/g)).toHaveLength(1);
    // Its result page and its race board are shared too.
    expect(meta((await page(app, `/contest/${contestId}/result/x`)).html, 'og:title')).toBe(escaped);
    expect(meta((await page(app, `/board/contest/${contestId}`)).html, 'og:title')).toBe(escaped);
    // And its short link.
    const [{ slug }] = await app.dataSource.query<{ slug: string }[]>('SELECT slug FROM contest WHERE id = $1', [
      contestId,
    ]);
    expect(meta((await page(app, `/c/${slug}`)).html, 'og:title')).toBe(escaped);
    expect(meta((await page(app, '/c/khong-co-cuoc-thi-nay')).html, 'og:title')).toBe('thidua');
  });

  it('names no draft contest: its pages read as an unknown one', async () => {
    const [{ slug }] = await app.dataSource.query<{ slug: string }[]>('SELECT slug FROM contest WHERE id = $1', [
      contestId,
    ]);
    await app.asOwner(`UPDATE contest SET status = 'DRAFT' WHERE id = $1`, [contestId]);
    try {
      for (const path of [`/contest/${contestId}`, `/c/${slug}`, `/board/contest/${contestId}`]) {
        const { status, html } = await page(app, path);
        expect(status).toBe(200);
        expect(html).toContain('<title>thidua</title>');
        expect(meta(html, 'og:title')).toBe('thidua');
        expect(html).not.toContain('Nghị quyết” &lt;số 2&gt;');
      }
    } finally {
      await app.asOwner(`UPDATE contest SET status = 'OPEN' WHERE id = $1`, [contestId]);
    }
  });

  it('names no draft campaign, nor one whose board is off: its board reads as an unknown one, as the board socket answers', async () => {
    const board = async () => (await page(app, `/board/campaign/${campaignId}`)).html;
    const [{ status }] = await app.dataSource.query<{ status: string }[]>('SELECT status FROM campaign WHERE id = $1', [
      campaignId,
    ]);
    expect(status).toBe('DRAFT');
    expect(meta(await board(), 'og:title')).toBe('thidua');
    expect(await board()).toContain('<title>thidua</title>');
    expect(await board()).not.toContain('2026');
    await app.asOwner(`UPDATE campaign SET status = 'LAUNCHED', board_enabled = false WHERE id = $1`, [campaignId]);
    try {
      expect(meta(await board(), 'og:title')).toBe('thidua');
    } finally {
      await app.asOwner(`UPDATE campaign SET status = 'DRAFT', board_enabled = true WHERE id = $1`, [campaignId]);
    }
  });

  it("names a campaign's public board, the live quiz's join page, and falls back to the app's name", async () => {
    await app.asOwner(`UPDATE campaign SET status = 'LAUNCHED' WHERE id = $1`, [campaignId]);
    expect(meta((await page(app, `/board/campaign/${campaignId}`)).html, 'og:title')).toBe(
      'Thi đua &lt;b&gt;2026&lt;/b&gt;',
    );
    expect(meta((await page(app, '/play')).html, 'og:title')).toBe('Thi trực tiếp');
    expect(meta((await page(app, '/join?unit=x')).html, 'og:title')).toBe('Thi trực tiếp');
    const unknown = await page(app, '/contest/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(200);
    expect(unknown.html).toContain('<title>thidua</title>');
    expect(meta(unknown.html, 'og:title')).toBe('thidua');
    expect(meta((await page(app, '/contest/not-a-uuid')).html, 'og:title')).toBe('thidua');
  });

  it('serves a rebuilt client without a restart: the new index.html, its tags injected, and its new files', async () => {
    const before = await page(app, `/contest/${contestId}`);
    expect(before.html).not.toContain('/assets/index-new.js');
    // What `npm run build` leaves: new hashed files, then a new index.html pointing at them.
    mkdirSync(join(clientDist, 'assets'), { recursive: true });
    writeFileSync(join(clientDist, 'assets', 'index-new.js'), 'console.info("new build")');
    writeFileSync(
      join(clientDist, 'index.html'),
      INDEX.replace('</head>', '<script src="/assets/index-new.js"></script></head>'),
    );
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(clientDist, 'index.html'), later, later);
    // Looked at no more than once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const after = await page(app, `/contest/${contestId}`);
    expect(after.html).toContain('<script src="/assets/index-new.js"></script>');
    expect(meta(after.html, 'og:title')).toBe(meta(before.html, 'og:title'));
    expect(after.html.match(/<title>/g)).toHaveLength(1);
    const asset = await fetch(`${app.server.url}/assets/index-new.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });
});
