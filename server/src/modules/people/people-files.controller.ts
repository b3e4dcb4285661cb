import { Controller, Get, Header, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { PERSON_ROSTER_COLUMNS, PERSON_ROSTER_TEMPLATE_ROWS, Role } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { addTableSheet, createWorkbook, workbookBuffer } from '../../common/xlsx/xlsx-workbook.js';
import { PersonRecordService } from './person-record.service.js';
import { PopulationKindsService } from './population-kinds.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The roster files: the import template and a roster's per-person results. */
@Controller('api/people')
export class PeopleFilesController {
  constructor(
    private readonly kinds: PopulationKindsService,
    private readonly records: PersonRecordService,
  ) {}

  @Get('roster-template.xlsx')
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  @Header('Content-Type', XLSX)
  @Header('Content-Disposition', 'attachment; filename="mau-danh-sach-nguoi.xlsx"')
  async rosterTemplate(): Promise<StreamableFile> {
    const workbook = createWorkbook();
    const sheet = addTableSheet(
      workbook,
      'Danh sách',
      PERSON_ROSTER_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: 22 })),
    );
    for (const row of PERSON_ROSTER_TEMPLATE_ROWS) sheet.addRow([...row]);
    // Dates as text, so Excel does not turn 09/03/2014 into 3 September.
    sheet.getColumn(2).numFmt = '@';
    const kinds = addTableSheet(workbook, 'Loại đối tượng', [
      { header: 'Loại đối tượng', key: 'label', width: 34 },
      { header: 'Mã', key: 'code', width: 18 },
    ]);
    for (const kind of await this.kinds.list()) {
      if (kind.active) kinds.addRow({ label: kind.labelVi, code: kind.code });
    }
    return new StreamableFile(await workbookBuffer(workbook));
  }

  @Get('units/:unitId/results.xlsx')
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  @Header('Content-Type', XLSX)
  @Header('Content-Disposition', 'attachment; filename="ket-qua-ca-nhan.xlsx"')
  async rosterResults(
    @CurrentUser() viewer: AuthUser,
    @Param('unitId', new ParseUUIDPipe()) unitId: string,
  ): Promise<StreamableFile> {
    const rows = await this.records.rosterResults(viewer, unitId);
    const kindLabels = new Map((await this.kinds.list()).map((k) => [k.code, k.labelVi]));
    const workbook = createWorkbook();
    const sheet = addTableSheet(workbook, 'Kết quả', [
      { header: 'STT', key: 'n', width: 6 },
      { header: 'Họ và tên', key: 'fullName', width: 28 },
      { header: 'Đơn vị', key: 'unitName', width: 24 },
      { header: 'Lớp / Tổ / Bộ phận', key: 'subUnit', width: 16 },
      { header: 'Loại đối tượng', key: 'kind', width: 20 },
      { header: 'Số trận trực tiếp', key: 'games', width: 12 },
      { header: 'Số câu đã trả lời', key: 'answered', width: 12 },
      { header: 'Tổng điểm trực tiếp', key: 'gamePoints', width: 14 },
      { header: 'Hạng cao nhất', key: 'bestGameRank', width: 12 },
      { header: 'Số cuộc thi', key: 'contests', width: 10 },
      { header: 'Số lượt nộp bài', key: 'attempts', width: 12 },
      { header: 'Điểm cao nhất cuộc thi', key: 'bestContestScore', width: 14 },
    ]);
    rows.forEach((row, i) => sheet.addRow({ ...row, n: i + 1, kind: kindLabels.get(row.kind) ?? row.kind }));
    return new StreamableFile(await workbookBuffer(workbook));
  }
}
