import { useEffect } from 'react';
import { env } from '../config/env';

/** Sets the tab title (what screen readers announce first) and the meta description of the page. */
export function useDocumentMeta(title: string | null, description?: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} | ${env.siteShortName}` : env.siteName;
    if (description) {
      let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
      if (!meta) {
        meta = document.createElement('meta');
        meta.name = 'description';
        document.head.append(meta);
      }
      meta.content = description;
    }
  }, [title, description]);
}
