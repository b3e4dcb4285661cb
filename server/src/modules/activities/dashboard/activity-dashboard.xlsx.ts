import { Injectable } from '@nestjs/common';
import { UNIT_KIND_FILE_LABELS, type ActivityForm, type UnitKind } from '@thidua/shared';
import { addTableSheet, createWorkbook, workbookBuffer } from '../../../common/xlsx/xlsx-workbook.js';
import { ActivityDashboardService, type ActivityDashboardQuery } from './activity-dashboard.service.js';

/** The plan's six forms as the plan names them (mục III). */
export const DASHBOARD_FORM_NAMES: Record<ActivityForm, string> = {
  MASS_MEDIA: 'Tuyên truyền trên các phương tiện thông tin đại chúng',
  CYBERSPACE: 'Tuyên truyền trên không gian mạng',
  ORAL: 'Tuyên truyền miệng',
  VISUAL: 'Cổ động trực quan',
  CULTURAL: 'Các hoạt động văn hóa, văn nghệ',
  EMULATION: 'Phong trào thi đua yêu nước',
};

/** The sheets' names, as the test and the office read them. */
export const DASHBOARD_SHEETS = {
  byForm: 'Theo hình thức',
  byUnit: 'Theo đơn vị',
  byBlock: 'Theo khối',
  byMonth: 'Theo tháng',
  silent: 'Đơn vị chưa báo cáo',
} as const;

const FIGURE_COLUMNS = [
  { header: 'Số hoạt động', key: 'activityCount', width: 14 },
  { header: 'Số lượng', key: 'quantity', width: 12 },
  { header: 'Số người tham dự', key: 'attendeeCount', width: 18 },
] as const;

const kindLabel = (kind: string) => UNIT_KIND_FILE_LABELS[kind as UnitKind] ?? kind;
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const vnMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/**
 * The dashboard as XLSX (the same figures as the page): by form, by unit, by block, by
 * month (form × month) and the silent units of the month, Vietnamese headers. Names are
 * written as text cells (xlsx-workbook: never formulas), so "=..." in a unit name stays inert.
 */
@Injectable()
export class ActivityDashboardXlsx {
  constructor(private readonly dashboard: ActivityDashboardService) {}

  async build(query: ActivityDashboardQuery): Promise<{ fileName: string; content: Buffer }> {
    const d = await this.dashboard.dashboard(query);
    const workbook = createWorkbook();

    const forms = addTableSheet(workbook, DASHBOARD_SHEETS.byForm, [
      { header: 'Hình thức', key: 'form', width: 50 },
      ...FIGURE_COLUMNS,
    ]);
    for (const r of d.byForm) forms.addRow({ ...r, form: DASHBOARD_FORM_NAMES[r.form] });
    forms.addRow({ form: 'Tổng cộng', ...d.total }).font = { bold: true };

    const units = addTableSheet(workbook, DASHBOARD_SHEETS.byUnit, [
      { header: 'Mã đơn vị', key: 'code', width: 14 },
      { header: 'Đơn vị', key: 'name', width: 36 },
      { header: 'Loại', key: 'kind', width: 14 },
      { header: 'Khối', key: 'blockName', width: 24 },
      ...FIGURE_COLUMNS,
    ]);
    for (const r of d.byUnit) units.addRow({ ...r, kind: kindLabel(r.kind), blockName: r.blockName ?? '' });

    const blocks = addTableSheet(workbook, DASHBOARD_SHEETS.byBlock, [
      { header: 'Mã khối', key: 'code', width: 14 },
      { header: 'Khối', key: 'name', width: 36 },
      { header: 'Số đơn vị', key: 'unitCount', width: 12 },
      ...FIGURE_COLUMNS,
    ]);
    for (const r of d.byBlock) blocks.addRow(r);

    const months = addTableSheet(workbook, DASHBOARD_SHEETS.byMonth, [
      { header: 'Tháng', key: 'month', width: 10 },
      { header: 'Hình thức', key: 'form', width: 50 },
      ...FIGURE_COLUMNS,
    ]);
    for (const r of d.byMonth) months.addRow({ ...r, month: vnMonth(r.month), form: DASHBOARD_FORM_NAMES[r.form] });

    const silent = addTableSheet(workbook, DASHBOARD_SHEETS.silent, [
      { header: 'Mã đơn vị', key: 'code', width: 14 },
      { header: 'Đơn vị', key: 'name', width: 36 },
      { header: 'Loại', key: 'kind', width: 14 },
      { header: 'Khối', key: 'blockName', width: 24 },
      { header: 'Tháng', key: 'month', width: 10 },
    ]);
    for (const r of d.silentUnits)
      silent.addRow({ ...r, kind: kindLabel(r.kind), blockName: r.blockName ?? '', month: vnMonth(d.month) });

    workbook.title = `${d.planTitle} (${vnDate(d.from)} - ${vnDate(d.to)})`;
    return {
      fileName: `tong-hop-hoat-dong-${d.from}-${d.to}`,
      content: await workbookBuffer(workbook),
    };
  }
}
