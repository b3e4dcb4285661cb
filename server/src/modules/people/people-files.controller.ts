import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { PERSON_ROSTER_COLUMNS, PERSON_ROSTER_TEMPLATE_ROWS, Role } from '@thidua/shared';
import { Roles } from '../../common/auth/decorators.js';
import { addTableSheet, createWorkbook, workbookBuffer } from '../../common/xlsx/xlsx-workbook.js';
import { PopulationKindsService } from './population-kinds.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The roster files: the import template (and, in person-results, a roster's results). */
@Controller('api/people')
export class PeopleFilesController {
  constructor(private readonly kinds: PopulationKindsService) {}

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
}
