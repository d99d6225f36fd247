import { useState } from 'react';
import { scriptOnly, useHydrated } from '../../../lib/use-hydrated';
import { TextSizeControl } from './text-size-control';

/** Print, text size, and share or copy the link: what readers of a government news page reach for. */
export function ArticleTools({ title }: { title: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  // Print and share need the page's script: disabled in the server's HTML, so a reader without it is not misled.
  const idle = !useHydrated();

  async function share() {
    const url = window.location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="article-tools">
      <TextSizeControl />
      <button type="button" className="tool-button" onClick={() => window.print()} {...scriptOnly} disabled={idle}>
        In bài viết
      </button>
      <button type="button" className="tool-button" onClick={() => void share()} {...scriptOnly} disabled={idle}>
        Chia sẻ / sao chép liên kết
      </button>
      <span role="status" className="article-tools__status">
        {copied === 'copied'
          ? 'Đã sao chép liên kết.'
          : copied === 'failed'
            ? 'Không sao chép được; hãy sao chép địa chỉ trên thanh trình duyệt.'
            : ''}
      </span>
    </div>
  );
}
