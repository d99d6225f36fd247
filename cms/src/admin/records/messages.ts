/** The register import page's texts (issue 20), registered with the admin's translations in `app.tsx`. */
const en = {
  'thads.register.menu': 'Register import',
  'thads.register.title': 'Register of debtors without conditions to pay',
  'thads.register.subtitle':
    'Import a unit’s register from a spreadsheet (XLSX, or CSV in UTF-8 or Windows-1258), preview, then confirm; export it',
  'thads.register.unit': 'Unit handling the cases',
  'thads.register.unit.choose': 'Choose a unit',
  'thads.register.file': 'Spreadsheet (.xlsx or .csv, at most 50 MB and 100,000 rows)',
  'thads.register.preview': 'Preview',
  'thads.register.reading': 'Reading the file…',
  'thads.register.counts':
    '{rows} rows read ({encoding}): {create} to add, {update} to update, {unchanged} unchanged, {remove} to take off, {errors} with errors.',
  'thads.register.errors': 'Rows with errors (nothing is written until they are corrected)',
  'thads.register.reason': 'Reason for taking off the entries absent from the file',
  'thads.register.note': 'Note (decision, grounds)',
  'thads.register.confirm': 'Confirm and publish',
  'thads.register.confirm.editors':
    'Only Editors confirm an import, since confirming publishes it: ask an Editor of your agency to confirm this file.',
  'thads.register.reason.choose': 'Choose a reason',
  'thads.register.confirmed': 'Published: {create} added, {update} updated, {remove} taken off.',
  'thads.register.export.xlsx': 'Export XLSX',
  'thads.register.export.csv': 'Export CSV',
  'thads.register.samples.create': 'To add',
  'thads.register.samples.update': 'To update',
  'thads.register.samples.remove': 'To take off',
  'thads.register.column.line': 'Row',
  'thads.register.column.name': 'Full name',
  'thads.register.column.decision': 'Decision',
};
export type RegisterMessageKey = keyof typeof en;
const vi: Record<RegisterMessageKey, string> = {
  'thads.register.menu': 'Nhập danh sách chưa có điều kiện thi hành',
  'thads.register.title': 'Danh sách người phải thi hành án chưa có điều kiện thi hành',
  'thads.register.subtitle':
    'Nhập danh sách của một đơn vị từ bảng tính (XLSX, hoặc CSV UTF-8 hay Windows-1258), xem trước rồi xác nhận; xuất danh sách',
  'thads.register.unit': 'Đơn vị tổ chức thi hành',
  'thads.register.unit.choose': 'Chọn đơn vị',
  'thads.register.file': 'Bảng tính (.xlsx hoặc .csv, tối đa 50 MB và 100.000 dòng)',
  'thads.register.preview': 'Xem trước',
  'thads.register.reading': 'Đang đọc tệp…',
  'thads.register.counts':
    'Đã đọc {rows} dòng ({encoding}): thêm {create}, cập nhật {update}, giữ nguyên {unchanged}, gỡ {remove}, {errors} dòng lỗi.',
  'thads.register.errors': 'Các dòng có lỗi (chưa ghi gì cho đến khi sửa xong)',
  'thads.register.reason': 'Lý do gỡ những người không còn trong tệp',
  'thads.register.note': 'Ghi chú (quyết định, căn cứ)',
  'thads.register.confirm': 'Xác nhận và công bố',
  'thads.register.confirm.editors':
    'Chỉ Biên tập viên xác nhận được việc nhập danh sách, vì xác nhận là công bố: hãy nhờ Biên tập viên của cơ quan xác nhận tệp này.',
  'thads.register.reason.choose': 'Chọn lý do',
  'thads.register.confirmed': 'Đã công bố: thêm {create}, cập nhật {update}, gỡ {remove}.',
  'thads.register.export.xlsx': 'Xuất XLSX',
  'thads.register.export.csv': 'Xuất CSV',
  'thads.register.samples.create': 'Sẽ thêm',
  'thads.register.samples.update': 'Sẽ cập nhật',
  'thads.register.samples.remove': 'Sẽ gỡ',
  'thads.register.column.line': 'Dòng',
  'thads.register.column.name': 'Họ và tên',
  'thads.register.column.decision': 'Quyết định',
};
export const REGISTER_MESSAGES = { en, vi };
