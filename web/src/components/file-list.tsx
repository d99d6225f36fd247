import type { Media } from '@thads/content';
import { safeUrl } from '../lib/safe-url';

const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
};

/** A file's type as readers name it (PDF, Word, Excel), else its extension. */
export function fileType(file: Pick<Media, 'mime' | 'name'>): string {
  return TYPES[file.mime] ?? (/\.([a-z0-9]{1,8})$/i.exec(file.name)?.[1]?.toUpperCase() || 'Tệp');
}

/** A size as Strapi gives it (kB) in Vietnamese: `245 KB`, `1,2 MB`. */
export function fileSize(kilobytes: number): string {
  if (kilobytes < 1024) return `${Math.max(1, Math.round(kilobytes)).toLocaleString('vi-VN')} KB`;
  return `${(kilobytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Attached files as links, each with its type and size (readers decide before downloading on a phone). */
export function FileList({ files, headingId }: { files: Media[] | null | undefined; headingId: string }) {
  const linked = (files ?? []).flatMap((file) => {
    const url = safeUrl(file.url);
    return url ? [{ file, url }] : [];
  });
  if (linked.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Tệp đính kèm
      </h2>
      <ul className="file-list">
        {linked.map(({ file, url }) => (
          <li key={file.documentId}>
            <a href={url} download>
              {file.caption || file.name}
            </a>{' '}
            <span className="file-list__meta">
              ({fileType(file)}, {fileSize(file.size)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
