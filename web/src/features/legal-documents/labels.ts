import type { LegalDocumentKind, Validity } from '@thads/content';

/** The kinds of document as readers know them, in the order the filter offers them. */
export const LEGAL_DOCUMENT_KINDS: Record<LegalDocumentKind, string> = {
  law: 'Luật',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  circular: 'Thông tư',
  decision: 'Quyết định',
  directive: 'Chỉ thị',
  plan: 'Kế hoạch',
  'official-letter': 'Công văn',
  notice: 'Thông báo',
  report: 'Báo cáo',
  other: 'Văn bản khác',
};

export const VALIDITIES: Record<Validity, string> = {
  'in-force': 'Còn hiệu lực',
  'partly-expired': 'Hết hiệu lực một phần',
  expired: 'Hết hiệu lực',
  'not-yet-in-force': 'Chưa có hiệu lực',
};

export const isLegalDocumentKind = (value: string | null | undefined): value is LegalDocumentKind =>
  Boolean(value) && Object.hasOwn(LEGAL_DOCUMENT_KINDS, value!);
export const isValidity = (value: string | null | undefined): value is Validity =>
  Boolean(value) && Object.hasOwn(VALIDITIES, value!);
