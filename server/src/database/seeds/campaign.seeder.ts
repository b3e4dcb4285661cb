import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mustBeScoredByUnit, scoreFromValue, type IndicatorDef } from '@thidua/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Unit } from '../../modules/units/entities/unit.entity.js';
import { User } from '../../modules/users/entities/user.entity.js';
import { PopulationsService } from '../../modules/people/populations.service.js';
import { NotificationsService } from '../../modules/notifications/notifications.service.js';
import { recordAudit, type AuditRecord } from '../../modules/campaigns/sheets/audit-trail.js';
import {
  loadDefinition,
  toIndicatorDef,
  type CampaignDefinition,
} from '../../modules/campaigns/setup/campaign-definition.js';
import { createSheets } from '../../modules/campaigns/setup/campaign-setup.store.js';
import {
  DEMO_ACCOUNT_NO_PASSWORD,
  DEMO_ACCOUNTS,
  DEMO_BLOCKS,
  DEMO_CAMPAIGN_DESCRIPTION,
  DEMO_CAMPAIGN_TITLE,
  DEMO_CRITERIA_SETS,
  DEMO_EXTENSION_REASON,
  DEMO_INTERIM,
  DEMO_MARK_REASON,
  DEMO_ORGANIZER_CODE,
  DEMO_PERFORMANCE,
  DEMO_PERIODS,
  DEMO_RETURN_CODE,
  DEMO_RETURN_REASON,
  DEMO_REVIEW_REASON,
  DEMO_TITLES,
} from './demo-campaign.js';
import { flattenCriteria } from './demo-criteria.js';
import { demoSheetTimes, demoValue } from './demo-values.js';
import { CampaignBlock, CampaignBlockUnit } from '../../modules/campaigns/entities/campaign-block.entity.js';
import { CampaignPeriod } from '../../modules/campaigns/entities/campaign-period.entity.js';
import { CampaignTitle } from '../../modules/campaigns/entities/campaign-title.entity.js';
import { Campaign } from '../../modules/campaigns/entities/campaign.entity.js';
import { CommendationForm } from '../../modules/commendation/entities/commendation-form.entity.js';
import { Evidence } from '../../modules/campaigns/entities/evidence.entity.js';
import { Indicator } from '../../modules/campaigns/entities/indicator.entity.js';
import { CriteriaSet } from '../../modules/campaigns/entities/criteria-set.entity.js';
import { ScoreEntry } from '../../modules/campaigns/entities/score-entry.entity.js';
import { ScoreSheet } from '../../modules/campaigns/entities/score-sheet.entity.js';

const DAY = 24 * 60 * 60 * 1000;

/** The TDP set's criterion the reviewer adjusted on the best TDPs' approved sheets (loudspeaker broadcasts). */
const ADJUSTED_CODE = 'I.1';
const ADJUSTED_TO = 8;

/**
 * Loads the demo campaign (demo-campaign.ts) over the demo organization: launched, one
 * criteria set per block, the interim period past its deadline with sheets in every
 * status a ward sees (late, extended, returned with a reply window, marked "không
 * nộp"), and inactive staff accounts of the demo units. Idempotent: does nothing when
 * the demo campaign exists or when none of its units do.
 *
 * It writes the campaign tables itself: the campaign services act for a signed-in
 * user, now, one step at a time, while the demo is a campaign already under review,
 * with sheets submitted and approved days ago. The sheets themselves come from the
 * campaign's own createSheets, and the audit trail from its recordAudit.
 */
@Injectable()
export class CampaignSeeder {
  private readonly logger = new Logger(CampaignSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly populations: PopulationsService,
    private readonly notifications: NotificationsService,
  ) {}

  async seedDemoCampaign(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['demo.campaign']);
      if (await manager.existsBy(Campaign, { isDemo: true, title: DEMO_CAMPAIGN_TITLE })) return false;
      const codes = DEMO_BLOCKS.flatMap((b) => [...b.unitCodes, b.leaderCode]);
      const units = await manager.findBy(Unit, { code: In(codes) });
      const unitByCode = new Map(units.map((u) => [u.code, u]));
      if (units.length === 0) {
        this.logger.warn('The demo organization is missing: the demo campaign is not loaded');
        return false;
      }
      const now = Date.now();
      const campaignId = randomUUID();
      await manager.insert(Campaign, {
        id: campaignId,
        title: DEMO_CAMPAIGN_TITLE,
        description: DEMO_CAMPAIGN_DESCRIPTION,
        status: 'IN_REVIEW',
        totalPoints: 100,
        tieRule: { kind: 'SHARED' },
        boardEnabled: true,
        isDemo: true,
        launchedAt: new Date(now - 150 * DAY),
        organizerUnitId: unitByCode.get(DEMO_ORGANIZER_CODE)?.id ?? null,
        rankOrganizer: false,
      });
      await manager.insert(
        CampaignPeriod,
        DEMO_PERIODS.map((p, position) => ({
          campaignId,
          name: p.name,
          kind: p.kind,
          position,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
          submissionDeadline: new Date(now + p.deadlineInDays * DAY),
          lateRule: p.lateRule,
          replyDays: p.replyDays,
        })),
      );
      const setIdByKey = new Map(DEMO_CRITERIA_SETS.map((s) => [s.key, randomUUID()]));
      await manager.insert(
        CriteriaSet,
        DEMO_CRITERIA_SETS.map((s, position) => ({ id: setIdByKey.get(s.key)!, campaignId, name: s.name, position })),
      );
      const blocks = DEMO_BLOCKS.map((b, position) => ({
        id: randomUUID(),
        campaignId,
        criteriaSetId: setIdByKey.get(b.criteriaSet)!,
        name: b.name,
        leaderUnitId: unitByCode.get(b.leaderCode)?.id ?? null,
        position,
        unitIds: b.unitCodes.flatMap((c) => (unitByCode.has(c) ? [unitByCode.get(c)!.id] : [])),
      }));
      await manager.insert(
        CampaignBlock,
        blocks.map(({ unitIds: _unitIds, ...b }) => b),
      );
      await manager.insert(
        CampaignBlockUnit,
        blocks.flatMap((b) => b.unitIds.map((unitId) => ({ blockId: b.id, unitId, campaignId }))),
      );
      const indicatorCount = await this.insertIndicators(manager, campaignId, setIdByKey);
      // The catalogue is filled before the campaign (DemoSeeder): a title links to its form by code.
      const forms = await manager.findBy(CommendationForm, {
        code: In(DEMO_TITLES.flatMap((t) => (t.formCode ? [t.formCode] : []))),
      });
      await manager.insert(
        CampaignTitle,
        DEMO_TITLES.map(({ formCode, ...t }, index) => ({
          campaignId,
          ...t,
          rankOrder: index + 1,
          commendationFormId: forms.find((f) => f.code === formCode)?.id ?? null,
        })),
      );
      const accounts = await this.insertAccounts(manager, unitByCode);

      const definition = await loadDefinition(manager, campaignId);
      await createSheets(manager, definition);
      await this.fillInterimScores(manager, definition, unitByCode, accounts);
      this.logger.log(
        `Loaded the demo campaign: ${blocks.length} blocks, ${DEMO_CRITERIA_SETS.length} criteria sets, ${indicatorCount} indicators`,
      );
      return true;
    });
  }

  /** Every set's rows, one insert per depth (parents before children). */
  private async insertIndicators(
    manager: EntityManager,
    campaignId: string,
    setIdByKey: Map<string, string>,
  ): Promise<number> {
    const rows = DEMO_CRITERIA_SETS.flatMap((set) => {
      const flat = flattenCriteria(set.indicators);
      const idByCode = new Map(flat.map((i) => [i.code, randomUUID()]));
      return flat.map((i, position) => ({
        id: idByCode.get(i.code)!,
        campaignId,
        criteriaSetId: setIdByKey.get(set.key)!,
        parentId: i.parentCode ? idByCode.get(i.parentCode)! : null,
        code: i.code,
        number: i.number,
        title: i.title,
        kind: i.kind,
        maxPoints: i.maxPoints,
        step: i.step ?? null,
        target: i.target ?? null,
        perItemPoints: i.perItemPoints ?? null,
        evidenceRequired: i.evidenceRequired ?? false,
        computedSource: i.computedSource ?? null,
        thresholds: i.thresholds ? [...i.thresholds] : null,
        comparison: i.comparison ?? null,
        populationKind: i.populationKind ?? null,
        method: i.method,
        evidenceText: i.evidenceText,
        position,
      }));
    });
    const inserted = new Set<string>();
    let remaining = rows;
    while (remaining.length > 0) {
      const ready = remaining.filter((r) => r.parentId === null || inserted.has(r.parentId));
      await manager.insert(Indicator, ready);
      for (const r of ready) inserted.add(r.id);
      remaining = remaining.filter((r) => !inserted.has(r.id));
    }
    return rows.length;
  }

  /** The demo units' staff accounts, inactive and without a usable password; a name already taken is left alone. */
  private async insertAccounts(manager: EntityManager, unitByCode: Map<string, Unit>): Promise<Map<string, User>> {
    const taken = new Set(
      (await manager.findBy(User, { username: In(DEMO_ACCOUNTS.map((a) => a.username)) })).map((u) => u.username),
    );
    const rows = DEMO_ACCOUNTS.filter((a) => !taken.has(a.username) && unitByCode.has(a.unitCode)).map((a) => ({
      id: randomUUID(),
      username: a.username,
      displayName: a.displayName,
      passwordHash: DEMO_ACCOUNT_NO_PASSWORD,
      role: a.role,
      unitId: unitByCode.get(a.unitCode)!.id,
      active: false,
    }));
    if (rows.length > 0) await manager.insert(User, rows);
    const created = await manager.findBy(User, { id: In(rows.map((r) => r.id)) });
    return new Map(created.map((u) => [DEMO_ACCOUNTS.find((a) => a.username === u.username)!.unitCode, u]));
  }

  private async fillInterimScores(
    manager: EntityManager,
    definition: CampaignDefinition,
    unitByCode: Map<string, Unit>,
    accounts: Map<string, User>,
  ): Promise<void> {
    const campaignId = definition.campaign.id;
    const period = definition.periods[0];
    const indicators = definition.indicators.map(toIndicatorDef);
    const sheets = await manager.findBy(ScoreSheet, { periodId: period.id });
    const entries = await manager.findBy(ScoreEntry, { sheetId: In(sheets.map((s) => s.id)) });
    const codeOfUnit = new Map([...unitByCode.values()].map((u) => [u.id, u.code]));
    const indicatorById = new Map(indicators.map((i) => [i.id, i]));
    const blockOfUnit = new Map(definition.blocks.flatMap((b) => b.units.map((u) => [u.id, b] as const)));
    const population = await this.ratePopulations(manager, indicators, sheets);
    const reviewer = [...accounts.values()].find((u) => u.role === 'REVIEWER') ?? null;

    // Values first: a RELATIVE_TO_BEST criterion is scored against the block's best value.
    const valued = entries.flatMap((entry) => {
      const sheet = sheets.find((s) => s.id === entry.sheetId)!;
      const code = codeOfUnit.get(sheet.unitId)!;
      const plan = DEMO_INTERIM[code] ?? { status: 'DRAFT' };
      const indicator = indicatorById.get(entry.indicatorId)!;
      const ownEntries = entries.filter((e) => e.sheetId === sheet.id);
      // A draft is half filled in: a TDP head entering scores over several evenings.
      if (plan.status === 'DRAFT' && ownEntries.indexOf(entry) % 2 === 1) return [];
      const size = population.get(`${sheet.unitId}|${indicator.populationKind}`) ?? null;
      const value = demoValue(indicator, DEMO_PERFORMANCE[code] ?? 0.8, code, size);
      return value === null ? [] : [{ entry, sheet, code, plan, indicator, value, population: size }];
    });
    const best = new Map<string, number>();
    for (const v of valued) best.set(v.indicator.id, Math.max(best.get(v.indicator.id) ?? 0, v.value));

    const updates: {
      id: string;
      value: number;
      self: number | null;
      reviewed: number | null;
      reason: string | null;
    }[] = [];
    const evidence: Pick<Evidence, 'campaignId' | 'sheetId' | 'entryId' | 'kind' | 'url' | 'fileName'>[] = [];
    for (const { entry, sheet, code, plan, indicator, value, population: size } of valued) {
      const scored = scoreFromValue(indicator, value, { population: size, blockBest: best.get(indicator.id) ?? null });
      const self = scored.ok ? scored.score : null;
      const adjusted =
        plan.status === 'APPROVED' &&
        indicator.code === ADJUSTED_CODE &&
        indicator.kind === 'COUNT' &&
        self !== null &&
        self > ADJUSTED_TO;
      updates.push({
        id: entry.id,
        value,
        self,
        reviewed: adjusted ? ADJUSTED_TO : null,
        reason: adjusted ? DEMO_REVIEW_REASON : null,
      });
      // The returned sheet lacks exactly the evidence its return asks for.
      const missing = plan.status === 'RETURNED' && indicator.code === DEMO_RETURN_CODE;
      // Evidence backs a claim (as submitProblems asks): every entered criterion, and a bonus or penalty not 0.
      const claimed = mustBeScoredByUnit(indicator) || (self ?? 0) !== 0;
      if (indicator.evidenceRequired && plan.status !== 'DRAFT' && claimed && !missing) {
        evidence.push({
          campaignId,
          sheetId: sheet.id,
          entryId: entry.id,
          kind: 'LINK',
          url: `https://haian.example.vn/minh-chung/${code.toLowerCase()}/${indicator.code}`,
          fileName: `Minh chứng tiêu chí ${indicator.code}`,
        });
      }
    }

    const audits: AuditRecord[] = [];
    const notices: { userId: string; kind: 'SHEET_RETURNED' | 'SHEET_TO_REVIEW'; sheet: ScoreSheet; extra: object }[] =
      [];
    for (const sheet of sheets) {
      const code = codeOfUnit.get(sheet.unitId)!;
      const plan = DEMO_INTERIM[code] ?? { status: 'DRAFT' };
      const block = blockOfUnit.get(sheet.unitId);
      const leader = block?.leader ?? null;
      const firstRound = leader !== null && leader.id !== sheet.unitId;
      const times = demoSheetTimes(plan, period.submissionDeadline, period.replyDays, firstRound);
      const leaderUser = leader ? (accounts.get(leader.code) ?? null) : null;
      // Nobody reviews their own unit: the organiser's own sheet was approved by the ward's leadership.
      const approver = reviewer && reviewer.unitId !== sheet.unitId ? reviewer.id : null;
      await manager.update(ScoreSheet, sheet.id, {
        status: plan.status,
        submittedAt: times.submittedAt,
        submittedBy: times.submittedAt ? (accounts.get(code)?.id ?? null) : null,
        firstReviewedAt: times.firstReviewedAt,
        firstReviewedBy: times.firstReviewedAt ? (leaderUser?.id ?? null) : null,
        approvedAt: times.approvedAt,
        approvedBy: times.approvedAt ? approver : null,
        returnReason: plan.status === 'RETURNED' ? DEMO_RETURN_REASON : null,
        replyDueAt: times.replyDueAt,
        deadlineOverride: times.deadlineOverride,
        lateDays: times.lateDays,
        mark: plan.mark ?? null,
        markReason: plan.mark ? DEMO_MARK_REASON : null,
        markedBy: plan.mark ? (reviewer?.id ?? null) : null,
        markedAt: times.markedAt,
      });
      // The steps as the workflow records them, by the demo's staff; the status itself is the seeder's.
      const audit = { campaignId, sheetId: sheet.id };
      audits.push({
        ...audit,
        actorId: null,
        action: 'DEMO_SEEDED',
        field: 'status',
        oldValue: 'DRAFT',
        newValue: plan.status,
        reason: 'Dữ liệu mẫu',
      });
      if (times.deadlineOverride) {
        audits.push({
          ...audit,
          actorId: reviewer?.id ?? null,
          action: 'DEADLINE_EXTENDED',
          field: 'deadlineOverride',
          oldValue: period.submissionDeadline.toISOString(),
          newValue: { deadline: times.deadlineOverride.toISOString(), rescue: false },
          reason: DEMO_EXTENSION_REASON,
        });
      }
      if (times.returnedAt && times.replyDueAt) {
        const returner = firstRound ? (leaderUser?.id ?? null) : (reviewer?.id ?? null);
        audits.push(
          {
            ...audit,
            actorId: returner,
            action: 'SHEET_RETURNED',
            field: 'status',
            oldValue: 'SUBMITTED',
            newValue: 'RETURNED',
            reason: DEMO_RETURN_REASON,
          },
          {
            ...audit,
            actorId: returner,
            action: 'SHEET_RETURNED',
            field: 'replyDueAt',
            oldValue: null,
            newValue: times.replyDueAt.toISOString(),
            reason: firstRound ? 'first round (block leader)' : null,
          },
        );
      }
      // What the demo's staff find in their notifications: the return, and the sheets waiting for them.
      const officer = accounts.get(code);
      if (times.returnedAt && officer) {
        notices.push({
          userId: officer.id,
          kind: 'SHEET_RETURNED',
          sheet,
          extra: { reason: DEMO_RETURN_REASON, replyDueAt: times.replyDueAt?.toISOString() },
        });
      }
      const waitsFor =
        plan.status === 'SUBMITTED' && firstRound ? leaderUser : plan.status === 'FIRST_REVIEWED' ? reviewer : null;
      if (waitsFor) notices.push({ userId: waitsFor.id, kind: 'SHEET_TO_REVIEW', sheet, extra: {} });
      if (plan.mark) {
        audits.push({
          ...audit,
          actorId: reviewer?.id ?? null,
          action: 'SHEET_MARKED',
          field: 'mark',
          oldValue: null,
          newValue: plan.mark,
          reason: DEMO_MARK_REASON,
        });
      }
    }
    if (updates.length > 0) {
      await manager.query(
        `UPDATE score_entry e SET value = v.value, self_score = v.self, reviewed_score = v.reviewed, review_reason = v.reason
         FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::float8[], $5::text[]) AS v(id, value, self, reviewed, reason)
         WHERE e.id = v.id`,
        [
          updates.map((u) => u.id),
          updates.map((u) => u.value),
          updates.map((u) => u.self),
          updates.map((u) => u.reviewed),
          updates.map((u) => u.reason),
        ],
      );
    }
    if (evidence.length > 0) await manager.insert(Evidence, evidence);
    await recordAudit(manager, audits);
    for (const { userId, kind, sheet, extra } of notices) {
      const payload = { campaignId, periodId: sheet.periodId, sheetId: sheet.id, unitId: sheet.unitId, ...extra };
      await this.notifications.notifyUsers(manager, [userId], { kind, payload });
    }
  }

  /** The population each sheet's unit has of each RATE indicator's kind, by "unitId|kind" (roster, else declared). */
  private async ratePopulations(
    manager: EntityManager,
    indicators: readonly IndicatorDef[],
    sheets: readonly ScoreSheet[],
  ): Promise<Map<string, number>> {
    const kinds = [
      ...new Set(indicators.flatMap((i) => (i.kind === 'RATE' && i.populationKind ? [i.populationKind] : []))),
    ];
    const unitIds = [...new Set(sheets.map((s) => s.unitId))];
    const result = new Map<string, number>();
    for (const kind of kinds) {
      const figures = await this.populations.figures(unitIds, kind, manager);
      for (const [unitId, figure] of figures) if (figure.size > 0) result.set(`${unitId}|${kind}`, figure.size);
    }
    return result;
  }
}
