import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ContestFlagKind,
  foldForSearch,
  formatPersonalCode,
  IdentityMode,
  normalizePhone,
  normalizeText,
  parsePersonalCode,
  personalCodeFromBytes,
} from '@thidua/shared';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RateLimits, type RateLimit } from '../../common/rate-limit/rate-limits.js';
import { IdentityService, type IdentityClaim } from '../people/identity.service.js';
import { PhoneVault } from '../people/phone-vault.js';
import { ContestSecrets, tokenHash } from './contest-secrets.js';
import { ContestsError, rateLimited } from './contests.errors.js';
import { ContestsService } from './contests.service.js';
import { ContestFlag } from './entities/contest-flag.entity.js';
import type { Contest } from './entities/contest.entity.js';
import { Entrant } from './entities/entrant.entity.js';

export interface RegisterEntrantCommand {
  contestId: string;
  consent: boolean;
  /** The roster way: a personal code, or a person picked in the roster search + their birth year. */
  personalCode?: string | null;
  personId?: string | null;
  birthYear?: number | null;
  /** The phone way (unverified). */
  fullName?: string | null;
  unitId?: string | null;
  phone?: string | null;
  /** The phone way on a new device: the entrant code given at the first registration. */
  entrantCode?: string | null;
  /** The entrant token this device holds, if any. */
  entrantToken?: string | null;
}

export interface Registration {
  token: string;
  entrant: Entrant;
  /** Formatted "XXXX-XXXX", only when it was just issued (first phone registration). */
  entrantCode: string | null;
}

/**
 * Who the entrant is: registration by roster (personal code, or name + birth year) or
 * by phone, the entrant code (mã dự thi) for a phone entrant's new device, the sealed
 * phone number, and the entrant token each device holds. Entrants have no account.
 *
 * Rate limits (shared by every node through Redis when it is configured): generous
 * per client address — a school lab or a whole ward office behind one NAT registers
 * hundreds of people in minutes — and tight per phone number, where abuse would
 * actually come from.
 */
@Injectable()
export class EntrantRegistrationService {
  private readonly registerPerAddress: RateLimit;
  private readonly registerPerPhone: RateLimit;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly secrets: ContestSecrets,
    private readonly identity: IdentityService,
    private readonly vault: PhoneVault,
    limits: RateLimits,
  ) {
    this.registerPerAddress = limits.create('contest-register:address', 1500, 60_000);
    this.registerPerPhone = limits.create('contest-register:phone', 10, 10 * 60_000);
  }

  /**
   * Registers an entrant, or recognizes a returning one.
   *
   * The roster way (`personalCode`, or `personId` + `birthYear`) is verified by the
   * IdentityService within the contest's eligible units: the entrant is that person (their
   * roster unit and name), and the same person registering again — from another device —
   * is the same entrant with a new entrant token.
   *
   * The phone way (refused in ROSTER_ONLY contests) gives an unverified entrant, never
   * counted for a unit. The first registration issues an entrant code (mã dự thi), shown
   * once. A returning phone + birth year is recognized only on the device that holds the
   * entrant token or with the entrant code; otherwise it is refused and nothing changes,
   * so knowing someone's number and birth year can neither revoke their device nor start
   * (and burn) their attempts. The same phone under another name is flagged
   * DUPLICATE_PERSON; under another birth year it is refused (and flagged).
   */
  async register(input: RegisterEntrantCommand, address: string): Promise<Registration> {
    if (!(await this.registerPerAddress.take(address)))
      throw rateLimited(await this.registerPerAddress.retryAfterSeconds(address));
    if (input.personalCode || input.personId) {
      if (input.consent !== true)
        throw new ContestsError('CONSENT_REQUIRED', 'Agree to the rules and to the use of your data to take part');
      const contest = await this.contests.openContest(input.contestId);
      return this.registerFromRoster(contest, input, address);
    }
    if (!input.phone && !input.fullName && !input.unitId)
      throw new ContestsError('IDENTITY_REQUIRED', 'Enter your personal code, or find your name on the roster');
    const phone = normalizePhone(input.phone ?? '');
    if (!phone) throw new ContestsError('PHONE_INVALID', 'Enter a 10-digit phone number', { field: 'phone' });
    if (!(await this.registerPerPhone.take(phone)))
      throw rateLimited(await this.registerPerPhone.retryAfterSeconds(phone));
    if (input.consent !== true)
      throw new ContestsError('CONSENT_REQUIRED', 'Agree to the rules and to the use of your data to take part');
    const contest = await this.contests.openContest(input.contestId);
    if (contest.identityMode === IdentityMode.ROSTER_ONLY)
      throw new ContestsError(
        'ROSTER_REQUIRED',
        'This contest is for the people on their unit’s roster: enter your personal code, or find your name and confirm your year of birth',
      );
    return this.registerByPhone(contest, input, phone);
  }

  private async registerFromRoster(
    contest: Contest,
    input: RegisterEntrantCommand,
    address: string,
  ): Promise<Registration> {
    let claim: IdentityClaim;
    if (input.personalCode) claim = { personalCode: input.personalCode };
    else if (typeof input.birthYear === 'number') claim = { personId: input.personId!, birthYear: input.birthYear };
    else throw new ContestsError('CONTEST_INVALID', 'Confirm your year of birth', { field: 'birthYear' });
    const person = await this.identity.identify(
      claim,
      contest.eligibleUnitIds.length > 0 ? contest.eligibleUnitIds : null,
      address,
    );
    const [row]: { year: number | null }[] = await this.dataSource.query(
      'SELECT coalesce(birth_year, extract(year FROM birth_date)::int) AS year FROM person WHERE id = $1',
      [person.id],
    );
    const { token, hash } = this.secrets.newToken();
    const entrants = this.dataSource.getRepository(Entrant);
    await entrants
      .createQueryBuilder()
      .insert()
      .values({
        contestId: contest.id,
        personId: person.id,
        fullName: person.fullName,
        birthYear: row?.year ?? input.birthYear ?? 0,
        unitId: person.unitId,
        phoneHash: null,
        phoneMasked: null,
        phoneCiphertext: null,
        entrantCodeHash: null,
        tokenHash: hash,
        consentAt: new Date(),
      })
      .orIgnore()
      .execute();
    const entrant = await entrants.findOneByOrFail({ contestId: contest.id, personId: person.id });
    if (entrant.tokenHash !== hash) {
      // The same person from another device: the same entrant, with this device's token.
      Object.assign(entrant, { tokenHash: hash, fullName: person.fullName, unitId: person.unitId });
      await entrants.update(entrant.id, { tokenHash: hash, fullName: person.fullName, unitId: person.unitId });
    }
    return { token, entrant, entrantCode: null };
  }

  private async registerByPhone(contest: Contest, input: RegisterEntrantCommand, phone: string): Promise<Registration> {
    const fullName = normalizeText(input.fullName ?? '').normalize('NFC');
    if (!fullName) throw new ContestsError('CONTEST_INVALID', 'Enter your full name', { field: 'fullName' });
    const birthYear = input.birthYear ?? 0;
    const year = new Date().getFullYear();
    if (birthYear < year - 120 || birthYear > year)
      throw new ContestsError('CONTEST_INVALID', 'The year of birth is not plausible', { field: 'birthYear' });
    if (!input.unitId || !(await this.contests.eligibleUnitIds(contest)).has(input.unitId))
      throw new ContestsError('UNIT_NOT_ELIGIBLE', 'This unit does not take part in the contest', { field: 'unitId' });

    const sealed = this.vault.seal(phone);
    const code = newEntrantCode();
    const { token, hash } = this.secrets.newToken();
    const entrants = this.dataSource.getRepository(Entrant);
    await entrants
      .createQueryBuilder()
      .insert()
      .values({
        contestId: contest.id,
        fullName,
        birthYear,
        unitId: input.unitId,
        phoneHash: sealed.hash,
        phoneMasked: sealed.masked,
        phoneCiphertext: sealed.ciphertext,
        entrantCodeHash: tokenHash(code),
        tokenHash: hash,
        consentAt: new Date(),
      })
      .orIgnore()
      .execute();
    const entrant = await entrants.findOneByOrFail({ contestId: contest.id, phoneHash: sealed.hash });
    if (entrant.tokenHash === hash) return { token, entrant, entrantCode: formatPersonalCode(code) };

    // A returning phone number.
    if (entrant.birthYear !== birthYear) {
      await this.flagDuplicate(entrant, { reason: 'BIRTH_YEAR', otherName: fullName, otherBirthYear: birthYear });
      throw new ContestsError(
        'BIRTH_YEAR_MISMATCH',
        'This phone number is registered with another year of birth; check it or contact the organizers',
      );
    }
    const sameDevice = Boolean(input.entrantToken) && tokenHash(input.entrantToken!) === entrant.tokenHash;
    if (!sameDevice) {
      if (!input.entrantCode)
        throw new ContestsError(
          'ENTRANT_CODE_REQUIRED',
          'This phone number is already registered. On a new device, also enter the entrant code (mã dự thi) you were given at registration',
          { field: 'entrantCode' },
        );
      if (!entrantCodeMatches(input.entrantCode, entrant.entrantCodeHash))
        throw new ContestsError(
          'ENTRANT_CODE_INVALID',
          'This entrant code does not match; check it, or ask the organizers',
          { field: 'entrantCode' },
        );
    }
    if (foldForSearch(entrant.fullName) !== foldForSearch(fullName))
      await this.flagDuplicate(entrant, { reason: 'NAME', otherName: fullName, otherBirthYear: birthYear });
    const changes: Partial<Entrant> = { tokenHash: hash };
    // Rows from before phones were kept encrypted get the sealed number; before codes, a code.
    if (!entrant.phoneCiphertext) changes.phoneCiphertext = sealed.ciphertext;
    let issued: string | null = null;
    if (!entrant.entrantCodeHash) {
      issued = formatPersonalCode(code);
      changes.entrantCodeHash = tokenHash(code);
    }
    await entrants.update(entrant.id, changes);
    Object.assign(entrant, changes);
    return { token, entrant, entrantCode: issued };
  }

  private async flagDuplicate(entrant: Entrant, details: Record<string, unknown>): Promise<void> {
    const flags = this.dataSource.getRepository(ContestFlag);
    const existing = await flags.find({ where: { entrantId: entrant.id, kind: ContestFlagKind.DUPLICATE_PERSON } });
    if (
      existing.some(
        (f) => f.details.otherName === details.otherName && f.details.otherBirthYear === details.otherBirthYear,
      )
    )
      return;
    await flags.insert({
      contestId: entrant.contestId,
      entrantId: entrant.id,
      attemptId: null,
      kind: ContestFlagKind.DUPLICATE_PERSON,
      details: { ...details, registeredName: entrant.fullName, registeredBirthYear: entrant.birthYear },
    });
  }

  async entrantByToken(token: string): Promise<Entrant> {
    const entrant = await this.dataSource.getRepository(Entrant).findOneBy({ tokenHash: tokenHash(token) });
    if (!entrant) throw new ContestsError('ENTRANT_TOKEN_INVALID', 'Register again to continue');
    return entrant;
  }
}

/** A new entrant code (mã dự thi): 8 characters of the personal-code alphabet, with a check character. */
function newEntrantCode(): string {
  return personalCodeFromBytes(randomBytes(7));
}

function entrantCodeMatches(input: string, storedHash: string | null): boolean {
  const code = parsePersonalCode(input);
  if (!code || !storedHash) return false;
  const a = Buffer.from(tokenHash(code), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
