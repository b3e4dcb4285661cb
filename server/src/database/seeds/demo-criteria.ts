/**
 * The shape of the demo campaign's criteria sets (bộ tiêu chí; the sets themselves are in
 * demo-criteria-school.ts, -tdp.ts and -department.ts), one per block, as the ward's
 * appendix writes them: standards I, II… with criteria numbered 1, 2, 3 again inside
 * each, sub-criteria 2.1, and for every criterion its "Cách tính" (method) and
 * "Minh chứng yêu cầu" (evidenceText).
 *
 * Source: "Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung
 * ương Đảng khóa XIV" of UBND phường Hải An (/work/shared/domain/ke-hoach-tuyen-truyen-nq-tw2-khoa-xiv.txt):
 * section III (the six forms of propagation: mass media, cyberspace, oral propagation,
 * visual propaganda, cultural activities, the emulation movement) and section V (each
 * unit's tasks: a department issues its plan, reports to Phòng Văn hóa - Xã hội, handles
 * false information on social networks; a TDP holds its meeting and uses its
 * loudspeaker and Zalo group; a school its class activities and radio). The point
 * values, thresholds and targets are invented for the demo.
 */
import {
  indicatorCode,
  type Comparison,
  type ComputedSource,
  type IndicatorKind,
  type ThresholdStep,
} from '@thidua/shared';

/** One row of the appendix: a standard (GROUP with children) or a criterion. */
export interface DemoIndicator {
  /** STT, local to the parent: "I", "1", "2.1". */
  number: string;
  title: string;
  kind: IndicatorKind;
  maxPoints: number;
  /** Cách tính. */
  method: string;
  /** Minh chứng yêu cầu ('' for a standard: its criteria name theirs). */
  evidenceText: string;
  step?: number;
  target?: number;
  perItemPoints?: number;
  evidenceRequired?: boolean;
  computedSource?: ComputedSource;
  thresholds?: readonly ThresholdStep[];
  comparison?: Comparison;
  populationKind?: string;
  children?: readonly DemoIndicator[];
}

export interface DemoCriteriaSet {
  /** How the blocks name it (demo-campaign.ts). */
  key: 'SCHOOL' | 'TDP' | 'DEPARTMENT';
  name: string;
  indicators: readonly DemoIndicator[];
}

/** A criterion with its full code (II.2.1) and its parent's, in the appendix's order. */
export interface DemoIndicatorRow extends Omit<DemoIndicator, 'children'> {
  code: string;
  parentCode: string | null;
}

/** The appendix's rows, parents first, each with the full code `indicatorCode` gives it. */
export function flattenCriteria(indicators: readonly DemoIndicator[]): DemoIndicatorRow[] {
  const rows: DemoIndicatorRow[] = [];
  const walk = (list: readonly DemoIndicator[], parent: DemoIndicatorRow | null) => {
    for (const { children, ...indicator } of list) {
      const row = { ...indicator, code: indicatorCode(parent, indicator.number), parentCode: parent?.code ?? null };
      rows.push(row);
      if (children) walk(children, row);
    }
  };
  walk(indicators, null);
  return rows;
}
