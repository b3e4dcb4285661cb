/**
 * The departments' criteria (see demo-criteria.ts for the source): a department issues
 * its plan, briefs its civil servants, feeds the ward portal (its items scored against
 * the block's best, the cluster rule) and reports to Phòng Văn hóa - Xã hội.
 */
import type { DemoCriteriaSet } from './demo-criteria.js';

export const DEMO_DEPARTMENT_CRITERIA: DemoCriteriaSet = {
  key: 'DEPARTMENT',
  name: 'Bộ tiêu chí khối các phòng, ban, trung tâm',
  indicators: [
    {
      number: 'I',
      kind: 'GROUP',
      maxPoints: 20,
      title: 'Ban hành và tổ chức thực hiện kế hoạch (mục V)',
      method: 'Tổng điểm các tiêu chí 1 đến 3.',
      evidenceText: '',
      children: [
        {
          number: '1',
          kind: 'YES_NO',
          maxPoints: 6,
          evidenceRequired: true,
          title: 'Ban hành kế hoạch tuyên truyền Nghị quyết của cơ quan, đơn vị',
          method: 'Có kế hoạch ban hành trước ngày 15/5/2026: 6 điểm; không có: 0 điểm.',
          evidenceText: 'Kế hoạch của đơn vị (bản chụp có số, ký hiệu).',
        },
        {
          number: '2',
          kind: 'RATE',
          maxPoints: 8,
          populationKind: 'CIVIL_SERVANTS',
          thresholds: [
            { atLeast: 95, points: 8 },
            { atLeast: 80, points: 5 },
          ],
          evidenceRequired: true,
          title: 'Tỷ lệ cán bộ, công chức, viên chức được quán triệt Nghị quyết tại hội nghị, cuộc họp giao ban',
          method:
            'Số người dự ÷ tổng số cán bộ, công chức, viên chức của đơn vị. ' +
            'Từ 95 % trở lên: 8 điểm; từ 80 % đến dưới 95 %: 5 điểm; dưới 80 %: 0 điểm.',
          evidenceText: 'Danh sách ký dự hội nghị, biên bản cuộc họp giao ban.',
        },
        {
          number: '3',
          kind: 'YES_NO',
          maxPoints: 6,
          title: 'Cung cấp thông tin, nhiệm vụ tuyên truyền để Phòng Văn hóa - Xã hội phường tổng hợp, báo cáo',
          method: 'Có cung cấp: 6 điểm; không: 0 điểm.',
          evidenceText: 'Văn bản gửi Phòng Văn hóa - Xã hội phường.',
        },
      ],
    },
    {
      number: 'II',
      kind: 'GROUP',
      maxPoints: 30,
      title: 'Tuyên truyền trên phương tiện thông tin đại chúng và không gian mạng (mục III.1, III.2)',
      method: 'Tổng điểm các tiêu chí 1 đến 3.',
      evidenceText: '',
      children: [
        {
          number: '1',
          kind: 'RELATIVE_TO_BEST',
          maxPoints: 15,
          target: 6,
          evidenceRequired: true,
          title: 'Tin, bài về Nghị quyết đăng trên Cổng thông tin điện tử phường, đài truyền thanh phường',
          method:
            'Chỉ tiêu 6 tin, bài. Dưới chỉ tiêu: 0,5 × 15 × số tin, bài ÷ 6; đạt chỉ tiêu: 7,5 điểm; ' +
            'đơn vị nhiều tin, bài nhất khối: 15 điểm; các đơn vị vượt chỉ tiêu còn lại: ' +
            '7,5 + 7,5 × (số tin, bài − 6) ÷ (số tin, bài của đơn vị cao nhất − 6).',
          evidenceText: 'Đường dẫn các tin, bài đã đăng.',
        },
        {
          number: '2',
          kind: 'COUNT',
          maxPoints: 10,
          perItemPoints: 1,
          evidenceRequired: true,
          title: 'Bài đăng lan tỏa thông tin tích cực trên trang tin, Facebook, Zalo của cơ quan, đơn vị',
          method: '1 điểm/bài, tối đa 10 điểm.',
          evidenceText: 'Đường dẫn hoặc ảnh chụp các bài đăng.',
        },
        {
          number: '3',
          kind: 'MANUAL',
          maxPoints: 5,
          step: 0.5,
          title: 'Rà soát, xử lý thông tin trái chiều, không đúng sự thật trên mạng xã hội (mục V.2)',
          method: 'Phát hiện, xử lý hoặc báo cáo kịp thời: 5 điểm; chậm: 2,5 điểm; không: 0 điểm.',
          evidenceText: 'Báo cáo vụ việc đã phát hiện, xử lý.',
        },
      ],
    },
    {
      number: 'III',
      kind: 'GROUP',
      maxPoints: 20,
      title: 'Tuyên truyền miệng và cổ động trực quan (mục III.3, III.4)',
      method: 'Tổng điểm các tiêu chí 1 đến 3.',
      evidenceText: '',
      children: [
        {
          number: '1',
          kind: 'YES_NO',
          maxPoints: 5,
          title: 'Cử báo cáo viên, tuyên truyền viên tham gia hội nghị báo cáo viên của phường',
          method: 'Có cử đầy đủ: 5 điểm; không: 0 điểm.',
          evidenceText: 'Danh sách điểm danh hội nghị báo cáo viên.',
        },
        {
          number: '2',
          kind: 'COUNT',
          maxPoints: 6,
          perItemPoints: 2,
          evidenceRequired: true,
          title: 'Băng rôn, khẩu hiệu, pa-nô, áp phích tại trụ sở cơ quan, đơn vị',
          method: '2 điểm/điểm treo, tối đa 6 điểm.',
          evidenceText: 'Ảnh chụp từng điểm treo.',
        },
        {
          number: '3',
          kind: 'COMPUTED',
          maxPoints: 9,
          computedSource: { kind: 'CONTEST', id: null, metric: 'PARTICIPATION_RATE' },
          title: 'Tỷ lệ cán bộ, công chức tham gia cuộc thi trắc nghiệm trực tuyến tìm hiểu Nghị quyết',
          method: 'Số người tham gia ÷ số cán bộ, công chức của đơn vị × 9 điểm (hệ thống tự tính).',
          evidenceText: 'Không yêu cầu: số liệu lấy từ kết quả cuộc thi.',
        },
      ],
    },
    {
      number: 'IV',
      kind: 'GROUP',
      maxPoints: 15,
      title: 'Hoạt động văn hóa và phong trào thi đua (mục III.5, III.6)',
      method: 'Tổng điểm các tiêu chí 1 và 2.',
      evidenceText: '',
      children: [
        {
          number: '1',
          kind: 'MANUAL',
          maxPoints: 5,
          step: 0.5,
          title: 'Hoạt động văn hóa, văn nghệ, thể thao của cơ quan gắn với tuyên truyền Nghị quyết',
          method: 'Hội đồng chấm; bước chấm 0,5 điểm, tối đa 5 điểm.',
          evidenceText: 'Chương trình, ảnh hoạt động.',
        },
        {
          number: '2',
          kind: 'GROUP',
          maxPoints: 10,
          title: 'Gắn Nghị quyết với chỉ tiêu nhiệm vụ năm 2026 của đơn vị',
          method: 'Tổng điểm các tiêu chí 2.1 và 2.2.',
          evidenceText: '',
          children: [
            {
              number: '2.1',
              kind: 'YES_NO',
              maxPoints: 4,
              title: 'Đăng ký giao ước thi đua năm 2026',
              method: 'Có đăng ký: 4 điểm; không: 0 điểm.',
              evidenceText: 'Bản đăng ký giao ước thi đua.',
            },
            {
              number: '2.2',
              kind: 'THRESHOLD',
              maxPoints: 6,
              thresholds: [
                { atLeast: 100, points: 6 },
                { atLeast: 80, points: 3 },
              ],
              title: 'Tỷ lệ chỉ tiêu nhiệm vụ 6 tháng hoàn thành',
              method: 'Hoàn thành 100 %: 6 điểm; từ 80 % đến dưới 100 %: 3 điểm; dưới 80 %: 0 điểm.',
              evidenceText: 'Báo cáo sơ kết 6 tháng của đơn vị.',
            },
          ],
        },
      ],
    },
    {
      number: 'V',
      kind: 'GROUP',
      maxPoints: 15,
      title: 'Chế độ thông tin, báo cáo, sơ kết, tổng kết (mục V.2, V.6)',
      method: 'Tổng điểm các tiêu chí 1 và 2.',
      evidenceText: '',
      children: [
        {
          number: '1',
          kind: 'YES_NO',
          maxPoints: 8,
          title: 'Gửi báo cáo sơ kết 6 tháng, tổng kết năm về Phòng Văn hóa - Xã hội phường đúng hạn',
          method: 'Đúng hạn: 8 điểm; chậm hoặc không gửi: 0 điểm.',
          evidenceText: 'Báo cáo của đơn vị (số, ngày gửi).',
        },
        {
          number: '2',
          kind: 'MANUAL',
          maxPoints: 7,
          step: 1,
          title: 'Nắm bắt dư luận xã hội; phản ánh khó khăn, vướng mắc bằng văn bản',
          method: 'Phản ánh đầy đủ, có đề xuất: 7 điểm; chưa đầy đủ: 1 đến 6 điểm.',
          evidenceText: 'Văn bản phản ánh, kiến nghị.',
        },
      ],
    },
    {
      number: 'VI',
      kind: 'BONUS',
      maxPoints: 5,
      evidenceRequired: true,
      title: 'Điểm thưởng: được cấp trên khen thưởng, biểu dương về công tác tuyên truyền',
      method: 'Giấy khen cấp phường: 2 điểm; bằng khen, giấy khen cấp trên: 3 điểm; tối đa 5 điểm.',
      evidenceText: 'Quyết định khen thưởng.',
    },
    {
      number: 'VII',
      kind: 'PENALTY',
      maxPoints: 10,
      perItemPoints: 2,
      title: 'Điểm trừ: chậm gửi báo cáo, để xảy ra sai sót trong thông tin tuyên truyền',
      method: '−2 điểm/lần, tối đa −10 điểm.',
      evidenceText: 'Văn bản nhắc nhở của Phòng Văn hóa - Xã hội phường.',
    },
  ],
};
