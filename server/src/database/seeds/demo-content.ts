/**
 * Demo question pack: the resolution, the sections of the ward's plan and a reviewed
 * question bank, as plain data.
 *
 * Source (the ONLY source): "Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban
 * Chấp hành Trung ương Đảng khóa XIV" of UBND phường Hải An
 * (/work/shared/domain/ke-hoach-tuyen-truyen-nq-tw2-khoa-xiv.txt).
 *
 * Every question is answerable from that plan alone; each explanation quotes the plan
 * (« … ») or points to its section. Line numbers in the `// L…` comments are lines of
 * the plan file. Nothing about the resolution beyond what the plan says is added.
 *
 * Section bodies are the plan's text, abridged only by dropping the leading dashes;
 * three obvious typing slips were normalised: "Công thông tin điện tử" -> "Cổng thông
 * tin điện tử" (lines 109, 129), "13- HD/BTGDVTW" -> "13-HD/BTGDVTW" (line 61), and
 * straight quotes -> “ ”. Two sections are editorial groupings, not headings of the
 * plan: 'MO_DAU' (the preamble, lines 7–13) and 'BO_CUC' (the list of the plan's five
 * headings I–V).
 *
 * The plan does not give the date of the resolution itself, so `issuedOn` is null.
 * NUMERIC questions only use numbers written in the plan ("lần thứ hai", three content
 * groups, "bốn nguyên tắc cốt lõi", "chính quyền địa phương 2 cấp", six forms of
 * propagation, "năm 2026").
 */
import type { Difficulty, QuestionType, SectionKind } from '@thidua/shared';

export interface DemoSection {
  /** Stable id within the pack, e.g. 'I.1', 'II.1', 'III.2', 'V.3'. */
  key: string;
  kind: SectionKind;
  /** As in the plan. */
  title: string;
  /** The section's text from the plan (verbatim, see the header for normalisations). */
  body: string;
}

export interface DemoQuestion {
  /** 'Q01'..'Q58'. */
  key: string;
  /** The section the answer comes from. */
  sectionKey: string;
  type: QuestionType;
  /** Vietnamese, at most 300 characters. */
  prompt: string;
  /**
   * SINGLE_CHOICE/MULTIPLE_SELECT: 2–6 options. TRUE_FALSE: exactly ['Đúng', 'Sai'].
   * ORDERING: 3–6 items IN THE CORRECT ORDER (the app shuffles). NUMERIC: [].
   */
  options: readonly string[];
  /**
   * Indexes into options of the correct ones. SINGLE_CHOICE/TRUE_FALSE: exactly one.
   * MULTIPLE_SELECT: at least 2, not all. ORDERING and NUMERIC: [].
   */
  correct: readonly number[];
  /** NUMERIC only: the exact answer, a tolerance (0 for exact) and an optional unit label. */
  numeric?: { answer: number; tolerance: number; unit?: string };
  /** Cites the passage of the plan. */
  explanation: string;
  difficulty: Difficulty;
  tags: readonly string[];
  timeLimitSeconds: number;
  doublePoints?: boolean;
  /** Shows the demo banner picture (demoBannerPhoto) with this alt text, describing what it shows. */
  image?: { alt: string };
}

/** A content pack as the content seeder loads it: this file's, or a test's. */
export interface DemoContentPack {
  resolution: { code: string; title: string; issuedOn: string | null; summary: string };
  sections: readonly DemoSection[];
  questions: readonly DemoQuestion[];
  quiz: { title: string; description: string; questionKeys: readonly string[] };
}

export const DEMO_RESOLUTION = {
  code: 'NQ-TW2-XIV',
  title: 'Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV',
  issuedOn: null as string | null,
  summary:
    'Kế hoạch của Ủy ban nhân dân phường Hải An nhằm tuyên truyền, quán triệt sâu rộng, tạo sự thống nhất cao về tư tưởng và hành động trong toàn Đảng và hệ thống chính trị, sự đồng thuận trong Nhân dân để triển khai hiệu quả Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV. ' +
    'Nội dung tuyên truyền tập trung làm rõ ý nghĩa, tầm quan trọng của Hội nghị Trung ương trong việc cụ thể hóa Nghị quyết Đại hội XIV của Đảng, bám sát ba nhóm vấn đề: xây dựng Đảng và hệ thống chính trị; phát triển kinh tế - xã hội; quốc phòng, an ninh và đối ngoại.',
};

export const DEMO_SECTIONS: readonly DemoSection[] = [
  {
    key: 'MO_DAU',
    kind: 'OTHER',
    title: 'Phần mở đầu: căn cứ ban hành Kế hoạch',
    body:
      'KẾ HOẠCH tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV\n' +
      'Thực hiện Kế hoạch số 101-KH/ĐU ngày 21/4/2026 của Ban Thường vụ Đảng ủy phường về tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV;\n' +
      'Ủy ban nhân dân phường Hải An ban hành Kế hoạch tuyên truyền trên địa bàn phường với những nội dung cụ thể sau:',
  },
  {
    key: 'BO_CUC',
    kind: 'OTHER',
    title: 'Bố cục Kế hoạch (các mục I–V)',
    body: 'I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG TUYÊN TRUYỀN\nIII. HÌNH THỨC TUYÊN TRUYỀN\nIV. KINH PHÍ THỰC HIỆN\nV. TỔ CHỨC THỰC HIỆN',
  },
  {
    key: 'I.1',
    kind: 'OTHER',
    title: 'I.1. Mục đích',
    body:
      'Tuyên truyền, quán triệt sâu rộng, tạo sự thống nhất cao về tư tưởng và hành động trong toàn Đảng và hệ thống chính trị, sự đồng thuận trong Nhân dân để triển khai hiệu quả Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV; đề cao vai trò, trách nhiệm, quyết tâm chính trị mạnh mẽ, hành động quyết liệt của cấp ủy đảng, chính quyền, Mặt trận Tổ quốc Việt Nam phường, trước hết là người đứng đầu trong lãnh đạo, chỉ đạo, triển khai thực hiện thắng lợi các mục tiêu, nhiệm vụ đề ra.\n' +
      'Làm rõ ý nghĩa, tầm quan trọng của Hội nghị Trung ương trong việc cụ thể hóa Nghị quyết Đại hội XIV của Đảng; qua đó nâng cao nhận thức, củng cố niềm tin của cán bộ, đảng viên và Nhân dân đối với sự lãnh đạo của Đảng, quản lý của Nhà nước.\n' +
      'Thông qua công tác tuyên truyền, tạo sự thống nhất cao về ý chí và hành động trong toàn Đảng bộ, sự đồng thuận trong xã hội; khơi dậy tinh thần trách nhiệm, ý thức tự giác, tính chủ động, sáng tạo của cán bộ, đảng viên và Nhân dân trong triển khai thực hiện nghị quyết.\n' +
      'Gắn tuyên truyền với việc thực hiện nhiệm vụ chính trị của địa phương; góp phần thúc đẩy phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh, xây dựng hệ thống chính trị phường trong sạch, vững mạnh.',
  },
  {
    key: 'I.2',
    kind: 'OTHER',
    title: 'I.2. Yêu cầu',
    body:
      'Công tác tuyên truyền phải được triển khai nghiêm túc, kịp thời, đồng bộ, hiệu quả, bám sát định hướng của cấp trên và tình hình thực tiễn địa phương; nội dung bảo đảm chính xác, rõ ràng, dễ hiểu, phù hợp từng đối tượng, chú trọng các nội dung cốt lõi, điểm mới của Nghị quyết.\n' +
      'Đa dạng hóa hình thức tuyên truyền, kết hợp hiệu quả giữa tuyên truyền trực tiếp và trên môi trường số; gắn tuyên truyền với định hướng dư luận, đấu tranh phản bác thông tin sai trái và với việc tổ chức thực hiện nhiệm vụ chính trị, phong trào thi đua, phát huy vai trò, trách nhiệm của cả hệ thống chính trị và cán bộ, đảng viên.',
  },
  {
    key: 'II',
    kind: 'OTHER',
    title: 'II. Nội dung tuyên truyền',
    body:
      'Cần tập trung phân tích, làm rõ ý nghĩa, tầm quan trọng của Hội nghị Trung ương trong việc cụ thể hóa Nghị quyết Đại hội XIV của Đảng, bám sát các nhóm vấn đề sau:\n' +
      '1. Về xây dựng Đảng và hệ thống chính trị\n2. Về phát triển kinh tế - xã hội\n3. Về quốc phòng, an ninh và đối ngoại\n' +
      '(Nội dung cụ thể theo Hướng dẫn 13-HD/BTGDVTW, ngày 27/3/2026 của Ban Tuyên giáo và Dân vận Trung ương)',
  },
  {
    key: 'II.1',
    kind: 'CONTENT_GROUP',
    title: 'II.1. Về xây dựng Đảng và hệ thống chính trị',
    body:
      'Tuyên truyền về Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khóa XIV, nhấn mạnh việc giữ vững vai trò lãnh đạo thống nhất, trực tiếp, toàn diện của Đảng đối với các vấn đề chiến lược của đất nước.\n' +
      'Phổ biến các quy định về thi hành Điều lệ Đảng, tập trung vào những điểm mới nhằm nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng.\n' +
      'Tuyên truyền về công tác chính trị, tư tưởng với phương châm “bốn kiên định”, đẩy mạnh ứng dụng khoa học công nghệ, chuyển đổi số trong công tác chính trị, tư tưởng.\n' +
      'Nhấn mạnh quyết tâm trong công tác kiểm tra, giám sát, kỷ luật Đảng và phòng, chống tham nhũng, lãng phí, tiêu cực theo tinh thần “không có vùng cấm, không có ngoại lệ”, gắn với việc bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm.',
  },
  {
    key: 'II.2',
    kind: 'CONTENT_GROUP',
    title: 'II.2. Về phát triển kinh tế - xã hội',
    body:
      'Tuyên truyền mục tiêu tăng trưởng kinh tế “hai con số” và bốn nguyên tắc cốt lõi: Tăng trưởng thực chất; Kiên định ổn định vĩ mô; Tận dụng hiệu quả mọi nguồn lực; Tăng trưởng đi đôi với phục vụ lợi ích Nhân dân.\n' +
      'Thông tin về Kế hoạch phát triển kinh tế - xã hội, tài chính quốc gia, đầu tư công và vay trả nợ công giai đoạn 2026 - 2030.\n' +
      'Về mô hình chính quyền địa phương 2 cấp và phương thức quản trị địa phương mới nhằm bộ máy tinh gọn, hiệu lực, hiệu quả.',
  },
  {
    key: 'II.3',
    kind: 'CONTENT_GROUP',
    title: 'II.3. Về quốc phòng, an ninh và đối ngoại',
    body: 'Tuyên truyền về chiến lược bảo vệ Tổ quốc “từ sớm, từ xa”, xây dựng “thế trận lòng dân” vững chắc, kết hợp chặt chẽ giữa phát triển kinh tế với củng cố quốc phòng, an ninh trong tình hình mới.',
  },
  {
    key: 'III',
    kind: 'PROPAGATION_FORM',
    title: 'III. Hình thức tuyên truyền',
    body: '1. Tuyên truyền trên các phương tiện thông tin đại chúng\n2. Tuyên truyền trên không gian mạng\n3. Tuyên truyền miệng\n4. Cổ động trực quan\n5. Các hoạt động văn hóa, văn nghệ\n6. Phong trào thi đua yêu nước',
  },
  {
    key: 'III.1',
    kind: 'PROPAGATION_FORM',
    title: 'III.1. Tuyên truyền trên các phương tiện thông tin đại chúng',
    body: 'Sử dụng tối đa lợi thế của đài truyền thanh, cổng thông tin điện tử của phường để mở các chuyên trang, chuyên mục, tăng thời lượng tin, bài về kết quả Hội nghị, nội dung các văn kiện, các hội nghị nghiên cứu, học tập, quán triệt Nghị quyết.',
  },
  {
    key: 'III.2',
    kind: 'PROPAGATION_FORM',
    title: 'III.2. Tuyên truyền trên không gian mạng',
    body: 'Tuyên truyền trên trang tin điện tử của các cơ quan, đơn vị; các nền tảng mạng xã hội (Facebook, Zalo, YouTube...) để lan tỏa thông tin tích cực, định hướng dư luận và phản bác các quan điểm sai trái, thù địch.',
  },
  {
    key: 'III.3',
    kind: 'PROPAGATION_FORM',
    title: 'III.3. Tuyên truyền miệng',
    body: 'Thông qua hoạt động của đội ngũ báo cáo viên, tuyên truyền viên cơ sở; lồng ghép trong các buổi sinh hoạt chi bộ, họp tổ dân phố, hội nghị của các đoàn thể, tổ chức chính trị - xã hội.',
  },
  {
    key: 'III.4',
    kind: 'PROPAGATION_FORM',
    title: 'III.4. Cổ động trực quan',
    body: 'Sử dụng băng rôn, khẩu hiệu, pano, áp phích tại các khu vực trung tâm, nơi công cộng, các tuyến đường chính và trụ sở các cơ quan, đơn vị.',
  },
  {
    key: 'III.5',
    kind: 'PROPAGATION_FORM',
    title: 'III.5. Các hoạt động văn hóa, văn nghệ',
    body: 'Tổ chức các hoạt động văn hóa, văn nghệ quần chúng tại phường, tổ dân phố gắn với tuyên truyền nội dung Nghị quyết Hội nghị Trung ương 2 khóa XIV; lồng ghép trong các dịp sinh hoạt chính trị, ngày lễ, ngày kỷ niệm của đất nước và địa phương.',
  },
  {
    key: 'III.6',
    kind: 'PROPAGATION_FORM',
    title: 'III.6. Phong trào thi đua yêu nước',
    body: 'Phát động các phong trào thi đua, gắn việc thực hiện Nghị quyết Hội nghị Trung ương 2 với các chỉ tiêu phát triển kinh tế - xã hội của địa phương, đơn vị trong năm 2026.',
  },
  {
    key: 'IV',
    kind: 'OTHER',
    title: 'IV. Kinh phí thực hiện',
    body: 'Từ nguồn ngân sách phường hằng năm.',
  },
  {
    key: 'V',
    kind: 'RESPONSIBILITY',
    title: 'V. Tổ chức thực hiện',
    body:
      '1. Đề nghị Ban Xây dựng Đảng Đảng ủy phường\n2. Phòng Văn hóa - Xã hội phường\n3. Phòng Kinh tế, Hạ tầng và Đô thị phường\n4. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường\n5. Trung tâm Dịch vụ Sự nghiệp công phường\n6. Các phòng, ban, đơn vị, các Tổ dân phố và các cơ sở giáo dục trên địa bàn phường\n' +
      'Nhận được Kế hoạch này, đề nghị các cơ quan, đơn vị, các Tổ dân phố trên địa bàn phường phối hợp thực hiện để công tác tuyên truyền đạt kết quả cao.',
  },
  {
    key: 'V.1',
    kind: 'RESPONSIBILITY',
    title: 'V.1. Đề nghị Ban Xây dựng Đảng Đảng ủy phường',
    body:
      'Chỉ đạo, định hướng công tác tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV.\n' +
      'Tổ chức tuyên truyền thông qua các hội nghị báo cáo viên, các buổi sinh hoạt chuyên đề, đội ngũ báo cáo viên, tuyên truyền viên cơ sở trên địa bàn phường.',
  },
  {
    key: 'V.2',
    kind: 'RESPONSIBILITY',
    title: 'V.2. Phòng Văn hóa - Xã hội phường',
    body:
      'Chủ trì, phối hợp với các phòng, ban, ngành tổ chức thực hiện Kế hoạch; theo dõi, kiểm tra, đôn đốc các phòng, ban, các cơ sở giáo dục triển khai thực hiện kế hoạch tuyên truyền.\n' +
      'Phối hợp với Trung tâm Dịch vụ sự nghiệp công và các đơn vị liên quan trong công tác chỉ đạo, định hướng nội dung thông tin, tuyên truyền trên các phương tiện thông tin đại chúng và mạng xã hội về tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV trên địa bàn phường.\n' +
      'Phối hợp với các đơn vị liên quan rà soát, kiểm tra và xử lý các thông tin trái chiều, không đúng sự thật trên mạng xã hội về công tác thông tin, tuyên truyền triển khai Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV trên địa bàn.\n' +
      'Phối hợp Cổng thông tin điện tử phường, hệ thống thông tin cơ sở tăng cường tuyên truyền sâu rộng Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV.\n' +
      'Định kỳ sơ kết, tổng kết, đánh giá kết quả thực hiện theo quy định.',
  },
  {
    key: 'V.3',
    kind: 'RESPONSIBILITY',
    title: 'V.3. Phòng Kinh tế, Hạ tầng và Đô thị phường',
    body: 'Chủ trì, tham mưu Ủy ban nhân dân phường bố trí kinh phí để thực hiện các nhiệm vụ được giao tại Kế hoạch theo quy định.',
  },
  {
    key: 'V.4',
    kind: 'RESPONSIBILITY',
    title: 'V.4. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
    body: 'Chủ trì đẩy mạnh công tác thông tin, tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV trên Cổng thông tin điện tử phường.',
  },
  {
    key: 'V.5',
    kind: 'RESPONSIBILITY',
    title: 'V.5. Trung tâm Dịch vụ Sự nghiệp công phường',
    body:
      'Phối hợp chặt chẽ với Phòng Văn hóa - Xã hội phường và các cơ quan liên quan để tiếp cận, khai thác các nguồn tin chính thống đảm bảo tính chính xác, trung thực.\n' +
      'Kịp thời tuyên truyền, phổ biến các quan điểm lãnh đạo, chỉ đạo của Đảng, chủ trương, chính sách pháp luật của Nhà nước, chủ động xây dựng chương trình tuyên truyền, thường xuyên, dưới nhiều hình thức, tổ chức truyền thông rộng khắp toàn phường. Không ngừng đổi mới nội dung, tuyên truyền ngắn gọn, dễ hiểu, phù hợp với mọi lứa tuổi.\n' +
      'Xây dựng, duy trì, đổi mới, nâng cao chuyên mục, tin bài về triển khai thực hiện Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV trên Cổng thông tin điện tử, hệ thống thông tin cơ sở, trang mạng xã hội... để tuyên truyền đến người dân trên địa bàn phường.\n' +
      'Chủ trì phối hợp với các phòng, ban, ngành trên địa bàn phường tích cực đưa thông tin về công tác triển khai thực hiện Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV của các đơn vị trên hệ thống truyền thanh phường, các trang mạng xã hội....\n' +
      'Tổ chức tuyên truyền cổ động trực quan tại trụ sở phường, trên các trục đường chính trên địa bàn phường về triển khai thực hiện Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV',
  },
  {
    key: 'V.6',
    kind: 'RESPONSIBILITY',
    title: 'V.6. Các phòng, ban, đơn vị, các Tổ dân phố và các cơ sở giáo dục trên địa bàn phường',
    body:
      'Tổ chức triển khai các hoạt động thông tin, tuyên truyền về triển khai thực hiện Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV cho cán bộ, công chức và Nhân dân trên địa bàn phường tại các hội nghị, cuộc họp giao ban của cơ quan, đơn vị, các cơ sở giáo dục và các Tổ dân phố.\n' +
      'Chủ động cung cấp thông tin, hình thức tuyên truyền, nhiệm vụ tuyên truyền để phòng Văn hóa - Xã hội phường tổng hợp, đề xuất, báo cáo Ủy ban nhân dân phường nhằm triển khai hiệu quả, thiết thực.\n' +
      'Nắm bắt tình hình dư luận xã hội tại cơ quan, địa phương; đấu tranh, phản bác các quan điểm sai trái, xuyên tạc.\n' +
      'Các cơ quan, đơn vị, các cơ sở giáo dục, các tổ dân phố căn cứ nhiệm vụ được phân công nghiêm túc thực hiện; trong quá trình triển khai nếu phát sinh khó khăn, vướng mắc, phản ánh bằng văn bản (qua Phòng Văn hóa - Xã hội phường tổng hợp), báo cáo Ủy ban nhân dân phường xem xét, chỉ đạo giải quyết.',
  },
];

export const DEMO_QUESTIONS: readonly DemoQuestion[] = [
  // ---------------------------------------------------------------- Phần mở đầu, bố cục
  {
    // L13, L158
    key: 'Q01',
    sectionKey: 'MO_DAU',
    type: 'SINGLE_CHOICE',
    prompt:
      'Cơ quan nào ban hành Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV trên địa bàn phường Hải An?',
    options: [
      'Ủy ban nhân dân phường Hải An',
      'Ban Thường vụ Đảng ủy phường',
      'Hội đồng nhân dân phường',
      'Phòng Văn hóa - Xã hội phường',
    ],
    correct: [0],
    explanation:
      'Phần mở đầu của Kế hoạch: «Ủy ban nhân dân phường Hải An ban hành Kế hoạch tuyên truyền trên địa bàn phường». Ban Thường vụ Đảng ủy phường ban hành Kế hoạch số 101-KH/ĐU là văn bản mà Kế hoạch này thực hiện.',
    difficulty: 'EASY',
    tags: ['căn cứ ban hành', 'ủy ban nhân dân phường'],
    timeLimitSeconds: 20,
  },
  {
    // L11
    key: 'Q02',
    sectionKey: 'MO_DAU',
    type: 'SINGLE_CHOICE',
    prompt: 'Kế hoạch tuyên truyền của Ủy ban nhân dân phường được ban hành để thực hiện văn bản nào?',
    options: [
      'Kế hoạch số 101-KH/ĐU ngày 21/4/2026 của Ban Thường vụ Đảng ủy phường',
      'Hướng dẫn 13-HD/BTGDVTW ngày 27/3/2026 của Ban Tuyên giáo và Dân vận Trung ương',
      'Quy chế làm việc của Ban Chấp hành Trung ương khóa XIV',
      'Các quy định về thi hành Điều lệ Đảng',
    ],
    correct: [0],
    explanation:
      'Phần mở đầu: «Thực hiện Kế hoạch số 101-KH/ĐU ngày 21/4/2026 của Ban Thường vụ Đảng ủy phường về tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV». Hướng dẫn 13-HD/BTGDVTW chỉ được dẫn ở Mục II để lấy nội dung cụ thể.',
    difficulty: 'MEDIUM',
    tags: ['căn cứ ban hành'],
    timeLimitSeconds: 30,
  },
  {
    // L8-9, L11
    key: 'Q03',
    sectionKey: 'MO_DAU',
    type: 'NUMERIC',
    prompt:
      'Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ mấy của Ban Chấp hành Trung ương Đảng khóa XIV? (Nhập một số)',
    options: [],
    correct: [],
    numeric: { answer: 2, tolerance: 0, unit: 'lần' },
    explanation:
      'Tên Kế hoạch: «tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV» — tức Hội nghị Trung ương 2 khóa XIV.',
    difficulty: 'EASY',
    tags: ['tên nghị quyết'],
    timeLimitSeconds: 20,
  },
  {
    // L15, L35, L63, L89, L93
    key: 'Q04',
    sectionKey: 'BO_CUC',
    type: 'ORDERING',
    prompt: 'Sắp xếp các mục lớn của Kế hoạch tuyên truyền theo đúng thứ tự từ mục I đến mục V.',
    options: [
      'Mục đích, yêu cầu',
      'Nội dung tuyên truyền',
      'Hình thức tuyên truyền',
      'Kinh phí thực hiện',
      'Tổ chức thực hiện',
    ],
    correct: [],
    explanation:
      'Bố cục Kế hoạch: «I. MỤC ĐÍCH, YÊU CẦU», «II. NỘI DUNG TUYÊN TRUYỀN», «III. HÌNH THỨC TUYÊN TRUYỀN», «IV. KINH PHÍ THỰC HIỆN», «V. TỔ CHỨC THỰC HIỆN».',
    difficulty: 'MEDIUM',
    tags: ['bố cục kế hoạch'],
    timeLimitSeconds: 30,
  },
  // ---------------------------------------------------------------- I.1 Mục đích
  {
    // L19
    key: 'Q05',
    sectionKey: 'I.1',
    type: 'SINGLE_CHOICE',
    prompt:
      'Theo Mục đích của Kế hoạch, trong lãnh đạo, chỉ đạo, triển khai thực hiện Nghị quyết, vai trò, trách nhiệm của ai được đề cao “trước hết”?',
    options: [
      'Người đứng đầu',
      'Đội ngũ báo cáo viên, tuyên truyền viên cơ sở',
      'Tổ trưởng các tổ dân phố',
      'Các cơ sở giáo dục trên địa bàn phường',
    ],
    correct: [0],
    explanation:
      'Mục I.1: đề cao vai trò, trách nhiệm «của cấp ủy đảng, chính quyền, Mặt trận Tổ quốc Việt Nam phường, trước hết là người đứng đầu trong lãnh đạo, chỉ đạo, triển khai thực hiện thắng lợi các mục tiêu, nhiệm vụ đề ra».',
    difficulty: 'MEDIUM',
    tags: ['mục đích', 'người đứng đầu'],
    timeLimitSeconds: 30,
  },
  {
    // L21, L37
    key: 'Q06',
    sectionKey: 'I.1',
    type: 'SINGLE_CHOICE',
    prompt:
      'Kế hoạch yêu cầu làm rõ ý nghĩa, tầm quan trọng của Hội nghị Trung ương trong việc cụ thể hóa văn kiện nào?',
    options: [
      'Nghị quyết Đại hội XIV của Đảng',
      'Điều lệ Đảng',
      'Quy chế làm việc của Bộ Chính trị',
      'Kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 - 2030',
    ],
    correct: [0],
    explanation:
      'Mục I.1 (và lời dẫn Mục II): «Làm rõ ý nghĩa, tầm quan trọng của Hội nghị Trung ương trong việc cụ thể hóa Nghị quyết Đại hội XIV của Đảng».',
    difficulty: 'EASY',
    tags: ['mục đích', 'đại hội xiv'],
    timeLimitSeconds: 20,
    image: { alt: 'Pa-nô tuyên truyền Nghị quyết: nền đỏ, ngôi sao vàng và ba dòng khẩu hiệu' },
  },
  {
    // L21
    key: 'Q07',
    sectionKey: 'I.1',
    type: 'TRUE_FALSE',
    prompt:
      'Nâng cao nhận thức, củng cố niềm tin của cán bộ, đảng viên và Nhân dân đối với sự lãnh đạo của Đảng, quản lý của Nhà nước là một mục đích của Kế hoạch.',
    options: ['Đúng', 'Sai'],
    correct: [0],
    explanation:
      'Đúng. Mục I.1: «qua đó nâng cao nhận thức, củng cố niềm tin của cán bộ, đảng viên và Nhân dân đối với sự lãnh đạo của Đảng, quản lý của Nhà nước».',
    difficulty: 'EASY',
    tags: ['mục đích'],
    timeLimitSeconds: 20,
  },
  {
    // L25
    key: 'Q08',
    sectionKey: 'I.1',
    type: 'MULTIPLE_SELECT',
    prompt:
      'Theo Mục đích của Kế hoạch, gắn tuyên truyền với thực hiện nhiệm vụ chính trị của địa phương góp phần vào những việc nào? (Chọn tất cả đáp án đúng)',
    options: [
      'Thúc đẩy phát triển kinh tế - xã hội',
      'Bảo đảm quốc phòng - an ninh',
      'Xây dựng hệ thống chính trị phường trong sạch, vững mạnh',
      'Mở rộng địa giới hành chính của phường',
      'Tăng nguồn thu ngân sách phường',
    ],
    correct: [0, 1, 2],
    explanation:
      'Mục I.1: «Gắn tuyên truyền với việc thực hiện nhiệm vụ chính trị của địa phương; góp phần thúc đẩy phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh, xây dựng hệ thống chính trị phường trong sạch, vững mạnh». Kế hoạch không nêu địa giới hay nguồn thu.',
    difficulty: 'MEDIUM',
    tags: ['mục đích', 'nhiệm vụ chính trị'],
    timeLimitSeconds: 30,
  },
  {
    // L23
    key: 'Q09',
    sectionKey: 'I.1',
    type: 'MULTIPLE_SELECT',
    prompt:
      'Mục đích của Kế hoạch nêu cần khơi dậy những gì ở cán bộ, đảng viên và Nhân dân trong triển khai thực hiện nghị quyết? (Chọn tất cả đáp án đúng)',
    options: [
      'Tinh thần trách nhiệm',
      'Ý thức tự giác',
      'Tính chủ động, sáng tạo',
      'Tinh thần cạnh tranh giữa các đơn vị',
      'Ý thức tiết kiệm chi tiêu cá nhân',
    ],
    correct: [0, 1, 2],
    explanation:
      'Mục I.1: «khơi dậy tinh thần trách nhiệm, ý thức tự giác, tính chủ động, sáng tạo của cán bộ, đảng viên và Nhân dân trong triển khai thực hiện nghị quyết».',
    difficulty: 'HARD',
    tags: ['mục đích'],
    timeLimitSeconds: 30,
  },
  // ---------------------------------------------------------------- I.2 Yêu cầu
  {
    // L29
    key: 'Q10',
    sectionKey: 'I.2',
    type: 'MULTIPLE_SELECT',
    prompt:
      'Theo Yêu cầu của Kế hoạch, công tác tuyên truyền phải được triển khai như thế nào? (Chọn tất cả đáp án đúng)',
    options: [
      'Nghiêm túc',
      'Kịp thời',
      'Đồng bộ',
      'Hiệu quả',
      'Thí điểm trước ở một vài tổ dân phố',
      'Chỉ trong nội bộ cán bộ, đảng viên',
    ],
    correct: [0, 1, 2, 3],
    explanation:
      'Mục I.2: «Công tác tuyên truyền phải được triển khai nghiêm túc, kịp thời, đồng bộ, hiệu quả, bám sát định hướng của cấp trên và tình hình thực tiễn địa phương».',
    difficulty: 'MEDIUM',
    tags: ['yêu cầu'],
    timeLimitSeconds: 30,
  },
  {
    // L29-31
    key: 'Q11',
    sectionKey: 'I.2',
    type: 'SINGLE_CHOICE',
    prompt: 'Theo Yêu cầu của Kế hoạch, nội dung tuyên truyền cần chú trọng điều gì của Nghị quyết?',
    options: [
      'Các nội dung cốt lõi, điểm mới của Nghị quyết',
      'Toàn văn Nghị quyết, không lược bớt',
      'Quá trình soạn thảo Nghị quyết',
      'Danh sách đại biểu dự Hội nghị',
    ],
    correct: [0],
    explanation:
      'Mục I.2: nội dung «bảo đảm chính xác, rõ ràng, dễ hiểu, phù hợp từng đối tượng, chú trọng các nội dung cốt lõi, điểm mới của Nghị quyết».',
    difficulty: 'EASY',
    tags: ['yêu cầu', 'điểm mới'],
    timeLimitSeconds: 20,
  },
  {
    // L33
    key: 'Q12',
    sectionKey: 'I.2',
    type: 'TRUE_FALSE',
    prompt: 'Kế hoạch yêu cầu chỉ tuyên truyền trực tiếp, không tuyên truyền trên môi trường số.',
    options: ['Đúng', 'Sai'],
    correct: [1],
    explanation:
      'Sai. Mục I.2 yêu cầu «Đa dạng hóa hình thức tuyên truyền, kết hợp hiệu quả giữa tuyên truyền trực tiếp và trên môi trường số».',
    difficulty: 'EASY',
    tags: ['yêu cầu', 'môi trường số'],
    timeLimitSeconds: 20,
  },
  {
    // L33
    key: 'Q13',
    sectionKey: 'I.2',
    type: 'MULTIPLE_SELECT',
    prompt: 'Theo Yêu cầu của Kế hoạch, tuyên truyền được gắn với những việc nào? (Chọn tất cả đáp án đúng)',
    options: [
      'Định hướng dư luận',
      'Đấu tranh phản bác thông tin sai trái',
      'Tổ chức thực hiện nhiệm vụ chính trị, phong trào thi đua',
      'Thu hút đầu tư vào địa bàn phường',
      'Tuyển dụng công chức phường',
    ],
    correct: [0, 1, 2],
    explanation:
      'Mục I.2: «gắn tuyên truyền với định hướng dư luận, đấu tranh phản bác thông tin sai trái và với việc tổ chức thực hiện nhiệm vụ chính trị, phong trào thi đua».',
    difficulty: 'HARD',
    tags: ['yêu cầu', 'định hướng dư luận'],
    timeLimitSeconds: 30,
  },
  // ---------------------------------------------------------------- II Nội dung tuyên truyền
  {
    // L37, L39, L49, L57
    key: 'Q14',
    sectionKey: 'II',
    type: 'NUMERIC',
    prompt: 'Mục II (Nội dung tuyên truyền) của Kế hoạch nêu bao nhiêu nhóm vấn đề cần bám sát? (Nhập một số)',
    options: [],
    correct: [],
    numeric: { answer: 3, tolerance: 0, unit: 'nhóm' },
    explanation:
      'Mục II: «bám sát các nhóm vấn đề sau»: 1. Về xây dựng Đảng và hệ thống chính trị; 2. Về phát triển kinh tế - xã hội; 3. Về quốc phòng, an ninh và đối ngoại — tất cả 3 nhóm.',
    difficulty: 'EASY',
    tags: ['nội dung tuyên truyền'],
    timeLimitSeconds: 20,
  },
  {
    // L61
    key: 'Q15',
    sectionKey: 'II',
    type: 'SINGLE_CHOICE',
    prompt: 'Theo Mục II, nội dung cụ thể của các nhóm vấn đề tuyên truyền được thực hiện theo văn bản nào?',
    options: [
      'Hướng dẫn 13-HD/BTGDVTW ngày 27/3/2026 của Ban Tuyên giáo và Dân vận Trung ương',
      'Kế hoạch số 101-KH/ĐU ngày 21/4/2026 của Ban Thường vụ Đảng ủy phường',
      'Quy chế làm việc của Ban Chấp hành Trung ương khóa XIV',
      'Kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 - 2030',
    ],
    correct: [0],
    explanation:
      'Cuối Mục II: «(Nội dung cụ thể theo Hướng dẫn 13-HD/BTGDVTW, ngày 27/3/2026 của Ban Tuyên giáo và Dân vận Trung ương)». Kế hoạch số 101-KH/ĐU là căn cứ ban hành Kế hoạch, không phải nguồn nội dung cụ thể.',
    difficulty: 'HARD',
    tags: ['nội dung tuyên truyền', 'căn cứ ban hành'],
    timeLimitSeconds: 30,
  },
  {
    // L39, L49, L57
    key: 'Q16',
    sectionKey: 'II',
    type: 'ORDERING',
    prompt: 'Sắp xếp các nhóm vấn đề nội dung tuyên truyền theo đúng thứ tự trong Mục II của Kế hoạch.',
    options: [
      'Về xây dựng Đảng và hệ thống chính trị',
      'Về phát triển kinh tế - xã hội',
      'Về quốc phòng, an ninh và đối ngoại',
    ],
    correct: [],
    explanation:
      'Mục II: «1. Về xây dựng Đảng và hệ thống chính trị», «2. Về phát triển kinh tế - xã hội», «3. Về quốc phòng, an ninh và đối ngoại».',
    difficulty: 'MEDIUM',
    tags: ['nội dung tuyên truyền', 'nhóm nội dung'],
    timeLimitSeconds: 30,
  },
  // ---------------------------------------------------------------- II.1 Xây dựng Đảng
  {
    // L45
    key: 'Q17',
    sectionKey: 'II.1',
    type: 'SINGLE_CHOICE',
    prompt: 'Theo Kế hoạch, công tác chính trị, tư tưởng được tuyên truyền với phương châm nào?',
    options: ['“Bốn kiên định”', '“Từ sớm, từ xa”', '“Không có vùng cấm, không có ngoại lệ”', '“Hai con số”'],
    correct: [0],
    explanation:
      'Mục II.1: «Tuyên truyền về công tác chính trị, tư tưởng với phương châm “bốn kiên định”». “Từ sớm, từ xa” thuộc Mục II.3, “không có vùng cấm, không có ngoại lệ” gắn với kiểm tra, kỷ luật, “hai con số” là mục tiêu tăng trưởng (Mục II.2).',
    difficulty: 'MEDIUM',
    tags: ['xây dựng đảng', 'công tác tư tưởng'],
    timeLimitSeconds: 20,
    doublePoints: true,
  },
  {
    // L47
    key: 'Q18',
    sectionKey: 'II.1',
    type: 'SINGLE_CHOICE',
    prompt: 'Tinh thần “không có vùng cấm, không có ngoại lệ” được Kế hoạch nêu gắn với công tác nào?',
    options: [
      'Kiểm tra, giám sát, kỷ luật Đảng và phòng, chống tham nhũng, lãng phí, tiêu cực',
      'Chuyển đổi số trong công tác chính trị, tư tưởng',
      'Bảo vệ Tổ quốc trong tình hình mới',
      'Tăng trưởng kinh tế',
    ],
    correct: [0],
    explanation:
      'Mục II.1: «Nhấn mạnh quyết tâm trong công tác kiểm tra, giám sát, kỷ luật Đảng và phòng, chống tham nhũng, lãng phí, tiêu cực theo tinh thần “không có vùng cấm, không có ngoại lệ”».',
    difficulty: 'EASY',
    tags: ['xây dựng đảng', 'phòng, chống tham nhũng'],
    timeLimitSeconds: 20,
  },
  {
    // L47
    key: 'Q19',
    sectionKey: 'II.1',
    type: 'TRUE_FALSE',
    prompt:
      'Theo Kế hoạch, quyết tâm phòng, chống tham nhũng, lãng phí, tiêu cực được gắn với việc bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm.',
    options: ['Đúng', 'Sai'],
    correct: [0],
    explanation:
      'Đúng. Mục II.1: theo tinh thần “không có vùng cấm, không có ngoại lệ”, «gắn với việc bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm».',
    difficulty: 'MEDIUM',
    tags: ['xây dựng đảng', 'phòng, chống tham nhũng'],
    timeLimitSeconds: 20,
  },
  {
    // L41
    key: 'Q20',
    sectionKey: 'II.1',
    type: 'SINGLE_CHOICE',
    prompt: 'Kế hoạch tuyên truyền về Quy chế làm việc của những cơ quan nào khóa XIV?',
    options: [
      'Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư',
      'Quốc hội, Chính phủ, Mặt trận Tổ quốc Việt Nam',
      'Đảng ủy phường, Hội đồng nhân dân phường, Ủy ban nhân dân phường',
      'Ban Tuyên giáo và Dân vận Trung ương, Ban Thường vụ Đảng ủy phường',
    ],
    correct: [0],
    explanation:
      'Mục II.1: «Tuyên truyền về Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khóa XIV».',
    difficulty: 'MEDIUM',
    tags: ['xây dựng đảng', 'quy chế làm việc'],
    timeLimitSeconds: 20,
  },
  {
    // L43
    key: 'Q21',
    sectionKey: 'II.1',
    type: 'SINGLE_CHOICE',
    prompt:
      'Khi phổ biến các quy định về thi hành Điều lệ Đảng, Kế hoạch yêu cầu tập trung vào những điểm mới nhằm mục đích gì?',
    options: [
      'Nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng',
      'Bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm',
      'Xây dựng bộ máy tinh gọn, hiệu lực, hiệu quả',
      'Lan tỏa thông tin tích cực trên mạng xã hội',
    ],
    correct: [0],
    explanation:
      'Mục II.1: «Phổ biến các quy định về thi hành Điều lệ Đảng, tập trung vào những điểm mới nhằm nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng». Các phương án khác là những nội dung Kế hoạch nêu ở chỗ khác.',
    difficulty: 'HARD',
    tags: ['xây dựng đảng', 'điều lệ đảng', 'điểm mới'],
    timeLimitSeconds: 30,
  },
  {
    // L41
    key: 'Q22',
    sectionKey: 'II.1',
    type: 'TRUE_FALSE',
    prompt:
      'Kế hoạch nhấn mạnh việc giữ vững vai trò lãnh đạo thống nhất, trực tiếp, toàn diện của Đảng đối với các vấn đề chiến lược của đất nước.',
    options: ['Đúng', 'Sai'],
    correct: [0],
    explanation:
      'Đúng. Mục II.1: «nhấn mạnh việc giữ vững vai trò lãnh đạo thống nhất, trực tiếp, toàn diện của Đảng đối với các vấn đề chiến lược của đất nước».',
    difficulty: 'EASY',
    tags: ['xây dựng đảng', 'vai trò lãnh đạo'],
    timeLimitSeconds: 20,
  },
  {
    // L45
    key: 'Q23',
    sectionKey: 'II.1',
    type: 'MULTIPLE_SELECT',
    prompt:
      'Theo Mục II.1, cần đẩy mạnh ứng dụng những gì trong công tác chính trị, tư tưởng? (Chọn tất cả đáp án đúng)',
    options: ['Khoa học công nghệ', 'Chuyển đổi số', 'Xã hội hóa nguồn lực', 'Hợp tác quốc tế'],
    correct: [0, 1],
    explanation: 'Mục II.1: «đẩy mạnh ứng dụng khoa học công nghệ, chuyển đổi số trong công tác chính trị, tư tưởng».',
    difficulty: 'MEDIUM',
    tags: ['xây dựng đảng', 'chuyển đổi số'],
    timeLimitSeconds: 30,
  },
  // ---------------------------------------------------------------- II.2 Kinh tế - xã hội
  {
    // L51
    key: 'Q24',
    sectionKey: 'II.2',
    type: 'SINGLE_CHOICE',
    prompt: 'Kế hoạch tuyên truyền mục tiêu tăng trưởng kinh tế ở mức nào?',
    options: [
      '“Hai con số”',
      'Tăng trưởng bằng mọi giá',
      'Giữ nguyên mức của giai đoạn trước',
      'Kế hoạch không nêu mục tiêu tăng trưởng',
    ],
    correct: [0],
    explanation: 'Mục II.2: «Tuyên truyền mục tiêu tăng trưởng kinh tế “hai con số”».',
    difficulty: 'EASY',
    tags: ['kinh tế - xã hội', 'tăng trưởng'],
    timeLimitSeconds: 20,
  },
  {
    // L51
    key: 'Q25',
    sectionKey: 'II.2',
    type: 'MULTIPLE_SELECT',
    prompt:
      'Những nguyên tắc nào thuộc “bốn nguyên tắc cốt lõi” đi kèm mục tiêu tăng trưởng kinh tế trong Kế hoạch? (Chọn tất cả đáp án đúng)',
    options: [
      'Tăng trưởng thực chất',
      'Kiên định ổn định vĩ mô',
      'Tận dụng hiệu quả mọi nguồn lực',
      'Tăng trưởng đi đôi với phục vụ lợi ích Nhân dân',
      'Tăng trưởng bằng mọi giá',
      'Ưu tiên tăng trưởng hơn ổn định vĩ mô',
    ],
    correct: [0, 1, 2, 3],
    explanation:
      'Mục II.2: «bốn nguyên tắc cốt lõi: Tăng trưởng thực chất; Kiên định ổn định vĩ mô; Tận dụng hiệu quả mọi nguồn lực; Tăng trưởng đi đôi với phục vụ lợi ích Nhân dân».',
    difficulty: 'MEDIUM',
    tags: ['kinh tế - xã hội', 'nguyên tắc cốt lõi'],
    timeLimitSeconds: 30,
    doublePoints: true,
  },
  {
    // L51
    key: 'Q26',
    sectionKey: 'II.2',
    type: 'NUMERIC',
    prompt:
      'Mục tiêu tăng trưởng kinh tế “hai con số” được Kế hoạch nêu cùng bao nhiêu nguyên tắc cốt lõi? (Nhập một số)',
    options: [],
    correct: [],
    numeric: { answer: 4, tolerance: 0, unit: 'nguyên tắc' },
    explanation: 'Mục II.2: «Tuyên truyền mục tiêu tăng trưởng kinh tế “hai con số” và bốn nguyên tắc cốt lõi».',
    difficulty: 'EASY',
    tags: ['kinh tế - xã hội', 'nguyên tắc cốt lõi'],
    timeLimitSeconds: 20,
  },
  {
    // L51
    key: 'Q27',
    sectionKey: 'II.2',
    type: 'ORDERING',
    prompt: 'Sắp xếp bốn nguyên tắc cốt lõi của tăng trưởng kinh tế theo đúng thứ tự Kế hoạch liệt kê.',
    options: [
      'Tăng trưởng thực chất',
      'Kiên định ổn định vĩ mô',
      'Tận dụng hiệu quả mọi nguồn lực',
      'Tăng trưởng đi đôi với phục vụ lợi ích Nhân dân',
    ],
    correct: [],
    explanation:
      'Mục II.2 liệt kê theo thứ tự: «Tăng trưởng thực chất; Kiên định ổn định vĩ mô; Tận dụng hiệu quả mọi nguồn lực; Tăng trưởng đi đôi với phục vụ lợi ích Nhân dân».',
    difficulty: 'HARD',
    tags: ['kinh tế - xã hội', 'nguyên tắc cốt lõi'],
    timeLimitSeconds: 30,
  },
  {
    // L53
    key: 'Q28',
    sectionKey: 'II.2',
    type: 'SINGLE_CHOICE',
    prompt:
      'Kế hoạch phát triển kinh tế - xã hội, tài chính quốc gia, đầu tư công và vay trả nợ công được thông tin trong Kế hoạch là của giai đoạn nào?',
    options: ['2026 - 2030', '2021 - 2025', '2026 - 2035', '2025 - 2030'],
    correct: [0],
    explanation:
      'Mục II.2: «Thông tin về Kế hoạch phát triển kinh tế - xã hội, tài chính quốc gia, đầu tư công và vay trả nợ công giai đoạn 2026 - 2030».',
    difficulty: 'MEDIUM',
    tags: ['kinh tế - xã hội', 'đầu tư công'],
    timeLimitSeconds: 30,
  },
  {
    // L55
    key: 'Q29',
    sectionKey: 'II.2',
    type: 'NUMERIC',
    prompt: 'Theo Mục II.2, Kế hoạch tuyên truyền về mô hình chính quyền địa phương mấy cấp? (Nhập một số)',
    options: [],
    correct: [],
    numeric: { answer: 2, tolerance: 0, unit: 'cấp' },
    explanation:
      'Mục II.2: «Về mô hình chính quyền địa phương 2 cấp và phương thức quản trị địa phương mới nhằm bộ máy tinh gọn, hiệu lực, hiệu quả».',
    difficulty: 'MEDIUM',
    tags: ['kinh tế - xã hội', 'chính quyền địa phương'],
    timeLimitSeconds: 20,
  },
  {
    // L55, L57-59
    key: 'Q30',
    sectionKey: 'II.2',
    type: 'TRUE_FALSE',
    prompt:
      'Trong Kế hoạch, nội dung về mô hình chính quyền địa phương 2 cấp thuộc nhóm vấn đề “Về quốc phòng, an ninh và đối ngoại”.',
    options: ['Đúng', 'Sai'],
    correct: [1],
    explanation:
      'Sai. Nội dung «Về mô hình chính quyền địa phương 2 cấp và phương thức quản trị địa phương mới» nằm ở Mục II.2 “Về phát triển kinh tế - xã hội”; Mục II.3 chỉ nêu chiến lược bảo vệ Tổ quốc, “thế trận lòng dân” và kết hợp kinh tế với quốc phòng, an ninh.',
    difficulty: 'MEDIUM',
    tags: ['kinh tế - xã hội', 'chính quyền địa phương', 'nhóm nội dung'],
    timeLimitSeconds: 30,
  },
  // ---------------------------------------------------------------- II.3 Quốc phòng, an ninh, đối ngoại
  {
    // L59
    key: 'Q31',
    sectionKey: 'II.3',
    type: 'SINGLE_CHOICE',
    prompt: 'Chiến lược bảo vệ Tổ quốc được Kế hoạch tuyên truyền theo tinh thần nào?',
    options: ['“Từ sớm, từ xa”', '“Bốn kiên định”', '“Không có vùng cấm, không có ngoại lệ”', '“Hai con số”'],
    correct: [0],
    explanation: 'Mục II.3: «Tuyên truyền về chiến lược bảo vệ Tổ quốc “từ sớm, từ xa”».',
    difficulty: 'EASY',
    tags: ['quốc phòng, an ninh', 'bảo vệ tổ quốc'],
    timeLimitSeconds: 20,
  },
  {
    // L59
    key: 'Q32',
    sectionKey: 'II.3',
    type: 'MULTIPLE_SELECT',
    prompt:
      'Nhóm nội dung “Về quốc phòng, an ninh và đối ngoại” trong Kế hoạch gồm những nội dung nào? (Chọn tất cả đáp án đúng)',
    options: [
      'Chiến lược bảo vệ Tổ quốc “từ sớm, từ xa”',
      'Xây dựng “thế trận lòng dân” vững chắc',
      'Kết hợp chặt chẽ giữa phát triển kinh tế với củng cố quốc phòng, an ninh',
      'Mô hình chính quyền địa phương 2 cấp',
      'Quy chế làm việc của Bộ Chính trị, Ban Bí thư',
    ],
    correct: [0, 1, 2],
    explanation:
      'Mục II.3: «chiến lược bảo vệ Tổ quốc “từ sớm, từ xa”, xây dựng “thế trận lòng dân” vững chắc, kết hợp chặt chẽ giữa phát triển kinh tế với củng cố quốc phòng, an ninh trong tình hình mới». Chính quyền 2 cấp thuộc Mục II.2, Quy chế làm việc thuộc Mục II.1.',
    difficulty: 'MEDIUM',
    tags: ['quốc phòng, an ninh', 'thế trận lòng dân'],
    timeLimitSeconds: 30,
  },
  // ---------------------------------------------------------------- III Hình thức tuyên truyền
  {
    // L63-85
    key: 'Q33',
    sectionKey: 'III',
    type: 'NUMERIC',
    prompt: 'Mục III (Hình thức tuyên truyền) của Kế hoạch nêu bao nhiêu hình thức tuyên truyền? (Nhập một số)',
    options: [],
    correct: [],
    numeric: { answer: 6, tolerance: 0, unit: 'hình thức' },
    explanation:
      'Mục III đánh số từ 1 đến 6: «1. Tuyên truyền trên các phương tiện thông tin đại chúng», «2. Tuyên truyền trên không gian mạng», «3. Tuyên truyền miệng», «4. Cổ động trực quan», «5. Các hoạt động văn hóa, văn nghệ», «6. Phong trào thi đua yêu nước» — tất cả 6 hình thức.',
    difficulty: 'MEDIUM',
    tags: ['hình thức tuyên truyền'],
    timeLimitSeconds: 20,
  },
  {
    // L65, L69, L73, L77, L81, L85
    key: 'Q34',
    sectionKey: 'III',
    type: 'ORDERING',
    prompt: 'Sắp xếp các hình thức tuyên truyền theo đúng thứ tự trong Mục III của Kế hoạch.',
    options: [
      'Tuyên truyền trên các phương tiện thông tin đại chúng',
      'Tuyên truyền trên không gian mạng',
      'Tuyên truyền miệng',
      'Cổ động trực quan',
      'Các hoạt động văn hóa, văn nghệ',
      'Phong trào thi đua yêu nước',
    ],
    correct: [],
    explanation:
      'Mục III: «1. Tuyên truyền trên các phương tiện thông tin đại chúng», «2. Tuyên truyền trên không gian mạng», «3. Tuyên truyền miệng», «4. Cổ động trực quan», «5. Các hoạt động văn hóa, văn nghệ», «6. Phong trào thi đua yêu nước».',
    difficulty: 'HARD',
    tags: ['hình thức tuyên truyền'],
    timeLimitSeconds: 45,
  },
  {
    // L65-85
    key: 'Q35',
    sectionKey: 'III',
    type: 'MULTIPLE_SELECT',
    prompt:
      'Những hình thức nào được Mục III của Kế hoạch liệt kê là hình thức tuyên truyền? (Chọn tất cả đáp án đúng)',
    options: [
      'Tuyên truyền miệng',
      'Cổ động trực quan',
      'Phong trào thi đua yêu nước',
      'Nhắn tin SMS đến từng thuê bao di động',
      'Phát tờ rơi đến từng hộ gia đình',
    ],
    correct: [0, 1, 2],
    explanation:
      'Mục III liệt kê: «3. Tuyên truyền miệng», «4. Cổ động trực quan», «6. Phong trào thi đua yêu nước» (cùng thông tin đại chúng, không gian mạng, văn hóa, văn nghệ). Tin nhắn SMS và tờ rơi không có trong Kế hoạch.',
    difficulty: 'EASY',
    tags: ['hình thức tuyên truyền'],
    timeLimitSeconds: 30,
  },
  {
    // L67
    key: 'Q36',
    sectionKey: 'III.1',
    type: 'SINGLE_CHOICE',
    prompt:
      'Với hình thức tuyên truyền trên các phương tiện thông tin đại chúng, Kế hoạch yêu cầu sử dụng tối đa lợi thế của những kênh nào?',
    options: [
      'Đài truyền thanh, cổng thông tin điện tử của phường',
      'Các nền tảng Facebook, Zalo, YouTube',
      'Băng rôn, khẩu hiệu, pano, áp phích',
      'Các buổi sinh hoạt chi bộ, họp tổ dân phố',
    ],
    correct: [0],
    explanation:
      'Mục III.1: «Sử dụng tối đa lợi thế của đài truyền thanh, cổng thông tin điện tử của phường để mở các chuyên trang, chuyên mục». Mạng xã hội thuộc Mục III.2, băng rôn, pano thuộc Mục III.4, sinh hoạt chi bộ thuộc Mục III.3.',
    difficulty: 'MEDIUM',
    tags: ['hình thức tuyên truyền', 'thông tin đại chúng'],
    timeLimitSeconds: 30,
  },
  {
    // L71
    key: 'Q37',
    sectionKey: 'III.2',
    type: 'SINGLE_CHOICE',
    prompt: 'Kế hoạch nêu những nền tảng mạng xã hội nào làm ví dụ cho tuyên truyền trên không gian mạng?',
    options: ['Facebook, Zalo, YouTube', 'TikTok, Instagram, X', 'Viber, Telegram, LinkedIn', 'Chỉ riêng Zalo'],
    correct: [0],
    explanation: 'Mục III.2: «các nền tảng mạng xã hội (Facebook, Zalo, YouTube...)».',
    difficulty: 'EASY',
    tags: ['hình thức tuyên truyền', 'không gian mạng'],
    timeLimitSeconds: 20,
  },
  {
    // L71
    key: 'Q38',
    sectionKey: 'III.2',
    type: 'MULTIPLE_SELECT',
    prompt: 'Theo Mục III.2, tuyên truyền trên không gian mạng nhằm những mục đích nào? (Chọn tất cả đáp án đúng)',
    options: [
      'Lan tỏa thông tin tích cực',
      'Định hướng dư luận',
      'Phản bác các quan điểm sai trái, thù địch',
      'Bán hàng trực tuyến cho Nhân dân',
      'Bình chọn cán bộ tiêu biểu',
    ],
    correct: [0, 1, 2],
    explanation:
      'Mục III.2: tuyên truyền trên trang tin điện tử và mạng xã hội «để lan tỏa thông tin tích cực, định hướng dư luận và phản bác các quan điểm sai trái, thù địch».',
    difficulty: 'MEDIUM',
    tags: ['hình thức tuyên truyền', 'không gian mạng'],
    timeLimitSeconds: 30,
  },
  {
    // L75
    key: 'Q39',
    sectionKey: 'III.3',
    type: 'SINGLE_CHOICE',
    prompt: 'Tuyên truyền miệng được thực hiện thông qua hoạt động của đội ngũ nào?',
    options: [
      'Báo cáo viên, tuyên truyền viên cơ sở',
      'Phóng viên các cơ quan báo chí Trung ương',
      'Công chức Phòng Kinh tế, Hạ tầng và Đô thị',
      'Nhân viên các doanh nghiệp trên địa bàn',
    ],
    correct: [0],
    explanation: 'Mục III.3: «Thông qua hoạt động của đội ngũ báo cáo viên, tuyên truyền viên cơ sở».',
    difficulty: 'EASY',
    tags: ['hình thức tuyên truyền', 'tuyên truyền miệng'],
    timeLimitSeconds: 20,
  },
  {
    // L75
    key: 'Q40',
    sectionKey: 'III.3',
    type: 'TRUE_FALSE',
    prompt:
      'Theo Kế hoạch, tuyên truyền miệng được lồng ghép trong các buổi sinh hoạt chi bộ, họp tổ dân phố, hội nghị của các đoàn thể, tổ chức chính trị - xã hội.',
    options: ['Đúng', 'Sai'],
    correct: [0],
    explanation:
      'Đúng. Mục III.3: «lồng ghép trong các buổi sinh hoạt chi bộ, họp tổ dân phố, hội nghị của các đoàn thể, tổ chức chính trị - xã hội».',
    difficulty: 'EASY',
    tags: ['hình thức tuyên truyền', 'tuyên truyền miệng'],
    timeLimitSeconds: 20,
  },
  {
    // L79
    key: 'Q41',
    sectionKey: 'III.4',
    type: 'MULTIPLE_SELECT',
    prompt: 'Hình thức cổ động trực quan trong Kế hoạch sử dụng những phương tiện nào? (Chọn tất cả đáp án đúng)',
    options: ['Băng rôn', 'Khẩu hiệu', 'Pano, áp phích', 'Xe loa lưu động', 'Tin nhắn SMS'],
    correct: [0, 1, 2],
    explanation:
      'Mục III.4: «Sử dụng băng rôn, khẩu hiệu, pano, áp phích tại các khu vực trung tâm, nơi công cộng, các tuyến đường chính và trụ sở các cơ quan, đơn vị». Xe loa và tin nhắn SMS không có trong Kế hoạch.',
    difficulty: 'EASY',
    tags: ['hình thức tuyên truyền', 'cổ động trực quan'],
    timeLimitSeconds: 30,
  },
  {
    // L83
    key: 'Q42',
    sectionKey: 'III.5',
    type: 'SINGLE_CHOICE',
    prompt:
      'Theo Mục III.5, các hoạt động văn hóa, văn nghệ quần chúng gắn với tuyên truyền Nghị quyết được tổ chức ở đâu?',
    options: [
      'Tại phường, tổ dân phố',
      'Chỉ tại các cơ sở giáo dục',
      'Chỉ tại trụ sở Ủy ban nhân dân phường',
      'Chỉ trên các nền tảng mạng xã hội',
    ],
    correct: [0],
    explanation:
      'Mục III.5: «Tổ chức các hoạt động văn hóa, văn nghệ quần chúng tại phường, tổ dân phố gắn với tuyên truyền nội dung Nghị quyết Hội nghị Trung ương 2 khóa XIV».',
    difficulty: 'MEDIUM',
    tags: ['hình thức tuyên truyền', 'văn hóa, văn nghệ'],
    timeLimitSeconds: 20,
  },
  {
    // L83
    key: 'Q43',
    sectionKey: 'III.5',
    type: 'TRUE_FALSE',
    prompt:
      'Hoạt động văn hóa, văn nghệ tuyên truyền Nghị quyết được lồng ghép trong các dịp sinh hoạt chính trị, ngày lễ, ngày kỷ niệm của đất nước và địa phương.',
    options: ['Đúng', 'Sai'],
    correct: [0],
    explanation:
      'Đúng. Mục III.5: «lồng ghép trong các dịp sinh hoạt chính trị, ngày lễ, ngày kỷ niệm của đất nước và địa phương».',
    difficulty: 'EASY',
    tags: ['hình thức tuyên truyền', 'văn hóa, văn nghệ'],
    timeLimitSeconds: 20,
  },
  {
    // L87
    key: 'Q44',
    sectionKey: 'III.6',
    type: 'NUMERIC',
    prompt:
      'Phong trào thi đua gắn việc thực hiện Nghị quyết với các chỉ tiêu phát triển kinh tế - xã hội của địa phương, đơn vị trong năm nào? (Nhập năm)',
    options: [],
    correct: [],
    numeric: { answer: 2026, tolerance: 0 },
    explanation:
      'Mục III.6: «gắn việc thực hiện Nghị quyết Hội nghị Trung ương 2 với các chỉ tiêu phát triển kinh tế - xã hội của địa phương, đơn vị trong năm 2026».',
    difficulty: 'MEDIUM',
    tags: ['hình thức tuyên truyền', 'thi đua'],
    timeLimitSeconds: 30,
  },
  {
    // L87
    key: 'Q45',
    sectionKey: 'III.6',
    type: 'SINGLE_CHOICE',
    prompt: 'Theo Kế hoạch, phong trào thi đua yêu nước gắn việc thực hiện Nghị quyết với điều gì?',
    options: [
      'Các chỉ tiêu phát triển kinh tế - xã hội của địa phương, đơn vị',
      'Số lượng bài viết đăng trên mạng xã hội',
      'Số buổi biểu diễn văn nghệ quần chúng',
      'Kết quả sơ kết của Phòng Văn hóa - Xã hội',
    ],
    correct: [0],
    explanation:
      'Mục III.6: «Phát động các phong trào thi đua, gắn việc thực hiện Nghị quyết Hội nghị Trung ương 2 với các chỉ tiêu phát triển kinh tế - xã hội của địa phương, đơn vị».',
    difficulty: 'EASY',
    tags: ['hình thức tuyên truyền', 'thi đua'],
    timeLimitSeconds: 20,
  },
  // ---------------------------------------------------------------- IV Kinh phí
  {
    // L89-91
    key: 'Q46',
    sectionKey: 'IV',
    type: 'SINGLE_CHOICE',
    prompt: 'Kinh phí thực hiện Kế hoạch tuyên truyền được lấy từ nguồn nào?',
    options: [
      'Ngân sách phường hằng năm',
      'Ngân sách Trung ương cấp riêng',
      'Vận động tài trợ từ doanh nghiệp',
      'Đóng góp của các tổ dân phố',
    ],
    correct: [0],
    explanation: 'Mục IV. Kinh phí thực hiện: «Từ nguồn ngân sách phường hằng năm».',
    difficulty: 'EASY',
    tags: ['kinh phí'],
    timeLimitSeconds: 20,
  },
  // ---------------------------------------------------------------- V Tổ chức thực hiện
  {
    // L95-97
    key: 'Q47',
    sectionKey: 'V.1',
    type: 'SINGLE_CHOICE',
    prompt:
      'Kế hoạch đề nghị cơ quan nào chỉ đạo, định hướng công tác tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV?',
    options: [
      'Ban Xây dựng Đảng Đảng ủy phường',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      'Các cơ sở giáo dục trên địa bàn phường',
    ],
    correct: [0],
    explanation:
      'Mục V.1 «Đề nghị Ban Xây dựng Đảng Đảng ủy phường»: «Chỉ đạo, định hướng công tác tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV».',
    difficulty: 'MEDIUM',
    tags: ['tổ chức thực hiện', 'ban xây dựng đảng'],
    timeLimitSeconds: 30,
  },
  {
    // L99, L133
    key: 'Q48',
    sectionKey: 'V.1',
    type: 'TRUE_FALSE',
    prompt:
      'Theo Kế hoạch, Ban Xây dựng Đảng Đảng ủy phường tổ chức tuyên truyền chủ yếu bằng băng rôn, pano, áp phích trên các tuyến đường chính.',
    options: ['Đúng', 'Sai'],
    correct: [1],
    explanation:
      'Sai. Mục V.1: Ban Xây dựng Đảng «Tổ chức tuyên truyền thông qua các hội nghị báo cáo viên, các buổi sinh hoạt chuyên đề, đội ngũ báo cáo viên, tuyên truyền viên cơ sở». Cổ động trực quan trên các trục đường chính là nhiệm vụ của Trung tâm Dịch vụ Sự nghiệp công phường (Mục V.5).',
    difficulty: 'MEDIUM',
    tags: ['tổ chức thực hiện', 'ban xây dựng đảng'],
    timeLimitSeconds: 30,
  },
  {
    // L101-103
    key: 'Q49',
    sectionKey: 'V.2',
    type: 'SINGLE_CHOICE',
    prompt: 'Đơn vị nào chủ trì, phối hợp với các phòng, ban, ngành tổ chức thực hiện Kế hoạch tuyên truyền?',
    options: [
      'Phòng Văn hóa - Xã hội phường',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      'Ban Xây dựng Đảng Đảng ủy phường',
    ],
    correct: [0],
    explanation:
      'Mục V.2 (Phòng Văn hóa - Xã hội phường): «Chủ trì, phối hợp với các phòng, ban, ngành tổ chức thực hiện Kế hoạch».',
    difficulty: 'EASY',
    tags: ['tổ chức thực hiện', 'phòng văn hóa - xã hội'],
    timeLimitSeconds: 20,
    doublePoints: true,
  },
  {
    // L103-111, L115, L133
    key: 'Q50',
    sectionKey: 'V.2',
    type: 'MULTIPLE_SELECT',
    prompt: 'Những nhiệm vụ nào được Kế hoạch giao cho Phòng Văn hóa - Xã hội phường? (Chọn tất cả đáp án đúng)',
    options: [
      'Theo dõi, kiểm tra, đôn đốc các phòng, ban, các cơ sở giáo dục triển khai kế hoạch tuyên truyền',
      'Phối hợp rà soát, kiểm tra và xử lý thông tin trái chiều, không đúng sự thật trên mạng xã hội',
      'Định kỳ sơ kết, tổng kết, đánh giá kết quả thực hiện',
      'Tham mưu Ủy ban nhân dân phường bố trí kinh phí thực hiện Kế hoạch',
      'Tổ chức cổ động trực quan tại trụ sở phường, trên các trục đường chính',
    ],
    correct: [0, 1, 2],
    explanation:
      'Mục V.2: «theo dõi, kiểm tra, đôn đốc các phòng, ban, các cơ sở giáo dục triển khai thực hiện kế hoạch tuyên truyền»; «rà soát, kiểm tra và xử lý các thông tin trái chiều, không đúng sự thật trên mạng xã hội»; «Định kỳ sơ kết, tổng kết, đánh giá kết quả thực hiện theo quy định». Bố trí kinh phí là của Phòng Kinh tế, Hạ tầng và Đô thị (V.3); cổ động trực quan là của Trung tâm Dịch vụ Sự nghiệp công (V.5).',
    difficulty: 'HARD',
    tags: ['tổ chức thực hiện', 'phòng văn hóa - xã hội'],
    timeLimitSeconds: 45,
  },
  {
    // L113-115
    key: 'Q51',
    sectionKey: 'V.3',
    type: 'SINGLE_CHOICE',
    prompt:
      'Đơn vị nào chủ trì, tham mưu Ủy ban nhân dân phường bố trí kinh phí để thực hiện các nhiệm vụ được giao tại Kế hoạch?',
    options: [
      'Phòng Kinh tế, Hạ tầng và Đô thị phường',
      'Phòng Văn hóa - Xã hội phường',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      'Trung tâm Dịch vụ Sự nghiệp công phường',
    ],
    correct: [0],
    explanation:
      'Mục V.3 (Phòng Kinh tế, Hạ tầng và Đô thị phường): «Chủ trì, tham mưu Ủy ban nhân dân phường bố trí kinh phí để thực hiện các nhiệm vụ được giao tại Kế hoạch theo quy định».',
    difficulty: 'MEDIUM',
    tags: ['tổ chức thực hiện', 'kinh phí'],
    timeLimitSeconds: 30,
  },
  {
    // L117-119
    key: 'Q52',
    sectionKey: 'V.4',
    type: 'SINGLE_CHOICE',
    prompt:
      'Đơn vị nào chủ trì đẩy mạnh công tác thông tin, tuyên truyền Nghị quyết trên Cổng thông tin điện tử phường?',
    options: [
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường',
      'Ban Xây dựng Đảng Đảng ủy phường',
      'Các Tổ dân phố trên địa bàn phường',
    ],
    correct: [0],
    explanation:
      'Mục V.4 (Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường): «Chủ trì đẩy mạnh công tác thông tin, tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV trên Cổng thông tin điện tử phường».',
    difficulty: 'HARD',
    tags: ['tổ chức thực hiện', 'cổng thông tin điện tử'],
    timeLimitSeconds: 30,
  },
  {
    // L121, L133
    key: 'Q53',
    sectionKey: 'V.5',
    type: 'SINGLE_CHOICE',
    prompt:
      'Đơn vị nào được giao tổ chức tuyên truyền cổ động trực quan tại trụ sở phường, trên các trục đường chính trên địa bàn phường?',
    options: [
      'Trung tâm Dịch vụ Sự nghiệp công phường',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      'Ban Xây dựng Đảng Đảng ủy phường',
    ],
    correct: [0],
    explanation:
      'Mục V.5 (Trung tâm Dịch vụ Sự nghiệp công phường): «Tổ chức tuyên truyền cổ động trực quan tại trụ sở phường, trên các trục đường chính trên địa bàn phường».',
    difficulty: 'HARD',
    tags: ['tổ chức thực hiện', 'cổ động trực quan'],
    timeLimitSeconds: 30,
  },
  {
    // L123-131, L111, L115
    key: 'Q54',
    sectionKey: 'V.5',
    type: 'MULTIPLE_SELECT',
    prompt:
      'Những nhiệm vụ nào được Kế hoạch giao cho Trung tâm Dịch vụ Sự nghiệp công phường? (Chọn tất cả đáp án đúng)',
    options: [
      'Tiếp cận, khai thác các nguồn tin chính thống đảm bảo tính chính xác, trung thực',
      'Đưa thông tin về triển khai Nghị quyết trên hệ thống truyền thanh phường, các trang mạng xã hội',
      'Không ngừng đổi mới nội dung, tuyên truyền ngắn gọn, dễ hiểu, phù hợp với mọi lứa tuổi',
      'Định kỳ sơ kết, tổng kết, đánh giá kết quả thực hiện',
      'Tham mưu Ủy ban nhân dân phường bố trí kinh phí thực hiện Kế hoạch',
    ],
    correct: [0, 1, 2],
    explanation:
      'Mục V.5: «tiếp cận, khai thác các nguồn tin chính thống đảm bảo tính chính xác, trung thực»; đưa thông tin «trên hệ thống truyền thanh phường, các trang mạng xã hội»; «Không ngừng đổi mới nội dung, tuyên truyền ngắn gọn, dễ hiểu, phù hợp với mọi lứa tuổi». Sơ kết, tổng kết là của Phòng Văn hóa - Xã hội (V.2); tham mưu bố trí kinh phí là của Phòng Kinh tế, Hạ tầng và Đô thị (V.3).',
    difficulty: 'HARD',
    tags: ['tổ chức thực hiện', 'trung tâm dịch vụ sự nghiệp công'],
    timeLimitSeconds: 45,
  },
  {
    // L125
    key: 'Q55',
    sectionKey: 'V.5',
    type: 'TRUE_FALSE',
    prompt:
      'Kế hoạch yêu cầu Trung tâm Dịch vụ Sự nghiệp công phường tuyên truyền ngắn gọn, dễ hiểu, phù hợp với mọi lứa tuổi.',
    options: ['Đúng', 'Sai'],
    correct: [0],
    explanation:
      'Đúng. Mục V.5: «Không ngừng đổi mới nội dung, tuyên truyền ngắn gọn, dễ hiểu, phù hợp với mọi lứa tuổi».',
    difficulty: 'EASY',
    tags: ['tổ chức thực hiện', 'trung tâm dịch vụ sự nghiệp công'],
    timeLimitSeconds: 20,
  },
  {
    // L143
    key: 'Q56',
    sectionKey: 'V.6',
    type: 'SINGLE_CHOICE',
    prompt:
      'Khi phát sinh khó khăn, vướng mắc trong quá trình triển khai, các cơ quan, đơn vị, cơ sở giáo dục, tổ dân phố phản ánh bằng văn bản qua đơn vị nào tổng hợp?',
    options: [
      'Phòng Văn hóa - Xã hội phường',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      'Trung tâm Dịch vụ Sự nghiệp công phường',
      'Ban Xây dựng Đảng Đảng ủy phường',
    ],
    correct: [0],
    explanation:
      'Mục V.6: «phản ánh bằng văn bản (qua Phòng Văn hóa - Xã hội phường tổng hợp), báo cáo Ủy ban nhân dân phường xem xét, chỉ đạo giải quyết».',
    difficulty: 'HARD',
    tags: ['tổ chức thực hiện', 'phòng văn hóa - xã hội'],
    timeLimitSeconds: 30,
  },
  {
    // L141
    key: 'Q57',
    sectionKey: 'V.6',
    type: 'TRUE_FALSE',
    prompt:
      'Các phòng, ban, đơn vị, Tổ dân phố và cơ sở giáo dục có nhiệm vụ nắm bắt tình hình dư luận xã hội tại cơ quan, địa phương; đấu tranh, phản bác các quan điểm sai trái, xuyên tạc.',
    options: ['Đúng', 'Sai'],
    correct: [0],
    explanation:
      'Đúng. Mục V.6: «Nắm bắt tình hình dư luận xã hội tại cơ quan, địa phương; đấu tranh, phản bác các quan điểm sai trái, xuyên tạc».',
    difficulty: 'EASY',
    tags: ['tổ chức thực hiện', 'dư luận xã hội'],
    timeLimitSeconds: 30,
  },
  {
    // L95, L101, L113, L117, L121, L135
    key: 'Q58',
    sectionKey: 'V',
    type: 'ORDERING',
    prompt:
      'Sắp xếp các cơ quan, đơn vị theo đúng thứ tự được giao nhiệm vụ trong Mục V (Tổ chức thực hiện) của Kế hoạch.',
    options: [
      'Ban Xây dựng Đảng Đảng ủy phường',
      'Phòng Văn hóa - Xã hội phường',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      'Trung tâm Dịch vụ Sự nghiệp công phường',
      'Các phòng, ban, đơn vị, Tổ dân phố và cơ sở giáo dục',
    ],
    correct: [],
    explanation:
      'Mục V đánh số: «1. Đề nghị Ban Xây dựng Đảng Đảng ủy phường», «2. Phòng Văn hóa - Xã hội phường», «3. Phòng Kinh tế, Hạ tầng và Đô thị phường», «4. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường», «5. Trung tâm Dịch vụ Sự nghiệp công phường», «6. Các phòng, ban, đơn vị, các Tổ dân phố và các cơ sở giáo dục trên địa bàn phường».',
    difficulty: 'HARD',
    tags: ['tổ chức thực hiện'],
    timeLimitSeconds: 45,
  },
];

export const DEMO_QUIZ = {
  title: 'Tìm hiểu Nghị quyết Hội nghị Trung ương 2 khóa XIV',
  description:
    'Bộ đề thi trực tiếp 15 câu về Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV của phường Hải An: mục đích, yêu cầu; ba nhóm nội dung; các hình thức tuyên truyền và nhiệm vụ của từng cơ quan, đơn vị.',
  questionKeys: [
    'Q03', // NUMERIC  EASY
    'Q06', // SINGLE   EASY
    'Q12', // TF       EASY (Sai)
    'Q16', // ORDERING MEDIUM
    'Q17', // SINGLE   MEDIUM ×2
    'Q24', // SINGLE   EASY
    'Q25', // MULTI    MEDIUM ×2
    'Q31', // SINGLE   EASY
    'Q30', // TF       MEDIUM (Sai)
    'Q37', // SINGLE   EASY
    'Q38', // MULTI    MEDIUM
    'Q34', // ORDERING HARD
    'Q44', // NUMERIC  MEDIUM
    'Q49', // SINGLE   EASY ×2
    'Q53', // SINGLE   HARD
  ],
};

/** The whole demo pack, in the shape the content seeder loads. */
export const DEMO_CONTENT: DemoContentPack = {
  resolution: DEMO_RESOLUTION,
  sections: DEMO_SECTIONS,
  questions: DEMO_QUESTIONS,
  quiz: DEMO_QUIZ,
};
