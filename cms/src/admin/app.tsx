import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each user's profile.
    locales: ['vi'],
    translations: {
      vi: {
        'Auth.form.welcome.title': 'Cổng thông tin Cục THADS tỉnh Vĩnh Phúc',
        'Auth.form.welcome.subtitle': 'Đăng nhập trang quản trị nội dung',
      },
    },
  },
  bootstrap(_app: StrapiApp) {},
};
