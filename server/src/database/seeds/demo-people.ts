/**
 * Demo rosters (danh sách) of the demo organization (demo-organization.ts), as plain
 * data generated from a fixed seed: every name is invented, and the same code gives
 * the same people, birth dates and personal codes on every installation.
 *
 *   - the classes of Trường Tiểu học Hải An and Trường THCS Hải An (pupils, STUDENTS,
 *     born in the year their grade implies for the 2026–2027 school year);
 *   - the staff of the three schools (SCHOOL_STAFF): the preschool has a staff roster
 *     only, its small children are not a quiz population;
 *   - the staff of the departments, the centre, the office and the Party body
 *     (CIVIL_SERVANTS);
 *   - the household list (HOUSEHOLDS, one entry named after the head, sub-unit = the
 *     address) and the adult residents (RESIDENTS) of three TDPs, and the Party members
 *     of their chi bộ (PARTY_MEMBERS).
 * Units not listed here keep the number demo-organization.ts declares for them.
 */
import { foldForSearch, normalizeText, personalCodeFromBytes } from '@thidua/shared';

export interface DemoPerson {
  unitCode: string;
  kind: string;
  /** NFC. */
  fullName: string;
  /** yyyy-mm-dd, or null when only the year is known. */
  birthDate: string | null;
  birthYear: number;
  subUnit: string;
  /** 8 characters of PERSONAL_CODE_ALPHABET (unformatted). */
  personalCode: string;
}

/** The school year the pupils' grades are counted in. */
export const DEMO_SCHOOL_YEAR = 2026;

/** Classes with a pupils' roster: unit code, grade, number of pupils. Lớp 3B has 30 (the browser test's class). */
export const DEMO_CLASSES: readonly { code: string; grade: number; pupils: number }[] = [
  { code: 'TH-HAI-AN-1A', grade: 1, pupils: 32 },
  { code: 'TH-HAI-AN-3B', grade: 3, pupils: 30 },
  { code: 'TH-HAI-AN-5A', grade: 5, pupils: 35 },
  { code: 'THCS-HAI-AN-6A', grade: 6, pupils: 38 },
  { code: 'THCS-HAI-AN-7B', grade: 7, pupils: 36 },
  { code: 'THCS-HAI-AN-8C', grade: 8, pupils: 35 },
  { code: 'THCS-HAI-AN-9A', grade: 9, pupils: 34 },
];

/** School staff: unit code, number, share of women, their teams (tổ). */
export const DEMO_SCHOOL_STAFF: readonly { code: string; staff: number; women: number; teams: readonly string[] }[] = [
  {
    code: 'MN-HAI-AN',
    staff: 32,
    women: 0.97,
    teams: ['Ban giám hiệu', 'Tổ Nhà trẻ', 'Tổ Mẫu giáo', 'Tổ Mẫu giáo', 'Tổ Nuôi dưỡng', 'Tổ Văn phòng'],
  },
  {
    code: 'TH-HAI-AN',
    staff: 40,
    women: 0.85,
    teams: ['Ban giám hiệu', 'Tổ khối 1', 'Tổ khối 2', 'Tổ khối 3', 'Tổ khối 4', 'Tổ khối 5', 'Tổ Văn phòng'],
  },
  {
    code: 'THCS-HAI-AN',
    staff: 45,
    women: 0.72,
    teams: [
      'Ban giám hiệu',
      'Tổ Toán - Tin',
      'Tổ Khoa học tự nhiên',
      'Tổ Ngữ văn',
      'Tổ Khoa học xã hội',
      'Tổ Ngoại ngữ',
      'Tổ Văn phòng',
    ],
  },
];

/** Civil servants: unit code, number (demo-organization.ts declares the same), their sections (bộ phận). */
export const DEMO_CIVIL_SERVANTS: readonly { code: string; staff: number; sections: readonly string[] }[] = [
  {
    code: 'PHONG-VHXH',
    staff: 12,
    sections: ['Lãnh đạo phòng', 'Văn hóa - Thông tin', 'Giáo dục', 'Lao động - Xã hội'],
  },
  {
    code: 'PHONG-KT-HT-DT',
    staff: 15,
    sections: ['Lãnh đạo phòng', 'Kinh tế', 'Quản lý đô thị', 'Địa chính - Xây dựng', 'Tài nguyên - Môi trường'],
  },
  {
    code: 'VP-HDND-UBND',
    staff: 22,
    sections: [
      'Lãnh đạo văn phòng',
      'Tổng hợp',
      'Bộ phận Một cửa',
      'Tư pháp - Hộ tịch',
      'Kế toán',
      'Văn thư - Lưu trữ',
    ],
  },
  {
    code: 'TT-DV-SU-NGHIEP-CONG',
    staff: 30,
    sections: ['Ban giám đốc', 'Văn hóa - Thể thao', 'Truyền thanh', 'Dịch vụ công', 'Vệ sinh môi trường'],
  },
  { code: 'BAN-XAY-DUNG-DANG', staff: 8, sections: ['Lãnh đạo ban', 'Tổ chức', 'Tuyên giáo', 'Kiểm tra'] },
];

/** TDPs with household and resident lists: unit code, households, their streets, Party members of the chi bộ. */
export const DEMO_NEIGHBORHOODS: readonly {
  code: string;
  households: number;
  streets: readonly string[];
  partyMembers: number;
}[] = [
  { code: 'TDP-02', households: 40, streets: ['Văn Cao', 'ngõ 12 Văn Cao'], partyMembers: 14 },
  { code: 'TDP-06', households: 105, streets: ['Cát Bi', 'ngõ 5 Cát Bi', 'ngõ 27 Cát Bi'], partyMembers: 26 },
  {
    code: 'TDP-08',
    households: 150,
    streets: ['Đông Hải', 'ngõ 18 Đông Hải', 'ngõ 42 Đông Hải', 'Thư Trung'],
    partyMembers: 31,
  },
];

// ---- Names ------------------------------------------------------------------------

/** Family names with rough weights (per cent of the population). */
const FAMILY_NAMES: readonly [string, number][] = [
  ['Nguyễn', 36],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 8],
  ['Hoàng', 5],
  ['Vũ', 5],
  ['Phan', 4],
  ['Đặng', 3],
  ['Bùi', 3],
  ['Đỗ', 3],
  ['Huỳnh', 2],
  ['Võ', 2],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 2],
  ['Lý', 1],
];

/** Middle names (tên đệm) by sex, for people born before about 1985 and after. */
const MIDDLE = {
  maleOld: ['Văn', 'Văn', 'Văn', 'Đức', 'Quang', 'Hữu', 'Xuân', 'Ngọc', 'Công', 'Mạnh', 'Thế', 'Đình'],
  maleYoung: [
    'Minh',
    'Đức',
    'Gia',
    'Quang',
    'Hoàng',
    'Anh',
    'Bảo',
    'Tuấn',
    'Hải',
    'Nhật',
    'Đăng',
    'Thành',
    'Trung',
    'Văn',
  ],
  femaleOld: ['Thị', 'Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Hồng', 'Minh'],
  femaleYoung: [
    'Ngọc',
    'Thu',
    'Minh',
    'Phương',
    'Bảo',
    'Khánh',
    'Hà',
    'Thanh',
    'Quỳnh',
    'Diệu',
    'Gia',
    'Tuệ',
    'Thị',
    'Hoài',
  ],
} as const;

const GIVEN = {
  maleOld: [
    'Hùng',
    'Thắng',
    'Lợi',
    'Bình',
    'Hòa',
    'Sơn',
    'Thịnh',
    'Tâm',
    'Toàn',
    'Quý',
    'Nghĩa',
    'Cường',
    'Dũng',
    'Hải',
    'Long',
    'Thành',
    'Tiến',
    'Trung',
    'Vinh',
    'Khải',
    'Chiến',
    'Tuấn',
    'Hưng',
    'Phúc',
    'Đức',
    'Hiển',
  ],
  maleYoung: [
    'An',
    'Bách',
    'Duy',
    'Đạt',
    'Hiếu',
    'Huy',
    'Khang',
    'Khánh',
    'Khoa',
    'Khôi',
    'Kiên',
    'Kiệt',
    'Lâm',
    'Lộc',
    'Long',
    'Minh',
    'Nam',
    'Nhân',
    'Phát',
    'Phong',
    'Phúc',
    'Quân',
    'Sơn',
    'Tài',
    'Thịnh',
    'Tùng',
    'Việt',
    'Vũ',
    'Hưng',
    'Hào',
    'Đăng',
    'Phú',
    'Tuấn',
    'Dũng',
    'Trí',
    'Bảo',
  ],
  femaleOld: [
    'Lan',
    'Hoa',
    'Hằng',
    'Nga',
    'Hương',
    'Thu',
    'Hà',
    'Tuyết',
    'Xuân',
    'Liên',
    'Bích',
    'Huệ',
    'Hạnh',
    'Loan',
    'Mai',
    'Nhung',
    'Oanh',
    'Thủy',
    'Vân',
    'Yến',
    'Dung',
    'Hiền',
    'Phượng',
    'Lý',
    'Thanh',
  ],
  femaleYoung: [
    'Anh',
    'Chi',
    'Diệp',
    'Giang',
    'Hà',
    'Hân',
    'Hiền',
    'Huyền',
    'Khuê',
    'Linh',
    'Mai',
    'My',
    'Ngân',
    'Ngọc',
    'Nhi',
    'Như',
    'Phương',
    'Quỳnh',
    'Tâm',
    'Thảo',
    'Thư',
    'Trang',
    'Trâm',
    'Uyên',
    'Vy',
    'Yến',
    'An',
    'Châu',
    'Hằng',
    'Trinh',
    'Thanh',
    'Lam',
  ],
} as const;

// ---- A small seeded generator -------------------------------------------------------

/** A 32-bit hash of a string (FNV-1a): one independent stream per unit and roster. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, and the same on every platform. */
class Prng {
  private state: number;
  constructor(seed: string) {
    this.state = hashSeed(seed);
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => Math.floor(this.next() * 256));
  }
}

type Sex = 'M' | 'F';

function personName(rng: Prng, sex: Sex, birthYear: number, familyName = rng.weighted(FAMILY_NAMES)): string {
  const era = birthYear < 1985 ? 'Old' : 'Young';
  const key = `${sex === 'M' ? 'male' : 'female'}${era}` as const;
  let middle = rng.pick(MIDDLE[key]);
  while (middle === familyName) middle = rng.pick(MIDDLE[key]);
  let given = rng.pick(GIVEN[key]);
  while (given === middle) given = rng.pick(GIVEN[key]);
  return normalizeText(`${familyName} ${middle} ${given}`);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date in `year` (yyyy-mm-dd). */
function birthDateIn(rng: Prng, year: number, fromMonth = 1, toMonth = 12): string {
  const month = rng.int(fromMonth, toMonth);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(rng.int(1, days))}`;
}

/** The key a roster matches duplicates on, as the people module computes it. */
export function demoIdentityKey(p: Pick<DemoPerson, 'fullName' | 'birthDate' | 'birthYear'>): string {
  return `${foldForSearch(p.fullName)}|${p.birthDate ?? p.birthYear}`;
}

interface Draft {
  kind: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
  subUnit: string;
}

/** Adds drafts to a roster, redrawing a name when the unit already lists the same name and birth. */
class Roster {
  readonly people: DemoPerson[] = [];
  private readonly keys = new Set<string>();
  constructor(
    private readonly unitCode: string,
    private readonly codes: Prng,
    private readonly usedCodes: Set<string>,
  ) {}
  add(draft: Draft, redraw: () => string): DemoPerson {
    let person = { ...draft };
    while (this.keys.has(`${person.kind}|${demoIdentityKey(person)}`)) person = { ...person, fullName: redraw() };
    this.keys.add(`${person.kind}|${demoIdentityKey(person)}`);
    let code = personalCodeFromBytes(this.codes.bytes(7));
    while (this.usedCodes.has(code)) code = personalCodeFromBytes(this.codes.bytes(7));
    this.usedCodes.add(code);
    const added = { unitCode: this.unitCode, ...person, personalCode: code };
    this.people.push(added);
    return added;
  }
}

function adult(
  rng: Prng,
  roster: Roster,
  kind: string,
  subUnit: string,
  women: number,
  years: [number, number],
): DemoPerson {
  const sex: Sex = rng.chance(women) ? 'F' : 'M';
  const year = rng.int(years[0], years[1]);
  return roster.add(
    { kind, fullName: personName(rng, sex, year), birthDate: birthDateIn(rng, year), birthYear: year, subUnit },
    () => personName(rng, sex, year),
  );
}

function className(unitCode: string): string {
  return unitCode.slice(unitCode.lastIndexOf('-') + 1);
}

function pupils(usedCodes: Set<string>): DemoPerson[] {
  return DEMO_CLASSES.flatMap(({ code, grade, pupils: size }) => {
    const rng = new Prng(`pupils:${code}`);
    const roster = new Roster(code, new Prng(`codes:${code}:STUDENTS`), usedCodes);
    const year = DEMO_SCHOOL_YEAR - 5 - grade;
    for (let i = 0; i < size; i += 1) {
      const sex: Sex = rng.chance(0.5) ? 'F' : 'M';
      roster.add(
        {
          kind: 'STUDENTS',
          fullName: personName(rng, sex, year),
          birthDate: birthDateIn(rng, year),
          birthYear: year,
          subUnit: className(code),
        },
        () => personName(rng, sex, year),
      );
    }
    return roster.people;
  });
}

function schoolStaff(usedCodes: Set<string>): DemoPerson[] {
  return DEMO_SCHOOL_STAFF.flatMap(({ code, staff, women, teams }) => {
    const rng = new Prng(`staff:${code}`);
    const roster = new Roster(code, new Prng(`codes:${code}:SCHOOL_STAFF`), usedCodes);
    for (let i = 0; i < staff; i += 1) {
      // The school board first (three people), then the teams in turn.
      const team = i < 3 ? teams[0] : teams[1 + ((i - 3) % (teams.length - 1))];
      adult(rng, roster, 'SCHOOL_STAFF', team, women, i < 3 ? [1970, 1985] : [1966, 2002]);
    }
    return roster.people;
  });
}

function civilServants(usedCodes: Set<string>): DemoPerson[] {
  return DEMO_CIVIL_SERVANTS.flatMap(({ code, staff, sections }) => {
    const rng = new Prng(`civil:${code}`);
    const roster = new Roster(code, new Prng(`codes:${code}:CIVIL_SERVANTS`), usedCodes);
    for (let i = 0; i < staff; i += 1) {
      const section = i < 2 ? sections[0] : sections[1 + ((i - 2) % (sections.length - 1))];
      adult(rng, roster, 'CIVIL_SERVANTS', section, 0.55, i < 2 ? [1968, 1982] : [1968, 2001]);
    }
    return roster.people;
  });
}

/** A household of a TDP: its head, and the adults who live there (the residents' roster). */
function neighborhood(
  usedCodes: Set<string>,
  { code, households, streets, partyMembers }: (typeof DEMO_NEIGHBORHOODS)[number],
): DemoPerson[] {
  const rng = new Prng(`tdp:${code}`);
  const homes = new Roster(code, new Prng(`codes:${code}:HOUSEHOLDS`), usedCodes);
  const residents = new Roster(code, new Prng(`codes:${code}:RESIDENTS`), usedCodes);
  const members = new Roster(code, new Prng(`codes:${code}:PARTY_MEMBERS`), usedCodes);
  const numbers = new Map<string, number>();
  const adults: DemoPerson[] = [];
  const resident = (sex: Sex, year: number, address: string, familyName?: string): DemoPerson => {
    // Older people on a TDP list are often known by their year of birth only.
    const dateKnown = year >= 1950 || rng.chance(0.4);
    const added = residents.add(
      {
        kind: 'RESIDENTS',
        fullName: personName(rng, sex, year, familyName),
        birthDate: dateKnown ? birthDateIn(rng, year) : null,
        birthYear: year,
        subUnit: address,
      },
      () => personName(rng, sex, year, familyName),
    );
    adults.push(added);
    return added;
  };
  for (let h = 0; h < households; h += 1) {
    const street = streets[h % streets.length];
    const number = (numbers.get(street) ?? 0) + rng.int(1, 4);
    numbers.set(street, number);
    const address = street.startsWith('ngõ') ? `Số ${number}, ${street}` : `Số ${number} ${street}`;
    const headSex: Sex = rng.chance(0.72) ? 'M' : 'F';
    const headYear = rng.int(1945, 1996);
    const head = resident(headSex, headYear, address);
    homes.add(
      {
        kind: 'HOUSEHOLDS',
        fullName: head.fullName,
        birthDate: head.birthDate,
        birthYear: head.birthYear,
        subUnit: address,
      },
      () => head.fullName,
    );
    const headFamily = head.fullName.split(' ')[0];
    if (rng.chance(headYear < 1950 ? 0.45 : 0.85)) {
      const spouseYear = Math.min(2006, Math.max(1940, headYear + rng.int(-3, 6) * (headSex === 'M' ? 1 : -1)));
      resident(headSex === 'M' ? 'F' : 'M', spouseYear, address);
    }
    // Grown-up children still at home (they carry the father's family name; a woman head's children are counted alike).
    if (headYear < 1985) {
      const children = rng.int(0, headYear < 1970 ? 2 : 1);
      for (let c = 0; c < children; c += 1) {
        const year = Math.min(2007, headYear + rng.int(22, 34));
        resident(rng.chance(0.5) ? 'F' : 'M', year, address, headSex === 'M' ? headFamily : undefined);
      }
    }
    // A grandparent living with a young family.
    if (headYear > 1978 && rng.chance(0.3)) resident(rng.chance(0.65) ? 'F' : 'M', rng.int(1940, 1955), address);
  }
  // The chi bộ: Party members among the residents aged 30 and more.
  const older = adults.filter((p) => p.birthYear <= DEMO_SCHOOL_YEAR - 30);
  const chosen = new Set<DemoPerson>();
  while (chosen.size < Math.min(partyMembers, older.length)) chosen.add(rng.pick(older));
  const unitNumber = Number(code.slice(code.lastIndexOf('-') + 1));
  for (const p of adults.filter((a) => chosen.has(a)))
    members.add(
      {
        kind: 'PARTY_MEMBERS',
        fullName: p.fullName,
        birthDate: p.birthDate,
        birthYear: p.birthYear,
        subUnit: `Chi bộ Tổ dân phố số ${unitNumber}`,
      },
      () => p.fullName,
    );
  return [...homes.people, ...residents.people, ...members.people];
}

/** Every demo person, in roster order (unit, kind, then as listed). */
export function demoPeople(): DemoPerson[] {
  const usedCodes = new Set<string>();
  return [
    ...pupils(usedCodes),
    ...schoolStaff(usedCodes),
    ...civilServants(usedCodes),
    ...DEMO_NEIGHBORHOODS.flatMap((n) => neighborhood(usedCodes, n)),
  ];
}
