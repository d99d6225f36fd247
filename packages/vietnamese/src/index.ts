export {
  toNfc,
  normalizeDeep,
  fold,
  slugify,
  SLUG_PATTERN,
  MAX_SLUG_LENGTH,
  vietnameseCollator,
  compareVietnamese,
} from './text.js';
export {
  VIETNAM_TIME_ZONE,
  VIETNAM_UTC_OFFSET,
  formatVietnamDate,
  formatVietnamDateTime,
  vietnamDay,
  parseIsoDay,
  vietnamDayRange,
  vietnameseDayToIso,
  vietnamInstant,
  formatRfc822Vietnam,
  toVietnamIso,
} from './dates.js';
export {
  parseSearchQuery,
  isEmptyQuery,
  searchTokens,
  highlight,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  type SearchQuery,
  type HighlightSegment,
} from './search.js';
