/** The texts of the admin's agency pieces (keys `thads.agencies.*`), in English and Vietnamese (see ../messages.ts). */
const en = {
  'thads.agencies.field.label': 'Agency',
  'thads.agencies.field.hint': 'The agency the document belongs to; it never moves to another one.',
  'thads.agencies.field.choose': 'Choose the agency',
  'thads.agencies.field.none': 'Your account belongs to no agency yet: ask a Super Admin to assign one (Settings).',
  'thads.agencies.list.scope': 'Agency: {names}',
  'thads.agencies.list.all': 'Agency: all agencies (Super Admin)',
  'thads.agencies.settings.link': 'Agencies of admin accounts',
  'thads.agencies.accounts.title': 'Agencies of admin accounts',
  'thads.agencies.accounts.subtitle':
    'Each account works for one agency (and the agencies merged into it); a central account may be granted others.',
  'thads.agencies.accounts.name': 'Account',
  'thads.agencies.accounts.roles': 'Roles',
  'thads.agencies.accounts.agency': 'Agency',
  'thads.agencies.accounts.grants': 'Also acts for (central accounts)',
  'thads.agencies.accounts.unassigned': 'No agency: sees no document',
  'thads.agencies.accounts.save': 'Save',
  'thads.agencies.accounts.saved': 'Saved: {name} now works for {agency}.',
  'thads.agencies.accounts.onlySuperAdmins': 'Only Super Admins assign agencies.',
  'thads.agencies.invite.title': 'Invite an editor',
  'thads.agencies.invite.firstname': 'First name',
  'thads.agencies.invite.lastname': 'Last name',
  'thads.agencies.invite.email': 'Email',
  'thads.agencies.invite.role': 'Role',
  'thads.agencies.invite.agency': 'Agency',
  'thads.agencies.invite.submit': 'Invite',
  'thads.agencies.invite.link': 'Send this link to {email} to set a password:',
} as const;

export type AgencyMessageKey = keyof typeof en;

const vi: Record<AgencyMessageKey, string> = {
  'thads.agencies.field.label': 'Cơ quan',
  'thads.agencies.field.hint': 'Cơ quan sở hữu tài liệu; không chuyển được sang cơ quan khác.',
  'thads.agencies.field.choose': 'Chọn cơ quan',
  'thads.agencies.field.none':
    'Tài khoản của bạn chưa thuộc cơ quan nào: hãy nhờ Quản trị cấp cao gán cơ quan (Cài đặt).',
  'thads.agencies.list.scope': 'Cơ quan: {names}',
  'thads.agencies.list.all': 'Cơ quan: tất cả (Quản trị cấp cao)',
  'thads.agencies.settings.link': 'Cơ quan của tài khoản',
  'thads.agencies.accounts.title': 'Cơ quan của tài khoản quản trị',
  'thads.agencies.accounts.subtitle':
    'Mỗi tài khoản làm việc cho một cơ quan (và các cơ quan đã hợp nhất vào đó); tài khoản của Cục Quản lý có thể được giao thêm cơ quan khác.',
  'thads.agencies.accounts.name': 'Tài khoản',
  'thads.agencies.accounts.roles': 'Vai trò',
  'thads.agencies.accounts.agency': 'Cơ quan',
  'thads.agencies.accounts.grants': 'Làm việc thêm cho (tài khoản Cục Quản lý)',
  'thads.agencies.accounts.unassigned': 'Chưa có cơ quan: không thấy tài liệu nào',
  'thads.agencies.accounts.save': 'Lưu',
  'thads.agencies.accounts.saved': 'Đã lưu: {name} làm việc cho {agency}.',
  'thads.agencies.accounts.onlySuperAdmins': 'Chỉ Quản trị cấp cao gán cơ quan cho tài khoản.',
  'thads.agencies.invite.title': 'Mời biên tập viên',
  'thads.agencies.invite.firstname': 'Tên',
  'thads.agencies.invite.lastname': 'Họ',
  'thads.agencies.invite.email': 'Thư điện tử',
  'thads.agencies.invite.role': 'Vai trò',
  'thads.agencies.invite.agency': 'Cơ quan',
  'thads.agencies.invite.submit': 'Mời',
  'thads.agencies.invite.link': 'Gửi liên kết này cho {email} để đặt mật khẩu:',
};

export const AGENCY_MESSAGES = { en, vi };
