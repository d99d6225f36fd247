// Apart from notice-url.ts: the site's menu (in the app's first bundle) names the category, and nothing else of the
// notices' pages belongs there.
/** The category of news whose articles the notices page links (the seeded "Thông báo"), and how many it shows. */
export const NOTICE_NEWS_CATEGORY = 'thong-bao';
export const NOTICE_NEWS_SIZE = 5;
