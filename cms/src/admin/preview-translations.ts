/** Vietnamese for the edit view's preview (Strapi 5.54 ships it in English only). */
export const previewTranslations = {
  'content-manager.preview.panel.title': 'Xem trước',
  'content-manager.preview.panel.button': 'Mở bản xem trước',
  'content-manager.preview.panel.button-configuration': 'Thiết lập xem trước',
  'content-manager.preview.panel.button-disabled-tooltip': 'Hãy lưu bài trước khi xem trước',
  'content-manager.preview.page-title': 'Xem trước {contentType}',
  'content-manager.preview.header.close': 'Đóng bản xem trước',
  'content-manager.preview.copy.label': 'Sao chép liên kết xem trước (hết hạn sau ít phút)',
  'content-manager.preview.copy.success': 'Đã sao chép liên kết xem trước',
  'content-manager.preview.tabs.label': 'Phiên bản xem trước',
  'content-manager.preview.content.close-editor': 'Đóng khung soạn thảo',
  'content-manager.preview.content.open-editor': 'Mở khung soạn thảo',
  'content-manager.preview.device.select': 'Chọn loại thiết bị',
  'content-manager.preview.device.desktop': 'Máy tính',
  'content-manager.preview.device.mobile': 'Điện thoại',
};
