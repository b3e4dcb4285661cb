/**
 * Demo organization tree of phường Hải An, as plain data (parents before children).
 *
 * Source: "Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành
 * Trung ương Đảng khóa XIV" of UBND phường Hải An
 * (/work/shared/domain/ke-hoach-tuyen-truyen-nq-tw2-khoa-xiv.txt).
 *
 * Taken from section V ("TỔ CHỨC THỰC HIỆN") of the plan, with the plan's own names:
 *   - V.1 (line 95):  Ban Xây dựng Đảng Đảng ủy phường               -> ORGANIZATION
 *   - V.2 (line 101): Phòng Văn hóa - Xã hội phường                 -> DEPARTMENT
 *   - V.3 (line 113): Phòng Kinh tế, Hạ tầng và Đô thị phường        -> DEPARTMENT
 *   - V.4 (line 117): Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường -> DEPARTMENT
 *   - V.5 (line 121): Trung tâm Dịch vụ Sự nghiệp công phường        -> DEPARTMENT
 *   - V.6 (line 135): "Các phòng, ban, đơn vị, các Tổ dân phố và các cơ sở giáo dục"
 *     names the unit types only, not individual bodies: it justifies the school and
 *     neighborhood-group blocks, whose members below are invented.
 * Section V names no Front or mass organization (Mặt trận Tổ quốc, Hội Cựu chiến binh,
 * Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Nông dân...). "Mặt trận Tổ quốc Việt Nam
 * phường" appears only in section I (line 19), so it is deliberately not listed here;
 * the Party body of V.1 is the only member of 'Khối Mặt trận và các đoàn thể'.
 *
 * Invented demo units (not in the plan):
 *   - the ward node and the four GROUP blocks (structure only);
 *   - the three schools and their classes;
 *   - Tổ dân phố số 1..8;
 *   - every eligiblePopulation figure (plausible values, not real statistics).
 *
 * eligiblePopulation is the number declared for the unit's main kind (populationKind);
 * a TDP also declares its households (alsoDeclared), about a third of its residents.
 * Units with a demo roster (demo-people.ts) count their roster instead; their declared
 * number is the roster's size (classes, departments) or the earlier estimate (TDPs,
 * schools, blocks). The departments count their civil servants; the preschool counts
 * its staff: its small children are no quiz population.
 */
import type { UnitKind } from '@thidua/shared';

export interface DemoUnit {
  /** Stable, upper-case ASCII, at most 40 characters. */
  code: string;
  /** Vietnamese name, NFC. */
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  eligiblePopulation: number;
  populationKind: string;
  /** Numbers declared for other kinds (a TDP's households: the campaign's household rates divide by it). */
  alsoDeclared?: Readonly<Record<string, number>>;
}

export const DEMO_ORGANIZATION: readonly DemoUnit[] = [
  // ---- Ward (invented node; the plan is issued by UBND phường Hải An) ----
  {
    code: 'PHUONG-HAI-AN',
    name: 'Phường Hải An',
    kind: 'WARD',
    parentCode: null,
    eligiblePopulation: 8000,
    populationKind: 'RESIDENTS',
  },

  // ---- Blocks (invented structure) ----
  {
    code: 'KHOI-PHONG-BAN',
    name: 'Khối các phòng, ban, trung tâm',
    kind: 'GROUP',
    parentCode: 'PHUONG-HAI-AN',
    eligiblePopulation: 79,
    populationKind: 'CIVIL_SERVANTS',
  },
  {
    code: 'KHOI-MAT-TRAN-DOAN-THE',
    name: 'Khối Mặt trận và các đoàn thể',
    kind: 'GROUP',
    parentCode: 'PHUONG-HAI-AN',
    eligiblePopulation: 8,
    populationKind: 'MEMBERS',
  },
  {
    code: 'KHOI-TRUONG',
    name: 'Khối trường học',
    kind: 'GROUP',
    parentCode: 'PHUONG-HAI-AN',
    eligiblePopulation: 1740,
    populationKind: 'STUDENTS',
  },
  {
    code: 'KHOI-TDP',
    name: 'Khối tổ dân phố',
    kind: 'GROUP',
    parentCode: 'PHUONG-HAI-AN',
    eligiblePopulation: 5415,
    populationKind: 'RESIDENTS',
  },

  // ---- Departments, centre and office: plan section V.2–V.5 ----
  {
    code: 'PHONG-VHXH',
    name: 'Phòng Văn hóa - Xã hội phường',
    kind: 'DEPARTMENT',
    parentCode: 'KHOI-PHONG-BAN',
    eligiblePopulation: 12,
    populationKind: 'CIVIL_SERVANTS',
  },
  {
    code: 'PHONG-KT-HT-DT',
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường',
    kind: 'DEPARTMENT',
    parentCode: 'KHOI-PHONG-BAN',
    eligiblePopulation: 15,
    populationKind: 'CIVIL_SERVANTS',
  },
  {
    code: 'VP-HDND-UBND',
    name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
    kind: 'DEPARTMENT',
    parentCode: 'KHOI-PHONG-BAN',
    eligiblePopulation: 22,
    populationKind: 'CIVIL_SERVANTS',
  },
  {
    code: 'TT-DV-SU-NGHIEP-CONG',
    name: 'Trung tâm Dịch vụ Sự nghiệp công phường',
    kind: 'DEPARTMENT',
    parentCode: 'KHOI-PHONG-BAN',
    eligiblePopulation: 30,
    populationKind: 'CIVIL_SERVANTS',
  },

  // ---- Party body: plan section V.1 ----
  {
    code: 'BAN-XAY-DUNG-DANG',
    name: 'Ban Xây dựng Đảng Đảng ủy phường',
    kind: 'ORGANIZATION',
    parentCode: 'KHOI-MAT-TRAN-DOAN-THE',
    eligiblePopulation: 8,
    populationKind: 'CIVIL_SERVANTS',
  },

  // ---- Schools and classes (invented demo units) ----
  {
    code: 'MN-HAI-AN',
    name: 'Trường Mầm non Hải An',
    kind: 'SCHOOL',
    parentCode: 'KHOI-TRUONG',
    eligiblePopulation: 32,
    populationKind: 'SCHOOL_STAFF',
  },
  {
    code: 'MN-HAI-AN-MAM-1',
    name: 'Lớp Mầm 1',
    kind: 'CLASS',
    parentCode: 'MN-HAI-AN',
    eligiblePopulation: 25,
    populationKind: 'STUDENTS',
  },
  {
    code: 'MN-HAI-AN-CHOI-1',
    name: 'Lớp Chồi 1',
    kind: 'CLASS',
    parentCode: 'MN-HAI-AN',
    eligiblePopulation: 28,
    populationKind: 'STUDENTS',
  },
  {
    code: 'MN-HAI-AN-LA-1',
    name: 'Lớp Lá 1',
    kind: 'CLASS',
    parentCode: 'MN-HAI-AN',
    eligiblePopulation: 30,
    populationKind: 'STUDENTS',
  },
  {
    code: 'TH-HAI-AN',
    name: 'Trường Tiểu học Hải An',
    kind: 'SCHOOL',
    parentCode: 'KHOI-TRUONG',
    eligiblePopulation: 780,
    populationKind: 'STUDENTS',
  },
  {
    code: 'TH-HAI-AN-1A',
    name: 'Lớp 1A',
    kind: 'CLASS',
    parentCode: 'TH-HAI-AN',
    eligiblePopulation: 32,
    populationKind: 'STUDENTS',
  },
  {
    code: 'TH-HAI-AN-3B',
    name: 'Lớp 3B',
    kind: 'CLASS',
    parentCode: 'TH-HAI-AN',
    eligiblePopulation: 30,
    populationKind: 'STUDENTS',
  },
  {
    code: 'TH-HAI-AN-5A',
    name: 'Lớp 5A',
    kind: 'CLASS',
    parentCode: 'TH-HAI-AN',
    eligiblePopulation: 35,
    populationKind: 'STUDENTS',
  },
  {
    code: 'THCS-HAI-AN',
    name: 'Trường THCS Hải An',
    kind: 'SCHOOL',
    parentCode: 'KHOI-TRUONG',
    eligiblePopulation: 640,
    populationKind: 'STUDENTS',
  },
  {
    code: 'THCS-HAI-AN-6A',
    name: 'Lớp 6A',
    kind: 'CLASS',
    parentCode: 'THCS-HAI-AN',
    eligiblePopulation: 38,
    populationKind: 'STUDENTS',
  },
  {
    code: 'THCS-HAI-AN-7B',
    name: 'Lớp 7B',
    kind: 'CLASS',
    parentCode: 'THCS-HAI-AN',
    eligiblePopulation: 36,
    populationKind: 'STUDENTS',
  },
  {
    code: 'THCS-HAI-AN-8C',
    name: 'Lớp 8C',
    kind: 'CLASS',
    parentCode: 'THCS-HAI-AN',
    eligiblePopulation: 35,
    populationKind: 'STUDENTS',
  },
  {
    code: 'THCS-HAI-AN-9A',
    name: 'Lớp 9A',
    kind: 'CLASS',
    parentCode: 'THCS-HAI-AN',
    eligiblePopulation: 34,
    populationKind: 'STUDENTS',
  },

  // ---- Neighborhood groups (invented demo units; ~3 residents per household) ----
  {
    code: 'TDP-01',
    name: 'Tổ dân phố số 1',
    kind: 'NEIGHBORHOOD_GROUP',
    parentCode: 'KHOI-TDP',
    eligiblePopulation: 960,
    populationKind: 'RESIDENTS',
    alsoDeclared: { HOUSEHOLDS: 320 },
  },
  {
    code: 'TDP-02',
    name: 'Tổ dân phố số 2',
    kind: 'NEIGHBORHOOD_GROUP',
    parentCode: 'KHOI-TDP',
    eligiblePopulation: 120, // smallest: 40 households
    populationKind: 'RESIDENTS',
    alsoDeclared: { HOUSEHOLDS: 40 },
  },
  {
    code: 'TDP-03',
    name: 'Tổ dân phố số 3',
    kind: 'NEIGHBORHOOD_GROUP',
    parentCode: 'KHOI-TDP',
    eligiblePopulation: 1200, // largest: 400 households
    populationKind: 'RESIDENTS',
    alsoDeclared: { HOUSEHOLDS: 400 },
  },
  {
    code: 'TDP-04',
    name: 'Tổ dân phố số 4',
    kind: 'NEIGHBORHOOD_GROUP',
    parentCode: 'KHOI-TDP',
    eligiblePopulation: 540,
    populationKind: 'RESIDENTS',
    alsoDeclared: { HOUSEHOLDS: 180 },
  },
  {
    code: 'TDP-05',
    name: 'Tổ dân phố số 5',
    kind: 'NEIGHBORHOOD_GROUP',
    parentCode: 'KHOI-TDP',
    eligiblePopulation: 780,
    populationKind: 'RESIDENTS',
    alsoDeclared: { HOUSEHOLDS: 260 },
  },
  {
    code: 'TDP-06',
    name: 'Tổ dân phố số 6',
    kind: 'NEIGHBORHOOD_GROUP',
    parentCode: 'KHOI-TDP',
    eligiblePopulation: 315,
    populationKind: 'RESIDENTS',
    alsoDeclared: { HOUSEHOLDS: 105 },
  },
  {
    code: 'TDP-07',
    name: 'Tổ dân phố số 7',
    kind: 'NEIGHBORHOOD_GROUP',
    parentCode: 'KHOI-TDP',
    eligiblePopulation: 1050,
    populationKind: 'RESIDENTS',
    alsoDeclared: { HOUSEHOLDS: 350 },
  },
  {
    code: 'TDP-08',
    name: 'Tổ dân phố số 8',
    kind: 'NEIGHBORHOOD_GROUP',
    parentCode: 'KHOI-TDP',
    eligiblePopulation: 450,
    populationKind: 'RESIDENTS',
    alsoDeclared: { HOUSEHOLDS: 150 },
  },
];
