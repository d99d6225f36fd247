import { Link } from 'wouter';
import { usePageLanguage, usePageLanguages } from '../../../lib/page-language';

/**
 * The link to the page shown in the other language, on every page that has a counterpart: named in its own language
 * (`lang`) and marked as that language's page (`hreflang`).
 */
export function LanguageSwitch() {
  const language = usePageLanguage();
  const pair = usePageLanguages();
  if (!pair) return null;
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <p className="language-switch">
      <Link href={pair[other]} hrefLang={other} lang={other}>
        {other === 'en' ? 'English' : 'Tiếng Việt'}
      </Link>
    </p>
  );
}
