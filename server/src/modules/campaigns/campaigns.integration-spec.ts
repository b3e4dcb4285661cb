import { fileNameFromContentDisposition } from '@thidua/shared';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { io, type Socket } from 'socket.io-client';
import { declarePopulation } from '../units/units.service.js';
import { Unit } from '../units/entities/unit.entity.js';
import { Person } from '../people/entities/person.entity.js';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../test-support/test-app.js';
import { ComputedSourceRegistry } from './computed-source.registry.js';

// ---- factories ----

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR demo evidence'),
]);

async function createUnits(app: TestApp, specs: { code: string; eligible: number }[]): Promise<Record<string, string>> {
  const repo = app.dataSource.getRepository(Unit);
  const ward = await repo.save(
    repo.create({
      code: 'PHUONG',
      name: 'Phường',
      searchText: 'phuong',
      kind: 'WARD',
      parentId: null,
      populationKind: 'RESIDENTS',
    }),
  );
  const ids: Record<string, string> = {};
  for (const spec of specs) {
    const unit = await repo.save(
      repo.create({
        code: spec.code,
        name: `Trường ${spec.code}`,
        searchText: spec.code.toLowerCase(),
        kind: 'SCHOOL',
        parentId: ward.id,
        populationKind: 'STUDENTS',
      }),
    );
    await declarePopulation(app.dataSource.manager, unit.id, 'STUDENTS', spec.eligible);
    ids[spec.code] = unit.id;
  }
  return ids;
}

const indicatorTree = (max12: number) => [
  { key: 'g1', code: '1', title: 'Tuyên truyền', kind: 'GROUP', maxPoints: 60 },
  {
    key: 'm',
    parentKey: 'g1',
    code: '1.1',
    title: 'Hoạt động tuyên truyền',
    kind: 'MANUAL',
    maxPoints: 30,
    step: 1,
    evidenceRequired: true,
  },
  { key: 'c', parentKey: 'g1', code: '1.2', title: 'Số tin bài', kind: 'COUNT', maxPoints: max12, perItemPoints: 5 },
  { key: 'g2', code: '2', title: 'Tổ chức thực hiện', kind: 'GROUP', maxPoints: 40 },
  { key: 'y', parentKey: 'g2', code: '2.1', title: 'Có kế hoạch', kind: 'YES_NO', maxPoints: 20 },
  {
    key: 'x',
    parentKey: 'g2',
    code: '2.2',
    title: 'Tỷ lệ tham gia cuộc thi',
    kind: 'COMPUTED',
    maxPoints: 20,
    computedSource: { kind: 'LIVE_GAME', id: GAME_ID, metric: 'PARTICIPATION_RATE' },
  },
];

const GAME_ID = '11111111-2222-4333-8444-555555555555';

/** Quiz results of the fixture game: (unit, player) rows, with repeated players. */
function participants(units: Record<string, string>): { unitId: string; playerId: string }[] {
  const rows: { unitId: string; playerId: string }[] = [];
  const add = (code: string, distinct: number, repeats: number) => {
    for (let i = 0; i < distinct; i += 1) rows.push({ unitId: units[code], playerId: `${code}-p${i}` });
    for (let i = 0; i < repeats; i += 1) rows.push({ unitId: units[code], playerId: `${code}-p${i}` });
  };
  add('A', 40, 15); // 40 of 100 → 0.4
  add('B', 80, 3); // 80 of 200 → 0.4
  add('C', 10, 10); // 10 of 50 → 0.2
  return rows;
}

const SHEET_FIELDS = `id status returnReason explanation selfTotal finalTotal unit { code }
  entries { id indicatorCode value selfScore reviewedScore correctedScore finalScore reviewReason
    computed { value source computedAt
      participation { act basis kind verified guests otherKinds population populationSource } } evidence { id kind url fileName mimeType size downloadUrl }
    corrections { oldScore newScore reason } }`;

interface Sheet {
  id: string;
  status: string;
  returnReason: string | null;
  explanation: string | null;
  selfTotal: number;
  finalTotal: number;
  unit: { code: string };
  entries: {
    id: string;
    indicatorCode: string;
    value: number | null;
    selfScore: number | null;
    reviewedScore: number | null;
    correctedScore: number | null;
    finalScore: number;
    reviewReason: string | null;
    computed: { value: number; source: string; participation: Record<string, unknown> | null } | null;
    evidence: {
      id: string;
      kind: string;
      downloadUrl: string | null;
      mimeType: string | null;
      fileName: string | null;
    }[];
    corrections: { oldScore: number; newScore: number; reason: string }[];
  }[];
}

/** A small Office file: [Content_Types].xml naming `part` with `contentType`, the part itself and `extra` entries. */
async function officeZip(part: string, contentType: string, extra: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${part}" ContentType="${contentType}"/></Types>`,
  );
  zip.file(part, '<workbook/>');
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const entryOf = (sheet: Sheet, code: string) => sheet.entries.find((e) => e.indicatorCode === code)!;
const errorOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions;

describe('emulation campaign: sheets, review, publication, audit, ranking, board', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officers: Record<string, string>;
  let units: Record<string, string>;
  let campaignId: string;
  let periodId: string;
  const sheets: Record<string, Sheet> = {};
  let board: Socket | null = null;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    units = await createUnits(app, [
      { code: 'A', eligible: 100 },
      { code: 'B', eligible: 200 },
      { code: 'C', eligible: 50 },
      { code: 'D', eligible: 80 },
    ]);
    officers = {};
    for (const code of ['A', 'B', 'C', 'D']) officers[code] = await app.tokenFor('UNIT_OFFICER', units[code]);
    // The live-game module will register the real LIVE_GAME source; this one reads the fixture.
    const fixture = participants(units);
    app.server.app.get(ComputedSourceRegistry).register({
      kind: 'LIVE_GAME',
      fetch: (sourceId, unitIds, metric) => {
        expect([sourceId, metric]).toEqual([GAME_ID, 'PARTICIPATION_RATE']);
        const distinct = new Map<string, Set<string>>();
        for (const row of fixture.filter((r) => unitIds.includes(r.unitId))) {
          distinct.set(row.unitId, (distinct.get(row.unitId) ?? new Set()).add(row.playerId));
        }
        return Promise.resolve(new Map([...distinct].map(([unitId, players]) => [unitId, players.size])));
      },
    });
  });
  afterAll(async () => {
    board?.disconnect();
    await app.close();
  });

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string) =>
    app.gql<T>(query, variables, token);
  const saveEntry = (token: string, entryId: string, value: number) =>
    gql<{ saveScoreEntry: Sheet }>(
      `mutation($input: SaveScoreEntryInput!) { saveScoreEntry(input: $input) { ${SHEET_FIELDS} } }`,
      { input: { entryId, value } },
      token,
    );
  const submit = (token: string, sheetId: string, explanation?: string) =>
    gql<{ submitScoreSheet: Sheet }>(
      `mutation($input: SubmitScoreSheetInput!) { submitScoreSheet(input: $input) { ${SHEET_FIELDS} } }`,
      { input: { sheetId, explanation } },
      token,
    );
  const addFile = (token: string, entryId: string, fileName: string, content: Buffer) =>
    gql<{ addEvidenceFile: Sheet }>(
      `mutation($input: AddEvidenceFileInput!) { addEvidenceFile(input: $input) { ${SHEET_FIELDS} } }`,
      { input: { entryId, fileName, contentBase64: content.toString('base64') } },
      token,
    );
  const loadSheet = async (code: string, token = admin) => {
    const r = await gql<{ scoreSheet: Sheet }>(
      `query($id: ID!) { scoreSheet(id: $id) { ${SHEET_FIELDS} } }`,
      { id: sheets[code].id },
      token,
    );
    sheets[code] = r.data!.scoreSheet;
    return sheets[code];
  };
  const ranking = (view: string, token = admin) =>
    gql<{ campaignRanking: { tieRuleText: string; blocks: { rows: RankRow[] }[] } }>(
      `query($c: ID!, $p: ID!, $v: RankingView!) { campaignRanking(campaignId: $c, periodId: $p, view: $v) {
         tieRuleText blocks { rows { rank tied total unit { code } title { name }
           missedTitles { titleName conditions { kind groupCode required actual message } }
           groups { code subtotal } gapToAbove { aboveUnit { code } points reachable headroom { code headroom enoughAlone } } } } } }`,
      { c: campaignId, p: periodId, v: view },
      token,
    );
  interface RankRow {
    rank: number;
    tied: boolean;
    total: number;
    unit: { code: string };
    title: { name: string } | null;
    missedTitles: {
      titleName: string;
      conditions: { kind: string; groupCode: string | null; required: number; actual: number; message: string }[];
    }[];
    gapToAbove: {
      aboveUnit: { code: string };
      points: number;
      reachable: boolean;
      headroom: { code: string; headroom: number }[];
    } | null;
  }

  it('sets up a campaign and refuses to launch indicators that do not add up, with the reason', async () => {
    const created = await gql<{ createCampaign: { id: string; tieRule: { kind: string }; tieRuleText: string } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id tieRule { kind } tieRuleText } }`,
      { input: { title: 'Phong trào thi đua thử nghiệm', boardEnabled: true } },
      admin,
    );
    campaignId = created.data!.createCampaign.id;
    expect(created.data!.createCampaign.tieRule.kind).toBe('SHARED');
    const withPeriod = await gql<{ addCampaignPeriod: { periods: { id: string }[] } }>(
      `mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { periods { id } } }`,
      {
        input: {
          campaignId,
          name: 'Sơ kết 6 tháng',
          kind: 'INTERIM',
          startsOn: '2026-01-01',
          endsOn: '2026-06-30',
          submissionDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      admin,
    );
    periodId = withPeriod.data!.addCampaignPeriod.periods[0].id;
    await gql(
      `mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }`,
      {
        input: {
          campaignId,
          name: 'Khối trường',
          // No block leader here: the single review round; the two rounds are in sheets/review-rounds.integration-spec.ts.
          unitIds: [units.A, units.B, units.C, units.D],
        },
      },
      admin,
    );
    const saveTree = (tree: unknown[]) =>
      gql<{
        saveIndicatorTree: {
          indicators: { code: string }[];
          indicatorIssues: { reason: string; code: string | null }[];
        };
      }>(
        `mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { indicators { code } indicatorIssues { reason code message } } }`,
        { input: { campaignId, indicators: tree } },
        admin,
      );
    const draft = await saveTree(indicatorTree(35));
    expect(draft.data!.saveIndicatorTree.indicatorIssues).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'GROUP_EXCEEDED', code: '1' })]),
    );
    const refused = await gql(`mutation($id: ID!) { launchCampaign(id: $id) { status } }`, { id: campaignId }, admin);
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDICATOR_TREE_INVALID' });
    expect(refused.errors![0].message).toContain('Group 1: its indicators total 65 points, more than its maximum 60');

    expect((await saveTree(indicatorTree(30))).data!.saveIndicatorTree.indicatorIssues).toEqual([]);
    await gql(
      `mutation($input: SaveTitlesInput!) { saveCampaignTitles(input: $input) { id } }`,
      { input: { campaignId, titles: [{ name: 'Tập thể xuất sắc', minTotal: 55, groupFloorPercent: 50 }] } },
      admin,
    );
    const launched = await gql<{ launchCampaign: { status: string } }>(
      `mutation($id: ID!) { launchCampaign(id: $id) { status } }`,
      { id: campaignId },
      admin,
    );
    expect(launched.data!.launchCampaign.status).toBe('LAUNCHED');
    const all = await gql<{ scoreSheets: Sheet[] }>(
      `query($c: ID!) { scoreSheets(campaignId: $c) { ${SHEET_FIELDS} } }`,
      { c: campaignId },
      admin,
    );
    expect(all.data!.scoreSheets).toHaveLength(4);
    for (const s of all.data!.scoreSheets) sheets[s.unit.code] = s;
    expect(sheets.A.entries.map((e) => e.indicatorCode)).toEqual(['1.1', '1.2', '2.1', '2.2']);

    // An officer lists only their own unit's sheet.
    const own = await gql<{ scoreSheets: Sheet[] }>(
      `query($c: ID!) { scoreSheets(campaignId: $c) { id unit { code } } }`,
      { c: campaignId },
      officers.A,
    );
    expect(own.data!.scoreSheets.map((s) => s.unit.code)).toEqual(['A']);
  });

  it('refuses a submit with missing required evidence naming the indicator, then accepts it with evidence', async () => {
    const a = sheets.A;
    await saveEntry(officers.A, entryOf(a, '1.1').id, 28);
    await saveEntry(officers.A, entryOf(a, '1.2').id, 6); // 6 items × 5 = 30 (capped at 30)
    const saved = (await saveEntry(officers.A, entryOf(a, '2.1').id, 1)).data!.saveScoreEntry;
    expect(saved.entries.map((e) => e.selfScore)).toEqual([28, 30, 20, null]);
    expect(errorOf(await saveEntry(officers.A, entryOf(a, '1.1').id, 31))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_SCORE',
    });

    const refused = await submit(officers.A, a.id);
    expect(errorOf(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SHEET_INCOMPLETE',
      details: { indicators: ['1.1'], missingEvidence: ['1.1'], unscored: [] },
    });
    expect(refused.errors![0].message).toContain('1.1');

    // A renamed file is refused by its content, whatever its name says.
    const fake = await addFile(officers.A, entryOf(a, '1.1').id, 'anh.png', Buffer.from('MZ this is not a picture'));
    expect(errorOf(fake)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVIDENCE_TYPE_NOT_ALLOWED' });
    const badLink = await gql(
      `mutation($input: AddEvidenceLinkInput!) { addEvidenceLink(input: $input) { id } }`,
      { input: { entryId: entryOf(a, '1.1').id, url: 'javascript:alert(1)' } },
      officers.A,
    );
    expect(errorOf(badLink)).toMatchObject({ reason: 'INVALID_URL' });

    const withFile = (await addFile(officers.A, entryOf(a, '1.1').id, 'Ảnh buổi tuyên truyền.png', PNG)).data!
      .addEvidenceFile;
    expect(entryOf(withFile, '1.1').evidence).toEqual([
      expect.objectContaining({
        kind: 'FILE',
        mimeType: 'image/png',
        downloadUrl: expect.stringMatching(/^\/api\/evidence\//),
      }),
    ]);
    await gql(
      `mutation($input: AddEvidenceLinkInput!) { addEvidenceLink(input: $input) { id } }`,
      { input: { entryId: entryOf(a, '1.1').id, url: 'https://haian.example.vn/tin-tuc/1', label: 'Tin trên cổng' } },
      officers.A,
    );
    const submitted = (await submit(officers.A, a.id)).data!.submitScoreSheet;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.selfTotal).toBe(78);
  });

  it('names an evidence download from its sniffed type (a PNG called x.cmd;.png saves as .png) and refuses macro workbooks', async () => {
    const entryId = entryOf(sheets.D, '1.1').id;
    const added = (await addFile(officers.D, entryId, 'minh-chung.cmd;.png', PNG)).data!.addEvidenceFile;
    const file = entryOf(added, '1.1').evidence[0];
    const response = await fetch(`${app.server.url}${file.downloadUrl}`, {
      headers: { authorization: `Bearer ${officers.D}` },
    });
    expect(response.status).toBe(200);
    const disposition = response.headers.get('content-disposition')!;
    // Both names, the ASCII fallback and the RFC 5987 one, end in the sniffed type's extension.
    expect(disposition).toBe(`attachment; filename="minh-chung-cmd.png"; filename*=UTF-8''minh-chung-cmd.png`);
    expect(fileNameFromContentDisposition(disposition)).toBe('minh-chung-cmd.png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
    await gql(`mutation($id: ID!) { removeEvidence(id: $id) { id } }`, { id: file.id }, officers.D);

    const plain = await officeZip(
      'xl/workbook.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    );
    const macro = await officeZip('xl/workbook.xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    const vba = await officeZip(
      'xl/workbook.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      {
        'xl/vbaProject.bin': 'VBA',
      },
    );
    const onlyMentionsXl = await officeZip('xl/readme.txt', 'text/plain');
    for (const bad of [macro, vba]) {
      expect(errorOf(await addFile(officers.D, entryId, 'bang.xlsx', bad))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'EVIDENCE_MACROS_NOT_ALLOWED',
        details: { fileName: 'bang.xlsx' },
      });
    }
    expect(errorOf(await addFile(officers.D, entryId, 'bang.xlsx', onlyMentionsXl))).toMatchObject({
      reason: 'EVIDENCE_TYPE_NOT_ALLOWED',
    });
    // Refusals stored nothing; the plain workbook is accepted.
    expect(entryOf(await loadSheet('D', officers.D), '1.1').evidence).toEqual([]);
    const ok = (await addFile(officers.D, entryId, 'bang.xlsx', plain)).data!.addEvidenceFile;
    const kept = entryOf(ok, '1.1').evidence;
    expect(kept).toHaveLength(1);
    await gql(`mutation($id: ID!) { removeEvidence(id: $id) { id } }`, { id: kept[0].id }, officers.D);
  });

  it("keeps a unit officer to their own unit's sheet, and a submitted sheet out of their hands", async () => {
    const other = await saveEntry(officers.A, entryOf(sheets.B, '1.1').id, 1);
    expect(errorOf(other)).toMatchObject({ code: 'FORBIDDEN', reason: 'SHEET_OUT_OF_SCOPE' });
    const read = await gql(`query($id: ID!) { scoreSheet(id: $id) { id } }`, { id: sheets.B.id }, officers.A);
    expect(errorOf(read)).toMatchObject({ code: 'FORBIDDEN', reason: 'SHEET_OUT_OF_SCOPE' });
    const again = await saveEntry(officers.A, entryOf(sheets.A, '1.1').id, 1);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'SHEET_NOT_EDITABLE' });
    expect(errorOf(await submit(officers.B, sheets.A.id))).toMatchObject({ code: 'FORBIDDEN' });
    // A reviewer enters a draft or returned sheet on the unit's behalf only, never a submitted one.
    expect(errorOf(await saveEntry(reviewer, entryOf(sheets.A, '1.1').id, 1))).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
  });

  it('fills the other sheets; a source without participants gives distinct participants ÷ the main kind, counted as before rosters', async () => {
    const fill = async (code: string, manual: number, items: number, yes: number) => {
      const s = sheets[code];
      await saveEntry(officers[code], entryOf(s, '1.1').id, manual);
      await saveEntry(officers[code], entryOf(s, '1.2').id, items);
      await saveEntry(officers[code], entryOf(s, '2.1').id, yes);
      await addFile(officers[code], entryOf(s, '1.1').id, 'bien-ban.pdf', Buffer.from('%PDF-1.7\nbien ban hop'));
      expect((await submit(officers[code], s.id)).data!.submitScoreSheet.status).toBe('SUBMITTED');
    };
    await fill('B', 26, 6, 1);
    await fill('C', 20, 4, 1);
    await fill('D', 30, 6, 0);

    const result = await gql<{ recomputeIndicators: { updated: number; skipped: unknown[] } }>(
      `mutation($c: ID!, $p: ID!) { recomputeIndicators(campaignId: $c, periodId: $p) { updated skipped { indicatorCode reason } } }`,
      { c: campaignId, p: periodId },
      admin,
    );
    expect(result.data!.recomputeIndicators).toEqual({ updated: 4, skipped: [] }); // D: no participant, null → 0

    const fixture = participants(units);
    for (const [code, eligible] of [
      ['A', 100],
      ['B', 200],
      ['C', 50],
    ] as const) {
      const computed = entryOf(await loadSheet(code), '2.2');
      const distinct = new Set(fixture.filter((r) => r.unitId === units[code]).map((r) => r.playerId)).size;
      expect(computed.value).toBeCloseTo(distinct / eligible, 10);
      expect(computed.selfScore).toBeCloseTo((distinct / eligible) * 20, 2);
      expect(JSON.parse(computed.computed!.source)).toEqual({
        kind: 'LIVE_GAME',
        id: GAME_ID,
        metric: 'PARTICIPATION_RATE',
      });
      // A bare count cannot tell verified persons from guests: it is labelled as counted before rosters.
      expect(computed.computed!.participation).toEqual({
        act: null,
        basis: 'BEFORE_ROSTERS',
        kind: 'STUDENTS',
        verified: distinct,
        guests: 0,
        otherKinds: 0,
        population: eligible,
        populationSource: 'DECLARED',
      });
    }
    expect(entryOf(sheets.A, '2.2').value).toBe(0.4);
    expect(entryOf(sheets.C, '2.2').selfScore).toBe(4);
  });

  it('rejects a malformed board subscription without crashing, and accepts a good one', async () => {
    board = io(`${app.server.url}/campaign-board`, { transports: ['websocket'], forceNew: true });
    const bad = (await board.timeout(5000).emitWithAck('subscribe', { campaignId: 'nope', extra: 1 })) as {
      ok: boolean;
      reason: string;
    };
    expect(bad).toMatchObject({ ok: false, reason: 'INVALID_PAYLOAD' });
    const notFound = (await board.timeout(5000).emitWithAck('subscribe', { campaignId: GAME_ID })) as {
      ok: boolean;
      reason: string;
    };
    expect(notFound).toMatchObject({ ok: false, reason: 'BOARD_NOT_FOUND' });
    const ack = (await board.timeout(5000).emitWithAck('subscribe', { campaignId })) as {
      ok: boolean;
      board: { blocks: { rows: unknown[] }[] };
    };
    expect(ack.ok).toBe(true);
    // The board shows the published view only and names no other source.
    expect(ack.board).not.toHaveProperty('source');
    expect(ack.board.blocks[0].rows).toEqual([]); // nothing published yet: self-scores never reach the board
  });

  it('has no setting that would put reviewed-but-unpublished totals on the public board', async () => {
    const refused = await gql(
      `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id } }`,
      { input: { id: campaignId, boardSource: 'REVIEWED' } },
      admin,
    );
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors![0].message).toContain('boardSource');
  });

  it('lets a reviewer adjust with a mandatory reason, return with a reason, and approve; the board shows no reviewed total', async () => {
    const review = (entryId: string, reviewedScore: number, reason: string) =>
      gql<{ reviewScoreEntry: Sheet }>(
        `mutation($input: ReviewScoreEntryInput!) { reviewScoreEntry(input: $input) { ${SHEET_FIELDS} } }`,
        { input: { entryId, reviewedScore, reason } },
        reviewer,
      );
    const noReason = await review(entryOf(sheets.A, '1.1').id, 26, '   ');
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    const offScale = await review(entryOf(sheets.A, '2.1').id, 10, 'một nửa');
    expect(errorOf(offScale)).toMatchObject({ reason: 'INVALID_SCORE' }); // yes/no: 0 or 20
    const adjusted = (await review(entryOf(sheets.A, '1.1').id, 26, 'Chỉ có 3 buổi có biên bản')).data!
      .reviewScoreEntry;
    expect(entryOf(adjusted, '1.1')).toMatchObject({
      selfScore: 28,
      reviewedScore: 26,
      finalScore: 26,
      reviewReason: 'Chỉ có 3 buổi có biên bản',
    });

    const returned = await gql<{ returnScoreSheet: Sheet }>(
      `mutation($input: ReturnScoreSheetInput!) { returnScoreSheet(input: $input) { ${SHEET_FIELDS} } }`,
      { input: { sheetId: sheets.C.id, reason: 'Bổ sung biên bản họp' } },
      reviewer,
    );
    expect(returned.data!.returnScoreSheet).toMatchObject({ status: 'RETURNED', returnReason: 'Bổ sung biên bản họp' });
    expect(errorOf(await submit(officers.C, sheets.C.id))).toMatchObject({ reason: 'EXPLANATION_REQUIRED' });
    const resubmitted = (await submit(officers.C, sheets.C.id, 'Đã bổ sung biên bản họp chi bộ tháng 5')).data!
      .submitScoreSheet;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', explanation: 'Đã bổ sung biên bản họp chi bộ tháng 5' });

    const update = new Promise<{ blocks: { rows: { unitCode: string; total: number; rank: number }[] }[] }>((resolve) =>
      board!.once('board', resolve),
    );
    const approve = (id: string) =>
      gql<{ approveScoreSheet: Sheet }>(
        `mutation($id: ID!) { approveScoreSheet(id: $id) { status } }`,
        { id },
        reviewer,
      );
    expect((await approve(sheets.A.id)).data!.approveScoreSheet.status).toBe('APPROVED');
    const snapshot = await update;
    // Reviewed but unpublished: GraphQL refuses this total to unit officers (VIEW_NOT_ALLOWED), so does the board.
    expect(snapshot.blocks[0].rows).toEqual([]);
    expect(JSON.stringify(snapshot)).not.toContain('"total":84');
    for (const code of ['B', 'C', 'D'])
      expect((await approve(sheets[code].id)).data!.approveScoreSheet.status).toBe('APPROVED');
  });

  it('ranks ties by the published rule and shows a unit why it misses a title', async () => {
    const result = await ranking('REVIEWED');
    expect(result.data!.campaignRanking.tieRuleText).toContain('1-2-2-4');
    const rows = result.data!.campaignRanking.blocks[0].rows;
    expect(rows.map((r) => [r.unit.code, r.rank, r.total, r.tied])).toEqual([
      ['A', 1, 84, true],
      ['B', 1, 84, true],
      ['C', 3, 64, false],
      ['D', 4, 60, false],
    ]);
    const d = rows.find((r) => r.unit.code === 'D')!;
    expect(d.title).toBeNull();
    expect(d.missedTitles).toEqual([
      {
        titleName: 'Tập thể xuất sắc',
        conditions: [expect.objectContaining({ kind: 'GROUP_FLOOR', groupCode: '2', required: 20, actual: 0 })],
      },
    ]);
    expect(d.missedTitles[0].conditions[0].message).toContain('Nhóm tiêu chí 2');
    expect(rows.find((r) => r.unit.code === 'C')!.title).toEqual({ name: 'Tập thể xuất sắc' });
    const gap = rows.find((r) => r.unit.code === 'C')!.gapToAbove!;
    // A and B share rank 1; the gap is to the nearest unit ranked above.
    expect(gap).toMatchObject({ aboveUnit: { code: 'B' }, points: 20, reachable: true });
    expect(gap.headroom[0]).toEqual({ code: '2.2', headroom: 16, enoughAlone: false });

    // Officers see the published view only.
    expect(errorOf(await ranking('REVIEWED', officers.C))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'VIEW_NOT_ALLOWED',
    });
  });

  it('publishes; the board then shows the published totals; a published sheet changes only by a reasoned correction', async () => {
    type Shown = { blocks: { rows: { unitCode: string; total: number; rank: number }[] }[] };
    // Late updates of the approvals above (still empty) may arrive first: wait for the one with rows.
    const onBoard = new Promise<Shown>((resolve) => {
      const listener = (snapshot: Shown) => {
        if (snapshot.blocks[0].rows.length === 0) return;
        board!.off('board', listener);
        resolve(snapshot);
      };
      board!.on('board', listener);
    });
    const published = await gql<{ publishCampaignPeriod: { status: string }[] }>(
      `mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { status } }`,
      { p: periodId },
      admin,
    );
    expect(published.data!.publishCampaignPeriod.map((s) => s.status)).toEqual([
      'PUBLISHED',
      'PUBLISHED',
      'PUBLISHED',
      'PUBLISHED',
    ]);
    const publishedRows = (await ranking('PUBLISHED', officers.D)).data!.campaignRanking.blocks[0].rows;
    expect(publishedRows.map((r) => `${r.unit.code}:${r.rank}`)).toEqual(['A:1', 'B:1', 'C:3', 'D:4']);
    const shown = (await onBoard).blocks[0].rows;
    expect(shown.map((r) => `${r.unitCode}:${r.rank}:${r.total}`)).toEqual(['A:1:84', 'B:1:84', 'C:3:64', 'D:4:60']);

    const entryId = entryOf(sheets.A, '1.1').id;
    expect(errorOf(await saveEntry(officers.A, entryId, 30))).toMatchObject({
      code: 'CONFLICT',
      reason: 'SHEET_LOCKED',
    });
    const lateReview = await gql(
      `mutation($input: ReviewScoreEntryInput!) { reviewScoreEntry(input: $input) { id } }`,
      { input: { entryId, reviewedScore: 30, reason: 'muộn' } },
      reviewer,
    );
    expect(errorOf(lateReview)).toMatchObject({ code: 'CONFLICT', reason: 'SHEET_LOCKED' });
    const correct = (newScore: number, reason: string, token = admin) =>
      gql<{ correctScore: Sheet }>(
        `mutation($input: CorrectScoreInput!) { correctScore(input: $input) { ${SHEET_FIELDS} } }`,
        { input: { entryId, newScore, reason } },
        token,
      );
    expect(errorOf(await correct(27, ''))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    expect(errorOf(await correct(27, 'x', reviewer))).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    const corrected = (await correct(27, 'Phát hiện thêm 1 biên bản hợp lệ sau công bố')).data!.correctScore;
    expect(entryOf(corrected, '1.1')).toMatchObject({
      reviewedScore: 26,
      correctedScore: 27,
      finalScore: 27,
      corrections: [{ oldScore: 26, newScore: 27, reason: 'Phát hiện thêm 1 biên bản hợp lệ sau công bố' }],
    });
    const after = (await ranking('PUBLISHED')).data!.campaignRanking.blocks[0].rows;
    expect(after.map((r) => `${r.unit.code}:${r.rank}:${r.total}`)).toEqual(['A:1:85', 'B:2:84', 'C:3:64', 'D:4:60']);
  });

  it('keeps an audit trail of every step (who, old → new, why); a unit sees only its own', async () => {
    const trail = (token: string, sheetId?: string) =>
      gql<{
        campaignAuditTrail: {
          action: string;
          field: string | null;
          indicatorCode: string | null;
          actorName: string | null;
          oldValue: string | null;
          newValue: string | null;
          reason: string | null;
        }[];
      }>(
        `query($c: ID!, $s: ID) { campaignAuditTrail(campaignId: $c, sheetId: $s) { action field indicatorCode actorName oldValue newValue reason at } }`,
        { c: campaignId, s: sheetId },
        token,
      );
    const events = (await trail(admin, sheets.A.id)).data!.campaignAuditTrail;
    expect([...new Set(events.map((e) => e.action))]).toEqual([
      'ENTRY_SAVED',
      'EVIDENCE_ADDED',
      'SHEET_SUBMITTED',
      'SCORE_COMPUTED',
      'SCORE_REVIEWED',
      'SHEET_APPROVED',
      'SHEET_PUBLISHED',
      'SCORE_CORRECTED',
    ]);
    const reviewed = events.find((e) => e.action === 'SCORE_REVIEWED')!;
    expect(reviewed).toMatchObject({
      indicatorCode: '1.1',
      oldValue: '28',
      newValue: '26',
      reason: 'Chỉ có 3 buổi có biên bản',
      actorName: expect.stringMatching(/^reviewer-/),
    });
    expect(events.find((e) => e.action === 'SCORE_CORRECTED')).toMatchObject({
      oldValue: '26',
      newValue: '27',
      actorName: expect.stringMatching(/^admin-/),
    });
    expect(events.find((e) => e.action === 'SHEET_SUBMITTED')).toMatchObject({
      oldValue: '"DRAFT"',
      newValue: '"SUBMITTED"',
    });
    // The refused attempts left no trace.
    expect(events.filter((e) => e.action === 'SHEET_SUBMITTED')).toHaveLength(1);

    const cTrail = (await trail(reviewer, sheets.C.id)).data!.campaignAuditTrail;
    expect(cTrail.find((e) => e.action === 'SHEET_RETURNED')).toMatchObject({ reason: 'Bổ sung biên bản họp' });
    expect(cTrail.filter((e) => e.action === 'SHEET_SUBMITTED').map((e) => e.reason)).toEqual([
      null,
      'Đã bổ sung biên bản họp chi bộ tháng 5',
    ]);

    expect((await trail(officers.A, sheets.A.id)).data!.campaignAuditTrail).toHaveLength(events.length);
    expect(errorOf(await trail(officers.A, sheets.B.id))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SHEET_OUT_OF_SCOPE',
    });
    expect(errorOf(await trail(officers.A))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("serves evidence files to staff and to the unit's own officer only", async () => {
    await loadSheet('A');
    const url = `${app.server.url}${entryOf(sheets.A, '1.1').evidence.find((e) => e.kind === 'FILE')!.downloadUrl}`;
    const as = (token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const own = await as(officers.A);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/png');
    expect(own.headers.get('content-disposition')).toContain("filename*=UTF-8''%E1%BA%A2nh");
    expect(Buffer.from(await own.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await as(reviewer)).status).toBe(200);
    expect((await as(officers.B)).status).toBe(403);
    expect((await as()).status).toBe(401);
  });

  it('exports the score table per block with self vs reviewed scores, totals, rank and title', async () => {
    const url = `${app.server.url}/api/campaigns/${campaignId}/periods/${periodId}/score-table.xlsx`;
    expect((await fetch(url, { headers: { authorization: `Bearer ${officers.A}` } })).status).toBe(403);
    const response = await fetch(url, { headers: { authorization: `Bearer ${reviewer}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('Khối trường')!;
    expect(ws.getCell(3, 4).value).toBe('Trường A');
    expect([ws.getCell(4, 4).value, ws.getCell(4, 5).value]).toEqual(['Tự chấm', 'Thẩm định']);
    const rowOf = (label: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (row.getCell(1).value === label || row.getCell(2).value === label) found = n;
      });
      return ws.getRow(found);
    };
    expect([rowOf('1.1').getCell(4).value, rowOf('1.1').getCell(5).value]).toEqual([28, 27]);
    expect([rowOf('TỔNG ĐIỂM').getCell(4).value, rowOf('TỔNG ĐIỂM').getCell(5).value]).toEqual([86, 85]);
    expect(rowOf('XẾP HẠNG').getCell(5).value).toBe(1);
    expect(rowOf('DANH HIỆU').getCell(11).value).toBeNull(); // D misses the group floor
    expect(rowOf('DANH HIỆU').getCell(5).value).toBe('Tập thể xuất sắc');
  });

  it('prints the period summary for the meeting: rankings, self vs published totals, titles, rules, corrections', async () => {
    // A unit name is data: it must come out as text, never as markup.
    await app.dataSource.getRepository(Unit).update(units.D, { name: 'Trường D <script>alert(1)</script>' });
    const url = `${app.server.url}/api/campaigns/${campaignId}/periods/${periodId}/summary.html`;
    expect((await fetch(url, { headers: { authorization: `Bearer ${officers.A}` } })).status).toBe(403);
    expect((await fetch(url)).status).toBe(401);
    const response = await fetch(url, { headers: { authorization: `Bearer ${reviewer}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('@media print');
    expect(html).toContain('size: A4');
    expect(html).toContain('Phong trào thi đua thử nghiệm');
    expect(html).toContain('Sơ kết 6 tháng');
    expect(html).toContain('Khối trường');
    // Self total vs published total per unit, in rank order.
    const row = (name: string) => {
      const start = html.indexOf(`<td>${name}<div`);
      expect(start).toBeGreaterThan(0);
      return html.slice(html.lastIndexOf('<tr>', start), html.indexOf('</tr>', start));
    };
    expect(row('Trường A')).toMatch(/^<tr><td class="num">1<\/td>/);
    expect(row('Trường A')).toContain('<td class="num">86</td>');
    expect(row('Trường A')).toContain('<td class="num">85</td>');
    expect(row('Trường A')).toContain('Tập thể xuất sắc');
    expect(row('Trường B')).toContain('<td class="num">84</td>');
    expect(row('Trường C')).toContain('<td class="num">64</td>');
    expect(html.indexOf('<td>Trường A<div')).toBeLessThan(html.indexOf('<td>Trường B<div'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('Trường D &lt;script&gt;alert(1)&lt;/script&gt;');
    const d = row('Trường D &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(d).toContain('<td class="num">60</td>');
    expect(d).toContain('Chưa đạt «Tập thể xuất sắc»: Nhóm tiêu chí 2');
    // Statuses, rules, corrections with reasons.
    expect(html).toMatch(/<th>Đã công bố<\/th>[\s\S]*<td class="num">4<\/td><td class="num">4<\/td>/);
    expect(html).toContain('1-2-2-4');
    expect(html).toContain(
      '<strong>Tập thể xuất sắc</strong>: tổng điểm từ 55 trở lên; mỗi nhóm tiêu chí đạt tối thiểu 50%',
    );
    expect(html).toContain('Phát hiện thêm 1 biên bản hợp lệ sau công bố');
    expect(html).toContain('26 → 27');
    expect((await fetch(url, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
  });
  it("divides an indicator naming a kind by that kind's roster, counting only verified persons of the kind", async () => {
    // Staff rosters: A lists 4 staff (2 of them in a class below it: the subtree counts), B none (declares 10).
    const classA = await app.dataSource.getRepository(Unit).save(
      app.dataSource.getRepository(Unit).create({
        code: 'A-6A',
        name: 'Lớp 6A',
        searchText: 'lop 6a',
        kind: 'CLASS',
        parentId: units.A,
        populationKind: 'STUDENTS',
      }),
    );
    const people = app.dataSource.getRepository(Person);
    const person = (unitId: string, kind: string, name: string) =>
      people.save(
        people.create({
          unitId,
          kind,
          fullName: name,
          searchText: name.toLowerCase(),
          birthYear: 1985,
          identityKey: `${name.toLowerCase()}|1985`,
        }),
      );
    const staffA = [
      await person(units.A, 'SCHOOL_STAFF', 'Cô Lan'),
      await person(units.A, 'SCHOOL_STAFF', 'Thầy Hùng'),
      await person(classA.id, 'SCHOOL_STAFF', 'Cô Mai'),
      await person(classA.id, 'SCHOOL_STAFF', 'Cô Hoa'),
    ];
    const pupilA = await person(classA.id, 'STUDENTS', 'Em An');
    await declarePopulation(app.dataSource.manager, units.A, 'SCHOOL_STAFF', 40); // the roster wins over it
    await declarePopulation(app.dataSource.manager, units.B, 'SCHOOL_STAFF', 10);
    const CONTEST_ID = '22222222-3333-4444-8555-666666666666';
    const record = (id: string, p: { id: string; kind: string } | null) => ({
      id,
      personId: p?.id ?? null,
      personKind: p?.kind ?? null,
    });
    app.server.app.get(ComputedSourceRegistry).register({
      kind: 'CONTEST',
      fetch: () => Promise.reject(new Error('participants() is preferred for a rate')),
      participants: (sourceId, unitIds) => {
        expect(sourceId).toBe(CONTEST_ID);
        const byUnit = new Map([
          [
            units.A,
            [
              record('e1', staffA[0]),
              record('e2', staffA[2]),
              record('e3', staffA[2]), // the same person twice counts once
              record('e4', null), // a guest: shown, never counted
              record('e5', null),
              record('e6', pupilA), // a pupil in a staff contest: another kind
            ],
          ],
          [units.B, [record('e7', null), record('e8', null), record('e9', null)]],
        ]);
        return Promise.resolve({
          act: 'SUBMITTED' as const,
          basis: 'VERIFIED' as const,
          byUnit: new Map([...byUnit].filter(([u]) => unitIds.includes(u))),
        });
      },
    });

    const created = await gql<{ createCampaign: { id: string; countedBeforeRosters: boolean } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id countedBeforeRosters } }`,
      { input: { title: 'Cán bộ, giáo viên tìm hiểu pháp luật' } },
      admin,
    );
    const staffCampaign = created.data!.createCampaign.id;
    expect(created.data!.createCampaign.countedBeforeRosters).toBe(false);
    const period = await gql<{ addCampaignPeriod: { periods: { id: string }[] } }>(
      `mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { periods { id } } }`,
      {
        input: {
          campaignId: staffCampaign,
          name: 'Quý I',
          kind: 'INTERIM',
          startsOn: '2026-01-01',
          endsOn: '2026-03-31',
          submissionDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      admin,
    );
    const staffPeriod = period.data!.addCampaignPeriod.periods[0].id;
    await gql(
      `mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }`,
      { input: { campaignId: staffCampaign, name: 'Khối trường', unitIds: [units.A, units.B] } },
      admin,
    );
    const tree = (populationKind: string) => [
      { key: 'g', code: '1', title: 'Tìm hiểu pháp luật', kind: 'GROUP', maxPoints: 100 },
      { key: 'y', parentKey: 'g', code: '1.1', title: 'Có kế hoạch', kind: 'YES_NO', maxPoints: 50 },
      {
        key: 'x',
        parentKey: 'g',
        code: '1.2',
        title: 'Tỷ lệ cán bộ, giáo viên dự thi',
        kind: 'COMPUTED',
        maxPoints: 50,
        computedSource: { kind: 'CONTEST', id: CONTEST_ID, metric: 'PARTICIPATION_RATE', populationKind },
      },
    ];
    const saveTree = (populationKind: string) =>
      gql<{ saveIndicatorTree: { indicators: { code: string; computedSource: { populationKind: string } | null }[] } }>(
        `mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) {
           indicators { code computedSource { populationKind } } } }`,
        { input: { campaignId: staffCampaign, indicators: tree(populationKind) } },
        admin,
      );
    // A kind the ward does not have is refused, naming the indicator.
    const unknown = await saveTree('ALIENS');
    expect(errorOf(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDICATOR_TREE_INVALID' });
    expect(unknown.errors![0].message).toContain('1.2: no population kind ALIENS');
    const saved = await saveTree('SCHOOL_STAFF');
    expect(saved.data!.saveIndicatorTree.indicators.find((i) => i.code === '1.2')!.computedSource).toEqual({
      populationKind: 'SCHOOL_STAFF',
    });
    await gql(`mutation($id: ID!) { launchCampaign(id: $id) { status } }`, { id: staffCampaign }, admin);
    const recomputed = await gql<{ recomputeIndicators: { updated: number } }>(
      `mutation($c: ID!, $p: ID!) { recomputeIndicators(campaignId: $c, periodId: $p) { updated } }`,
      { c: staffCampaign, p: staffPeriod },
      admin,
    );
    expect(recomputed.data!.recomputeIndicators.updated).toBe(2); // B too: null → 0

    const list = await gql<{ scoreSheets: Sheet[] }>(
      `query($c: ID!) { scoreSheets(campaignId: $c) { ${SHEET_FIELDS} } }`,
      { c: staffCampaign },
      admin,
    );
    const byCode = new Map(list.data!.scoreSheets.map((s) => [s.unit.code, entryOf(s, '1.2')]));
    // A: 2 verified staff ÷ its staff roster of 4 (not the declared 40, not the pupils).
    expect(byCode.get('A')!.value).toBe(0.5);
    expect(byCode.get('A')!.selfScore).toBe(25);
    expect(byCode.get('A')!.computed!.participation).toEqual({
      act: 'SUBMITTED',
      basis: 'VERIFIED',
      kind: 'SCHOOL_STAFF',
      verified: 2,
      guests: 2,
      otherKinds: 1,
      population: 4,
      populationSource: 'ROSTER',
    });
    // B: three guests move nothing; its population is the declared number, labelled so.
    expect(byCode.get('B')!.value).toBe(0);
    expect(byCode.get('B')!.computed!.participation).toMatchObject({
      verified: 0,
      guests: 3,
      population: 10,
      populationSource: 'DECLARED',
    });
  });
});
