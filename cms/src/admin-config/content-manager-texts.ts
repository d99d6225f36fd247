/**
 * What editors read in the admin's content manager: a Vietnamese label and a one-line hint for every field, the list
 * view's columns and its default order. Applied at every start (`apply-content-manager-texts.ts`).
 */
/**
 * `label` in Vietnamese and `en` in English: the content manager has one label for every admin language, shown as
 * "Tiêu đề (Title)". `editable: false`: shown read-only in the edit view (it changes elsewhere, e.g. the review panel).
 */
export type FieldText = { label: string; en: string; hint: string; editable?: false };
export type ModelTexts = {
  fields: Record<string, FieldText>;
  /** Columns of the list view (the status column is Strapi's own, always shown), headed by the Vietnamese label. */
  columns?: string[];
  sort?: { by: string; order: 'ASC' | 'DESC' };
};

const NAME: FieldText = { label: 'Tên', en: 'Name', hint: 'Tên hiển thị trên cổng thông tin.' };
const SLUG: FieldText = {
  label: 'Đường dẫn',
  en: 'Slug',
  hint: 'Phần cuối địa chỉ trang, tự tạo từ tên/tiêu đề; chỉ chữ thường không dấu và gạch nối.',
};
const ARTICLES: FieldText = {
  label: 'Bài viết',
  en: 'Articles',
  hint: 'Các bài viết thuộc mục này (sửa từ phía bài viết).',
};
const LABEL: FieldText = { label: 'Nhãn', en: 'Label', hint: 'Chữ hiển thị cho người đọc.' };
const AGENCY: FieldText = {
  label: 'Cơ quan',
  en: 'Agency',
  hint: 'Cơ quan sở hữu tài liệu; tự đặt theo tài khoản khi tạo, không chuyển được sang cơ quan khác.',
};
/**
 * Scheduled publishing (`src/scheduling`), on articles and campaign themes: edited in the "Lịch đăng" panel, not in the
 * edit form (`scheduling/admin-layout.ts` takes them out of it); shown as list columns, with failures.
 */
const SCHEDULE: Record<'publishAt' | 'unpublishAt' | 'scheduleError', FieldText> = {
  publishAt: {
    label: 'Hẹn giờ xuất bản',
    en: 'Publish at',
    hint: 'Giờ Việt Nam. Để trống nếu không hẹn giờ; xoá để huỷ lịch.',
  },
  unpublishAt: { label: 'Hẹn giờ gỡ bài', en: 'Unpublish at', hint: 'Giờ Việt Nam; phải sau giờ xuất bản.' },
  scheduleError: {
    label: 'Lỗi lịch đăng',
    en: 'Scheduling error',
    hint: 'Vì sao lần xuất bản theo lịch không thành; lên lịch lại để xoá.',
    editable: false,
  },
};
const SCHEDULE_COLUMNS = ['publishAt', 'scheduleError'];

// --- Issue 21 (agencies' pages in two languages, citizens' questions): shared field texts ---------------------------
const SAMPLE: Record<'isSample', FieldText> = {
  isSample: {
    label: 'Dữ liệu mẫu',
    en: 'Sample data',
    hint: 'Đánh dấu nội dung mẫu (chưa phải thông tin chính thức); trang công khai ghi rõ "dữ liệu mẫu".',
  },
};
/** The same in both languages: entered once, in either. */
const CONTACT_FIELDS: Record<'address' | 'phone' | 'email', FieldText> = {
  address: { label: 'Địa chỉ', en: 'Address', hint: 'Địa chỉ trụ sở đơn vị (dùng chung cho hai ngôn ngữ).' },
  phone: { label: 'Điện thoại', en: 'Phone', hint: 'Số điện thoại liên hệ, ví dụ 0210 3846 123.' },
  email: { label: 'Thư điện tử', en: 'Email', hint: 'Địa chỉ thư điện tử của đơn vị.' },
};

// --- Issue 21: an agency's English name, the portals citizens are pointed to, its mail to citizens -----------------
const AGENCY_CITIZENS_FIELDS: Record<string, FieldText> = {
  englishName: {
    label: 'Tên tiếng Anh',
    en: 'English name',
    hint: 'Tên cơ quan trên các trang tiếng Anh; để trống thì hiện tên tiếng Việt.',
  },
  nationalServicePortal: {
    label: 'Cổng Dịch vụ công quốc gia',
    en: 'National public service portal',
    hint: 'Hiện ở chân trang và trang Liên hệ, ví dụ https://dichvucong.gov.vn.',
  },
  provinceServicePortal: {
    label: 'Cổng dịch vụ công của tỉnh',
    en: "Province's public service portal",
    hint: 'Hiện ở chân trang và trang Liên hệ (không áp dụng với Cục Quản lý).',
  },
  feedbackPortal: {
    label: 'Hệ thống phản ánh, kiến nghị',
    en: 'Citizen feedback system',
    hint: 'Hệ thống tiếp nhận phản ánh, kiến nghị quốc gia; hiện ở chân trang và trang Liên hệ.',
  },
  mailSenderName: {
    label: 'Tên người gửi thư',
    en: 'Mail sender name',
    hint: 'Tên hiện ở thư báo trả lời gửi người hỏi; để trống thì dùng tên cơ quan.',
  },
  mailReplyTo: {
    label: 'Địa chỉ nhận thư trả lời',
    en: 'Reply-to address',
    hint: 'Khi người hỏi trả lời thư báo, thư đến địa chỉ này; để trống thì dùng thư điện tử của cơ quan.',
  },
};

// --- Issue 21: an agency's introduction and leadership, citizens' questions ----------------------------------------
const CITIZENS_TEXTS: Record<string, ModelTexts> = {
  'api::agency-profile.agency-profile': {
    fields: {
      agency: AGENCY,
      summary: {
        label: 'Tóm tắt',
        en: 'Summary',
        hint: 'Hai, ba câu: cơ quan là ai, làm gì (đầu trang Giới thiệu và trang tiếng Anh).',
      },
      functions: {
        label: 'Vị trí, chức năng',
        en: 'Functions',
        hint: 'Vị trí và chức năng của cơ quan theo văn bản quy định.',
      },
      duties: { label: 'Nhiệm vụ, quyền hạn', en: 'Duties', hint: 'Các nhiệm vụ, quyền hạn chính.' },
      history: {
        label: 'Lịch sử',
        en: 'History',
        hint: 'Quá trình hình thành, hợp nhất. Bỏ trống ở bản tiếng Anh nếu chưa dịch: trang hiện bản tiếng Việt.',
      },
      ...SAMPLE,
    },
    columns: ['agency', 'summary'],
    sort: { by: 'agency', order: 'ASC' },
  },
  'api::leader.leader': {
    fields: {
      name: { label: 'Họ và tên', en: 'Name', hint: 'Họ và tên (dùng chung cho hai ngôn ngữ).' },
      position: {
        label: 'Chức vụ',
        en: 'Position',
        hint: 'Ví dụ: Phó Thủ trưởng (tiếng Anh: Deputy Head of the agency).',
      },
      responsibilities: {
        label: 'Lĩnh vực phụ trách',
        en: 'Areas of responsibility',
        hint: 'Các lĩnh vực, đơn vị người này phụ trách.',
      },
      photo: { label: 'Ảnh', en: 'Photo', hint: 'Ảnh chân dung, có mô tả ảnh (dùng chung cho hai ngôn ngữ).' },
      order: { label: 'Thứ tự', en: 'Order', hint: 'Vị trí trong danh sách lãnh đạo: số nhỏ đứng trước.' },
      agency: AGENCY,
      ...SAMPLE,
    },
    columns: ['order', 'name', 'position', 'agency'],
    sort: { by: 'order', order: 'ASC' },
  },
  'api::question.question': {
    fields: {
      title: {
        label: 'Tiêu đề',
        en: 'Title',
        hint: 'Sửa được để bỏ thông tin cá nhân; đường dẫn được tạo từ tiêu đề khi đăng lần đầu.',
      },
      slug: {
        label: 'Đường dẫn',
        en: 'Slug',
        hint: 'Tự tạo từ tiêu đề khi câu hỏi được đăng lần đầu.',
        editable: false,
      },
      agency: AGENCY,
      topic: { label: 'Chủ đề', en: 'Topic', hint: 'Câu hỏi được xếp theo chủ đề trên trang Hỏi đáp.' },
      question: {
        label: 'Câu hỏi',
        en: 'Question',
        hint: 'Lời của người hỏi; hãy bỏ họ tên, địa chỉ, số hồ sơ… trước khi đăng. Hiện dưới dạng chữ thường.',
      },
      answer: { label: 'Trả lời', en: 'Answer', hint: 'Câu trả lời của cơ quan (bắt buộc trước khi đăng).' },
      askedAt: { label: 'Ngày hỏi', en: 'Asked on', hint: 'Khi câu hỏi được gửi.', editable: false },
      answeredAt: {
        label: 'Ngày trả lời',
        en: 'Answered on',
        hint: 'Đặt khi câu trả lời được đăng lần đầu.',
        editable: false,
      },
      state: {
        label: 'Trạng thái',
        en: 'Status',
        hint: 'Người hỏi xem trạng thái bằng mã tra cứu. "Đã trả lời" được đặt khi đăng; "Không đăng" cần ghi lý do.',
      },
      declineReason: {
        label: 'Lý do không đăng',
        en: 'Why not published',
        hint: 'Người hỏi đọc lý do này khi tra cứu (chỉ khi trạng thái là "Không đăng").',
      },
      trackingCode: {
        label: 'Mã tra cứu',
        en: 'Tracking code',
        hint: 'Mã người hỏi nhận khi gửi; dùng khi người hỏi liên hệ.',
        editable: false,
      },
      isSample: SAMPLE.isSample,
    },
    columns: ['askedAt', 'title', 'topic', 'state', 'agency'],
    sort: { by: 'askedAt', order: 'ASC' },
  },
};

export const CONTENT_TYPE_TEXTS: Record<string, ModelTexts> = {
  'api::article.article': {
    fields: {
      title: { label: 'Tiêu đề', en: 'Title', hint: 'Tiêu đề bài viết, ngắn gọn, đủ ý (nên dưới 150 ký tự).' },
      slug: SLUG,
      agency: AGENCY,
      lead: { label: 'Sa-pô, tóm tắt', en: 'Lead', hint: 'Một đến ba câu tóm tắt, hiện dưới tiêu đề và khi chia sẻ.' },
      audience: {
        label: 'Đối tượng xem',
        en: 'Audience',
        hint: 'Công khai: mọi người đọc; Nội bộ: chỉ cán bộ đã đăng nhập.',
      },
      body: {
        label: 'Nội dung',
        en: 'Body',
        hint: 'Nội dung bài; mọi ảnh cần có mô tả thay thế (alt) trước khi xuất bản.',
      },
      cover: {
        label: 'Ảnh đại diện',
        en: 'Cover image',
        hint: 'Ảnh ở đầu bài và khi chia sẻ; cần có mô tả thay thế (alt).',
      },
      date: {
        label: 'Ngày đăng',
        en: 'Date',
        hint: 'Ngày giờ hiển thị của bài (giờ Việt Nam); để trống: lúc xuất bản lần đầu.',
      },
      authors: { label: 'Tác giả', en: 'Authors', hint: 'Người viết bài; chọn một hoặc nhiều.' },
      category: { label: 'Chuyên mục', en: 'Category', hint: 'Chuyên mục chính của bài trên thanh điều hướng.' },
      campaignThemes: {
        label: 'Phong trào thi đua',
        en: 'Campaign themes',
        hint: 'Các phong trào thi đua mà bài thuộc về (nếu có).',
      },
      legacyPath: {
        label: 'Địa chỉ cũ',
        en: 'Legacy address',
        hint: 'Địa chỉ của bài trên cổng thông tin cũ (…/view_detail.aspx?itemid=…); người đọc theo địa chỉ đó được chuyển về đây.',
      },
      source: { label: 'Nguồn', en: 'Source', hint: 'Nguồn tin nếu lấy từ nơi khác (ví dụ: báo của tỉnh).' },
      featured: { label: 'Tin nổi bật', en: 'Featured', hint: 'Bật để đưa bài lên khu tin nổi bật ở trang chủ.' },
      attachments: { label: 'Tệp đính kèm', en: 'Attachments', hint: 'Văn bản, biểu mẫu đi kèm bài (PDF, DOCX…).' },
      isSample: {
        label: 'Bài mẫu nội bộ',
        en: 'Sample',
        hint: 'Bài mẫu do hệ thống tạo để thử; không dùng cho bài thật.',
      },
      reviewState: {
        label: 'Duyệt bài',
        en: 'Review',
        hint: 'Chờ duyệt hoặc Bị trả lại. Đổi bằng nút "Gửi duyệt" / "Trả lại" ở khung Duyệt bài.',
        editable: false,
      },
      reviewComment: {
        label: 'Ý kiến của biên tập viên',
        en: "Editor's comment",
        hint: 'Lý do trả lại bài, để tác giả sửa (biên tập viên ghi khi bấm "Trả lại").',
        editable: false,
      },
      updatedAt: {
        label: 'Sửa lần cuối',
        en: 'Last edited',
        hint: 'Thời điểm bài được lưu lần cuối (bản nháp hay bản đã đăng).',
        editable: false,
      },
      ...SCHEDULE,
    },
    // What an editor needs, within 1280 px (the admin's menus leave the table about 880 px): the schedule shows in the
    // review column (`admin/list-cells.tsx`), the status column is Strapi's own.
    // Last edited first: a new draft has no date until it is published, and would sort after every article by date.
    columns: ['title', 'agency', 'category', 'authors', 'date', 'reviewState'],
    sort: { by: 'updatedAt', order: 'DESC' },
  },
  'api::author.author': {
    fields: {
      name: { label: 'Họ và tên', en: 'Full name', hint: 'Họ tên đầy đủ của tác giả.' },
      slug: SLUG,
      agency: AGENCY,
      position: { label: 'Chức vụ', en: 'Position', hint: 'Ví dụ: Chấp hành viên, Chuyên viên.' },
      unit: { label: 'Đơn vị', en: 'Unit', hint: 'Đơn vị công tác, ví dụ: Chi cục THADS huyện Tam Dương.' },
      bio: { label: 'Giới thiệu', en: 'About', hint: 'Vài dòng giới thiệu, hiện trên trang tác giả.' },
      photo: { label: 'Ảnh chân dung', en: 'Portrait', hint: 'Ảnh vuông, rõ mặt; cần có mô tả thay thế (alt).' },
      articles: ARTICLES,
    },
    columns: ['name', 'agency', 'position', 'unit'],
    sort: { by: 'name', order: 'ASC' },
  },
  'api::campaign-theme.campaign-theme': {
    fields: {
      name: { label: 'Tên phong trào', en: 'Campaign name', hint: 'Tên đầy đủ của phong trào thi đua.' },
      slug: SLUG,
      agency: AGENCY,
      slogan: { label: 'Khẩu hiệu', en: 'Slogan', hint: 'Khẩu hiệu của phong trào, hiện ở đầu trang.' },
      description: { label: 'Mô tả', en: 'Description', hint: 'Nội dung, mục đích, cách thức thực hiện phong trào.' },
      startDate: { label: 'Ngày bắt đầu', en: 'Start date', hint: 'Ngày phát động phong trào.' },
      endDate: { label: 'Ngày kết thúc', en: 'End date', hint: 'Để trống nếu phong trào thường xuyên, chưa có hạn.' },
      issuingBody: {
        label: 'Cơ quan phát động',
        en: 'Issuing body',
        hint: 'Ví dụ: Cục Thi hành án dân sự tỉnh … (tên trước ngày 01/07/2025).',
      },
      targets: { label: 'Chỉ tiêu', en: 'Target', hint: 'Các chỉ tiêu cần đạt và con số đặt ra.' },
      milestones: { label: 'Mốc thời gian', en: 'Milestones', hint: 'Các mốc, ngày kỷ niệm gắn với phong trào.' },
      cover: { label: 'Ảnh bìa', en: 'Cover image', hint: 'Ảnh đầu trang phong trào; cần có mô tả thay thế (alt).' },
      articles: ARTICLES,
      ...SCHEDULE,
    },
    columns: ['name', 'agency', 'startDate', 'endDate', ...SCHEDULE_COLUMNS],
    sort: { by: 'startDate', order: 'DESC' },
  },
  'api::category.category': {
    fields: {
      name: NAME,
      slug: SLUG,
      description: { label: 'Mô tả', en: 'Description', hint: 'Một câu giới thiệu chuyên mục.' },
      order: { label: 'Thứ tự', en: 'Order', hint: 'Vị trí trên thanh điều hướng: số nhỏ đứng trước.' },
      articles: ARTICLES,
    },
    columns: ['order', 'name', 'slug'],
    sort: { by: 'order', order: 'ASC' },
  },
  'api::agency.agency': {
    fields: {
      code: {
        label: 'Mã cơ quan',
        en: 'Code',
        hint: 'Phần đầu địa chỉ các trang của cơ quan (/phutho/…); không bao giờ đổi. Đổi tên: thêm tên theo thời kỳ.',
      },
      kind: { label: 'Loại', en: 'Kind', hint: 'Cục Quản lý, tỉnh, thành phố, hoặc đã hợp nhất vào cơ quan khác.' },
      name: {
        label: 'Tên hiện nay',
        en: 'Current name',
        hint: 'Tên theo thời kỳ đang có hiệu lực (tự cập nhật khi lưu).',
      },
      names: {
        label: 'Tên theo thời kỳ',
        en: 'Dated names',
        hint: 'Mỗi tên cơ quan từng mang, từ ngày nào đến ngày nào.',
      },
      shortName: { label: 'Tên viết tắt', en: 'Short name', hint: 'Tên ngắn, dùng khi không đủ chỗ.' },
      area: { label: 'Địa bàn', en: 'Area', hint: 'Tỉnh, thành phố cơ quan phụ trách.' },
      order: { label: 'Thứ tự', en: 'Order', hint: 'Vị trí trong danh bạ các cơ quan: số nhỏ đứng trước.' },
      successor: {
        label: 'Hợp nhất vào',
        en: 'Merged into',
        hint: 'Cơ quan đã tiếp nhận cơ quan này (chỉ với cơ quan đã hợp nhất).',
      },
      absorbed: { label: 'Cơ quan đã hợp nhất vào đây', en: 'Absorbed', hint: 'Sửa từ phía cơ quan đã hợp nhất.' },
      mergedOn: { label: 'Ngày hợp nhất', en: 'Merged on', hint: 'Ngày cơ quan hợp nhất vào cơ quan khác.' },
      aliases: {
        label: 'Mã phụ',
        en: 'Alias codes',
        hint: 'Cách viết khác của mã (ví dụ mã cũ); địa chỉ theo mã phụ được chuyển về mã chính.',
      },
      description: {
        label: 'Giới thiệu',
        en: 'About',
        hint: 'Mô tả cổng thông tin của cơ quan cho công cụ tìm kiếm và khi chia sẻ.',
      },
      governingBody: {
        label: 'Cơ quan chủ quản',
        en: 'Governing body',
        hint: 'Ví dụ: Bộ Tư pháp – Cục Quản lý Thi hành án dân sự.',
      },
      address: { label: 'Địa chỉ', en: 'Address', hint: 'Địa chỉ trụ sở, hiện ở chân trang.' },
      phone: { label: 'Điện thoại', en: 'Phone', hint: 'Số điện thoại liên hệ.' },
      fax: { label: 'Fax', en: 'Fax', hint: 'Số fax (nếu có).' },
      email: { label: 'Thư điện tử', en: 'Email', hint: 'Địa chỉ thư điện tử liên hệ.' },
      responsiblePerson: {
        label: 'Người chịu trách nhiệm',
        en: 'Responsible person',
        hint: 'Người chịu trách nhiệm nội dung trang của cơ quan.',
      },
      copyright: { label: 'Bản quyền', en: 'Copyright', hint: 'Dòng bản quyền ở chân trang.' },
      relatedLinks: {
        label: 'Liên kết liên quan',
        en: 'Related links',
        hint: 'Các cổng thông tin liên quan, hiện ở chân trang.',
      },
      ...AGENCY_CITIZENS_FIELDS,
    },
    columns: ['order', 'name', 'code', 'kind'],
    sort: { by: 'order', order: 'ASC' },
  },
  'api::unit.unit': {
    fields: {
      name: {
        label: 'Tên đơn vị',
        en: 'Name',
        hint: 'Ví dụ: Phòng Thi hành án dân sự khu vực 1. Bản tiếng Anh phải có tên trước khi xuất bản.',
      },
      kind: { label: 'Loại', en: 'Kind', hint: 'Trụ sở chính hoặc phòng thi hành án dân sự khu vực.' },
      area: {
        label: 'Địa bàn phụ trách',
        en: 'Area served',
        hint: 'Mô tả ngắn địa bàn (nhập theo từng ngôn ngữ); danh sách xã, phường ở ô bên dưới.',
      },
      order: { label: 'Thứ tự', en: 'Order', hint: 'Vị trí trong danh sách đơn vị: số nhỏ đứng trước.' },
      agency: AGENCY,
      ...SAMPLE,
      ...CONTACT_FIELDS,
      hours: {
        label: 'Giờ làm việc',
        en: 'Working hours',
        hint: 'Ví dụ: Thứ Hai – Thứ Sáu, sáng 7:30–11:30, chiều 13:30–17:00 (nhập theo từng ngôn ngữ).',
      },
      communes: {
        label: 'Xã, phường phụ trách',
        en: 'Communes and wards served',
        hint: 'Mỗi dòng một tên, ví dụ "Phường Việt Trì"; người đọc tìm đơn vị theo tên xã, phường (có dấu hay không).',
      },
      headName: { label: 'Trưởng đơn vị', en: 'Head of unit', hint: 'Họ và tên người đứng đầu đơn vị.' },
      headTitle: {
        label: 'Chức vụ người đứng đầu',
        en: 'Title of the head',
        hint: 'Ví dụ: Trưởng phòng (tiếng Anh: Head of Office).',
      },
      mapUrl: {
        label: 'Bản đồ OpenStreetMap',
        en: 'OpenStreetMap link',
        hint: 'Liên kết tới vị trí trên openstreetmap.org, ví dụ https://www.openstreetmap.org/?mlat=21.32&mlon=105.40#map=17/21.32/105.40.',
      },
    },
    columns: ['order', 'name', 'kind', 'agency'],
    sort: { by: 'order', order: 'ASC' },
  },
  // Issue 21 (below).
  ...CITIZENS_TEXTS,
};

// ---- The agencies' records (issue 20) ----
const ATTACHMENTS: FieldText = {
  label: 'Tệp đính kèm',
  en: 'Attachments',
  hint: 'Bản PDF, Word, Excel của văn bản hoặc thông báo.',
};
const RELATED_DOCUMENTS = (label: string, en: string, hint: string): FieldText => ({ label, en, hint });

Object.assign(CONTENT_TYPE_TEXTS, {
  'api::legal-document.legal-document': {
    fields: {
      number: { label: 'Số hiệu', en: 'Number', hint: 'Số, ký hiệu của văn bản, ví dụ 42/2022/NĐ-CP, 1898/QĐ-BTP.' },
      slug: SLUG,
      agency: AGENCY,
      kind: { label: 'Loại văn bản', en: 'Kind', hint: 'Luật, Nghị định, Thông tư, Quyết định, Công văn…' },
      issuingBody: {
        label: 'Cơ quan ban hành',
        en: 'Issuing body',
        hint: 'Ví dụ: Quốc hội, Chính phủ, Bộ Tư pháp, Thi hành án dân sự tỉnh Phú Thọ.',
      },
      signer: { label: 'Người ký', en: 'Signer', hint: 'Họ tên và chức vụ người ký (nếu có).' },
      issuedOn: { label: 'Ngày ban hành', en: 'Issued on', hint: 'Ngày ký ban hành văn bản.' },
      effectiveOn: { label: 'Ngày có hiệu lực', en: 'Effective on', hint: 'Ngày văn bản bắt đầu có hiệu lực.' },
      validity: {
        label: 'Tình trạng hiệu lực',
        en: 'Validity',
        hint: 'Còn hiệu lực, hết hiệu lực một phần, hết hiệu lực hoặc chưa có hiệu lực.',
      },
      validityChangedOn: {
        label: 'Ngày đổi tình trạng',
        en: 'Validity changed on',
        hint: 'Ngày tình trạng hiệu lực thay đổi (ví dụ ngày hết hiệu lực).',
      },
      field: {
        label: 'Lĩnh vực',
        en: 'Field',
        hint: 'Ví dụ: Thi hành án dân sự, Tổ chức cán bộ, Công nghệ thông tin.',
      },
      summary: { label: 'Trích yếu', en: 'Summary', hint: 'Trích yếu nội dung, như ghi trên văn bản.' },
      attachments: ATTACHMENTS,
      replaces: RELATED_DOCUMENTS('Thay thế văn bản', 'Replaces', 'Các văn bản mà văn bản này thay thế.'),
      replacedBy: RELATED_DOCUMENTS('Bị thay thế bởi', 'Replaced by', 'Văn bản thay thế văn bản này.'),
      amends: RELATED_DOCUMENTS('Sửa đổi, bổ sung', 'Amends', 'Các văn bản mà văn bản này sửa đổi, bổ sung.'),
      amendedBy: RELATED_DOCUMENTS('Được sửa đổi bởi', 'Amended by', 'Văn bản sửa đổi, bổ sung văn bản này.'),
      guides: RELATED_DOCUMENTS('Hướng dẫn', 'Guides', 'Các văn bản mà văn bản này quy định chi tiết, hướng dẫn.'),
      guidedBy: RELATED_DOCUMENTS('Được hướng dẫn bởi', 'Guided by', 'Văn bản hướng dẫn văn bản này.'),
      relatedArticles: { label: 'Bài viết liên quan', en: 'Related articles', hint: 'Tin bài về văn bản này.' },
      ...SAMPLE,
    },
    columns: ['number', 'kind', 'issuedOn', 'summary', 'validity', 'agency'],
    sort: { by: 'issuedOn', order: 'DESC' },
  },
  'api::notice.notice': {
    fields: {
      title: { label: 'Tiêu đề', en: 'Title', hint: 'Ví dụ: Thông báo đấu giá quyền sử dụng đất tại …' },
      slug: SLUG,
      agency: AGENCY,
      kind: { label: 'Loại thông báo', en: 'Kind', hint: 'Đấu giá tài sản, lựa chọn tổ chức, hoặc thi hành án.' },
      unit: { label: 'Đơn vị ra thông báo', en: 'Issuing unit', hint: 'Trụ sở hoặc phòng thi hành án dân sự khu vực.' },
      date: { label: 'Ngày thông báo', en: 'Date', hint: 'Ngày ký thông báo.' },
      assetDescription: { label: 'Tài sản', en: 'Asset', hint: 'Mô tả tài sản: loại, diện tích, đặc điểm, giấy tờ.' },
      assetLocation: { label: 'Nơi có tài sản', en: 'Asset location', hint: 'Địa chỉ nơi có tài sản.' },
      assetKind: { label: 'Loại tài sản', en: 'Asset kind', hint: 'Để người đọc lọc các cuộc đấu giá.' },
      startingPrice: {
        label: 'Giá khởi điểm (đồng)',
        en: 'Starting price (VND)',
        hint: 'Chỉ nhập số, ví dụ 1250000000; trang công khai hiện 1.250.000.000 đồng.',
      },
      deposit: { label: 'Tiền đặt trước (đồng)', en: 'Deposit (VND)', hint: 'Chỉ nhập số.' },
      viewingFrom: { label: 'Xem tài sản từ', en: 'Viewing from', hint: 'Giờ Việt Nam.' },
      viewingUntil: { label: 'Xem tài sản đến', en: 'Viewing until', hint: 'Giờ Việt Nam.' },
      registrationDeadline: {
        label: 'Hạn đăng ký, nộp hồ sơ',
        en: 'Registration deadline',
        hint: 'Giờ Việt Nam; thông báo lựa chọn tổ chức hết hạn lúc này nếu không nhập "Hiệu lực đến".',
      },
      auctionAt: {
        label: 'Ngày giờ đấu giá',
        en: 'Auction day',
        hint: 'Giờ Việt Nam; thông báo đấu giá hết hạn lúc này nếu không nhập "Hiệu lực đến".',
      },
      legalBasis: { label: 'Căn cứ pháp lý', en: 'Legal basis', hint: 'Bản án, quyết định, văn bản làm căn cứ.' },
      auctionPortalUrl: {
        label: 'Địa chỉ trên Cổng đấu giá quốc gia',
        en: 'National auction portal address',
        hint: 'Địa chỉ https://… nơi thông báo cũng được đăng.',
      },
      body: { label: 'Nội dung', en: 'Body', hint: 'Toàn văn thông báo (nếu cần).' },
      attachments: ATTACHMENTS,
      validUntil: {
        label: 'Hiệu lực đến',
        en: 'Valid until',
        hint: 'Sau thời điểm này thông báo tự chuyển sang "Đã hết hạn"; để trống: ngày đấu giá, hoặc hạn đăng ký; không có ngày nào: còn hạn đến khi gỡ.',
      },
      ...SAMPLE,
    },
    columns: ['date', 'title', 'kind', 'validUntil', 'agency'],
    sort: { by: 'date', order: 'DESC' },
  },
  'api::debtor-entry.debtor-entry': {
    fields: {
      fullName: { label: 'Họ và tên', en: 'Full name', hint: 'Họ tên người phải thi hành án.' },
      birthYear: { label: 'Năm sinh', en: 'Year of birth', hint: 'Bốn chữ số, ví dụ 1975.' },
      address: { label: 'Địa chỉ', en: 'Address', hint: 'Địa chỉ như ghi trong quyết định.' },
      obligation: { label: 'Nghĩa vụ phải thi hành', en: 'Obligation', hint: 'Ví dụ: trả nợ 120.000.000 đồng.' },
      decisionNumber: {
        label: 'Số quyết định thi hành án',
        en: 'Enforcement decision number',
        hint: 'Ví dụ 123/QĐ-THADS; cùng số, năm và đơn vị là cùng một người trong danh sách.',
      },
      decisionDate: { label: 'Ngày quyết định thi hành án', en: 'Decision date', hint: 'Ngày ra quyết định.' },
      agency: AGENCY,
      unit: { label: 'Đơn vị tổ chức thi hành', en: 'Unit', hint: 'Trụ sở hoặc phòng thi hành án dân sự khu vực.' },
      judgmentNumber: {
        label: 'Bản án, quyết định số',
        en: 'Judgment number',
        hint: 'Số bản án, quyết định được thi hành.',
      },
      judgmentDate: { label: 'Ngày bản án', en: 'Judgment date', hint: 'Ngày của bản án, quyết định.' },
      court: { label: 'Toà án', en: 'Court', hint: 'Toà án đã xử.' },
      noConditionsOn: {
        label: 'Ngày xác định chưa có điều kiện',
        en: 'No conditions since',
        hint: 'Ngày ra quyết định về việc chưa có điều kiện thi hành án.',
      },
      publishedOn: { label: 'Ngày công khai', en: 'Published on', hint: 'Tự điền khi công bố lần đầu.' },
      ...SAMPLE,
      removalReason: {
        label: 'Lý do gỡ',
        en: 'Removal reason',
        hint: 'Chọn và lưu trước khi gỡ khỏi danh sách (Gỡ xuất bản): nhật ký ghi lý do.',
      },
      removalNote: { label: 'Ghi chú khi gỡ', en: 'Removal note', hint: 'Quyết định, căn cứ gỡ khỏi danh sách.' },
      removedOn: { label: 'Ngày gỡ', en: 'Removed on', hint: 'Tự điền khi gỡ khỏi danh sách.', editable: false },
    },
    columns: ['decisionNumber', 'decisionDate', 'fullName', 'unit', 'noConditionsOn', 'publishedOn', 'agency'],
    sort: { by: 'decisionDate', order: 'DESC' },
  },
} satisfies Record<string, ModelTexts>);
// ---- end of the agencies' records ----

export const COMPONENT_TEXTS: Record<string, ModelTexts> = {
  'shared.link': {
    fields: {
      label: LABEL,
      url: { label: 'Địa chỉ trang', en: 'URL', hint: 'Địa chỉ đầy đủ, bắt đầu bằng https://.' },
    },
  },
  'shared.milestone': {
    fields: { date: { label: 'Ngày', en: 'Date', hint: 'Ngày của mốc.' }, label: LABEL },
  },
  'shared.target': {
    fields: { label: LABEL, target: { label: 'Chỉ tiêu', en: 'Target', hint: 'Con số hoặc mức cần đạt, ví dụ: 85%.' } },
  },
  'agency.dated-name': {
    fields: {
      name: { label: 'Tên', en: 'Name', hint: 'Tên cơ quan trong thời kỳ này.' },
      from: { label: 'Từ ngày', en: 'From', hint: 'Ngày đầu dùng tên (để trống: không rõ).' },
      until: { label: 'Đến ngày', en: 'Until', hint: 'Ngày cuối dùng tên (để trống: đang dùng).' },
    },
  },
  'agency.alias': {
    fields: { code: { label: 'Mã phụ', en: 'Alias code', hint: 'Chữ thường không dấu, ví dụ: vinh-phuc.' } },
  },
};
