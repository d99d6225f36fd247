import { blocksToText, type Leader, type SiteLanguage, type Unit } from '@thads/content';

/**
 * A text shown on a page: in the page's language, or in Vietnamese where its English version is not written yet
 * (the page marks it `lang="vi"` and says so). Null when there is none in either.
 */
export type Shown<T> = { value: T; language: SiteLanguage };

const hasText = (text: string | null | undefined): text is string => Boolean(text?.trim());
const hasBlocks = (blocks: unknown) => Array.isArray(blocks) && blocksToText(blocks).trim() !== '';

/** A plain text of a translated document, in `language` or else its Vietnamese one. */
export function shownText(
  language: SiteLanguage,
  translated: string | null | undefined,
  vietnamese: string | null | undefined,
): Shown<string> | null {
  if (language === 'en' && hasText(translated)) return { value: translated, language: 'en' };
  return hasText(vietnamese) ? { value: vietnamese, language: 'vi' } : null;
}

/** Rich text (blocks) of a translated document, in `language` or else its Vietnamese one. */
export function shownBlocks(language: SiteLanguage, translated: unknown, vietnamese: unknown): Shown<unknown> | null {
  if (language === 'en' && hasBlocks(translated)) return { value: translated, language: 'en' };
  return hasBlocks(vietnamese) ? { value: vietnamese, language: 'vi' } : null;
}

/**
 * The documents of a page in its language, each with its Vietnamese version (the default one, which the
 * untranslated fields fall back to): for a Vietnamese page its Vietnamese documents; for an English page every
 * document published in either language. In the agency's order.
 */
function paired<T extends { documentId: string; order?: number | null }>(
  language: SiteLanguage,
  vietnamese: readonly T[],
  english: readonly T[],
): Array<{ translated: T | undefined; vietnamese: T | undefined }> {
  if (language === 'vi') return vietnamese.map((document) => ({ translated: document, vietnamese: document }));
  const byId = new Map(vietnamese.map((document) => [document.documentId, document]));
  const ids = [...new Set([...english, ...vietnamese].map((document) => document.documentId))];
  const englishById = new Map(english.map((document) => [document.documentId, document]));
  return ids
    .map((id) => ({ translated: englishById.get(id), vietnamese: byId.get(id) }))
    .toSorted((a, b) => ((a.translated ?? a.vietnamese)?.order ?? 0) - ((b.translated ?? b.vietnamese)?.order ?? 0));
}

/** A unit as a page shows it: what is the same in both languages, and its translated texts. */
export type UnitView = Pick<
  Unit,
  'documentId' | 'kind' | 'agency' | 'address' | 'phone' | 'email' | 'communes' | 'headName' | 'mapUrl' | 'isSample'
> & {
  name: Shown<string>;
  area: Shown<string> | null;
  hours: Shown<string> | null;
  headTitle: Shown<string> | null;
};

export function unitViews(language: SiteLanguage, vietnamese: readonly Unit[], english: readonly Unit[]): UnitView[] {
  return paired(language, vietnamese, english).flatMap(({ translated, vietnamese: vi }) => {
    const unit = translated ?? vi;
    const name = unit && shownText(language, translated?.name, vi?.name ?? unit.name);
    if (!unit || !name) return [];
    return [
      {
        documentId: unit.documentId,
        kind: unit.kind,
        agency: unit.agency,
        address: unit.address,
        phone: unit.phone,
        email: unit.email,
        communes: unit.communes,
        headName: unit.headName,
        mapUrl: unit.mapUrl,
        isSample: unit.isSample,
        name,
        area: shownText(language, translated?.area, vi?.area),
        hours: shownText(language, translated?.hours, vi?.hours),
        headTitle: shownText(language, translated?.headTitle, vi?.headTitle),
      },
    ];
  });
}

/** A member of the leadership as a page shows it. */
export type LeaderView = Pick<Leader, 'documentId' | 'name' | 'photo' | 'isSample'> & {
  position: Shown<string> | null;
  responsibilities: Shown<string> | null;
};

export function leaderViews(
  language: SiteLanguage,
  vietnamese: readonly Leader[],
  english: readonly Leader[],
): LeaderView[] {
  return paired(language, vietnamese, english).flatMap(({ translated, vietnamese: vi }) => {
    const leader = translated ?? vi;
    if (!leader) return [];
    return [
      {
        documentId: leader.documentId,
        name: leader.name,
        photo: leader.photo,
        isSample: leader.isSample,
        position: shownText(language, translated?.position, vi?.position),
        responsibilities: shownText(language, translated?.responsibilities, vi?.responsibilities),
      },
    ];
  });
}
