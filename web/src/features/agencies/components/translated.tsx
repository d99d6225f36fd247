import type { SiteLanguage } from '@thads/content';
import { BlocksRenderer } from '../../../components/blocks-renderer';
import type { Shown } from '../translation';

/**
 * A text of a translated document on a page in `language`: marked `lang="vi"` (and said to be in Vietnamese) where
 * it is shown in Vietnamese on an English page, because its English version is not written yet.
 */
export function TranslatedText({
  shown,
  language,
  note = true,
}: {
  shown: Shown<string>;
  language: SiteLanguage;
  /** Whether to say it is in Vietnamese (not for a name, which has no other form yet). */
  note?: boolean;
}) {
  if (shown.language === language) return <>{shown.value}</>;
  return (
    <>
      <span lang="vi">{shown.value}</span>
      {note ? <span className="muted"> (in Vietnamese)</span> : null}
    </>
  );
}

/** The one-line note above a section shown in Vietnamese on an English page. */
export const UNTRANSLATED_NOTE = 'This section has not been translated into English yet; it is shown in Vietnamese.';

/** Rich text of a translated document, with the note and its language where it is shown untranslated. */
export function TranslatedBlocks({ shown, language }: { shown: Shown<unknown>; language: SiteLanguage }) {
  if (shown.language === language)
    return (
      <div className="article__body">
        <BlocksRenderer blocks={shown.value} />
      </div>
    );
  return (
    <>
      <p className="untranslated-note">{UNTRANSLATED_NOTE}</p>
      <div className="article__body" lang="vi">
        <BlocksRenderer blocks={shown.value} />
      </div>
    </>
  );
}
