import type { ActivityForm } from './activity-enums.js';

/**
 * The kinds of activity under each form, and the fields each form's entry asks for. The
 * codes are stable (files, indicator bindings); OTHER lets a unit log what the list does
 * not name (its title then says what it was).
 */
export interface ActivityKindDefinition {
  code: string;
  form: ActivityForm;
  labelVi: string;
  labelEn: string;
}

const kind = (form: ActivityForm, code: string, labelVi: string, labelEn: string): ActivityKindDefinition => ({
  code,
  form,
  labelVi,
  labelEn,
});

export const ACTIVITY_KINDS: readonly ActivityKindDefinition[] = [
  kind('MASS_MEDIA', 'RADIO', 'Tin, bài trên đài truyền thanh', 'Item on the ward radio'),
  kind('MASS_MEDIA', 'PORTAL', 'Tin, bài trên cổng thông tin điện tử', 'Article on the web portal'),
  kind('MASS_MEDIA', 'PRESS', 'Tin, bài trên báo, tạp chí', 'Press article'),
  kind('MASS_MEDIA', 'TELEVISION', 'Phóng sự, tin trên truyền hình', 'Television report'),
  kind('CYBERSPACE', 'ZALO', 'Bài đăng trên nhóm Zalo', 'Zalo group post'),
  kind('CYBERSPACE', 'FACEBOOK', 'Bài đăng trên trang Facebook', 'Facebook page post'),
  kind('CYBERSPACE', 'WEBSITE', 'Bài trên trang thông tin của đơn vị', "Post on the unit's website"),
  kind('CYBERSPACE', 'VIDEO', 'Video trên YouTube, TikTok', 'Video on YouTube, TikTok'),
  kind('ORAL', 'PARTY_CELL_MEETING', 'Sinh hoạt chi bộ', 'Party cell meeting'),
  kind('ORAL', 'TDP_MEETING', 'Họp tổ dân phố', 'Neighbourhood group meeting'),
  kind('ORAL', 'CONFERENCE', 'Hội nghị quán triệt, triển khai', 'Briefing conference'),
  kind('ORAL', 'REPORTER_CONFERENCE', 'Hội nghị báo cáo viên', "Reporters' conference"),
  kind('ORAL', 'BRIEFING', 'Giao ban cơ quan, đơn vị', 'Staff briefing'),
  kind('ORAL', 'MASS_ORGANISATION', 'Sinh hoạt đoàn thể', 'Mass organisation meeting'),
  kind('ORAL', 'THEMATIC', 'Sinh hoạt chuyên đề, ngoại khóa', 'Thematic session'),
  kind('VISUAL', 'BANNER', 'Băng rôn, khẩu hiệu', 'Banner, slogan'),
  kind('VISUAL', 'PANEL', 'Pa nô, áp phích', 'Panel, poster'),
  kind('VISUAL', 'LED_SCREEN', 'Màn hình LED', 'LED screen'),
  kind('VISUAL', 'FLAG', 'Cờ, cờ phướn', 'Flags'),
  kind('VISUAL', 'NOTICE_BOARD', 'Bảng tin', 'Notice board'),
  kind('CULTURAL', 'PERFORMANCE', 'Chương trình văn nghệ', 'Performance'),
  kind('CULTURAL', 'CONTEST', 'Hội thi, hội diễn', 'Contest, festival'),
  kind('CULTURAL', 'SPORTS', 'Hoạt động thể dục, thể thao', 'Sports event'),
  kind('CULTURAL', 'EXHIBITION', 'Triển lãm, trưng bày', 'Exhibition'),
  kind('EMULATION', 'REGISTRATION', 'Đăng ký thi đua', 'Emulation registration'),
  kind('EMULATION', 'MODEL', 'Mô hình, cách làm hay', 'Good practice model'),
  kind('EMULATION', 'EXEMPLAR', 'Gương điển hình tiên tiến', 'Exemplary person or group'),
  ...(['MASS_MEDIA', 'CYBERSPACE', 'ORAL', 'VISUAL', 'CULTURAL', 'EMULATION'] as const).map((form) =>
    kind(form, `${form}_OTHER`, 'Hình thức khác', 'Other'),
  ),
];

export function activityKind(code: string): ActivityKindDefinition | undefined {
  return ACTIVITY_KINDS.find((k) => k.code === code);
}

/**
 * What each form's entry asks for, beyond the common title, kind, date and notes:
 * - attendance: a count of attendees and, where the unit has a roster, the people present;
 * - speaker: the speaker or báo cáo viên;
 * - channel/link: where it was published;
 * - quantity: how many items (banners, panels, posts);
 * - location: where it took place or stands.
 * `requiresLink` and `requiresPhoto` are what a SUBMITTED entry must have (a draft may lack them).
 */
export interface ActivityFormFields {
  attendance: boolean;
  speaker: boolean;
  link: boolean;
  quantity: boolean;
  location: boolean;
  requiresLink: boolean;
  requiresPhoto: boolean;
}

export const ACTIVITY_FORM_FIELDS: Record<ActivityForm, ActivityFormFields> = {
  MASS_MEDIA: f({ link: true, quantity: true }),
  CYBERSPACE: f({ link: true, quantity: true, requiresLink: true }),
  ORAL: f({ attendance: true, speaker: true, location: true }),
  VISUAL: f({ quantity: true, location: true, requiresPhoto: true }),
  CULTURAL: f({ attendance: true, location: true }),
  EMULATION: f({ attendance: true, quantity: true }),
};

function f(fields: Partial<ActivityFormFields>): ActivityFormFields {
  return {
    attendance: false,
    speaker: false,
    link: false,
    quantity: false,
    location: false,
    requiresLink: false,
    requiresPhoto: false,
    ...fields,
  };
}
