import { escapeXml } from './xml';

/**
 * Strapi blocks as HTML for feed readers (RSS content:encoded, Atom content). Every text is escaped; links and images
 * keep only http(s) or site-relative URLs (made absolute); unknown node types are skipped. The same rules as the
 * site's renderer: rich text is data, never markup.
 */
type Node = {
  type?: unknown;
  text?: unknown;
  url?: unknown;
  children?: unknown;
  level?: unknown;
  format?: unknown;
  image?: { url?: unknown; alternativeText?: unknown };
};

const SAFE = /^(https?:\/\/|\/(?!\/))/i;

function safeHref(url: unknown, origin: string): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!SAFE.test(trimmed)) return null;
  return trimmed.startsWith('/') ? `${origin}${trimmed}` : trimmed;
}

function inline(nodes: unknown, origin: string): string {
  if (!Array.isArray(nodes)) return '';
  return nodes
    .map((node: Node) => {
      if (node?.type === 'text' && typeof node.text === 'string') {
        let html = escapeXml(node.text);
        const marks = node as Record<string, unknown>;
        if (marks.code) html = `<code>${html}</code>`;
        if (marks.bold) html = `<strong>${html}</strong>`;
        if (marks.italic) html = `<em>${html}</em>`;
        return html;
      }
      if (node?.type === 'link') {
        const href = safeHref(node.url, origin);
        const text = inline(node.children, origin);
        return href ? `<a href="${escapeXml(href)}">${text}</a>` : text;
      }
      return '';
    })
    .join('');
}

export function blocksToHtml(blocks: unknown, origin: string): string {
  if (!Array.isArray(blocks)) return '';
  const block = (node: Node): string => {
    switch (node?.type) {
      case 'paragraph':
        return `<p>${inline(node.children, origin)}</p>`;
      case 'heading': {
        const level = Math.min(6, Math.max(2, Number(node.level) || 2));
        return `<h${level}>${inline(node.children, origin)}</h${level}>`;
      }
      case 'quote':
        return `<blockquote>${inline(node.children, origin)}</blockquote>`;
      case 'code':
        return `<pre><code>${inline(node.children, origin)}</code></pre>`;
      case 'list': {
        const tag = node.format === 'ordered' ? 'ol' : 'ul';
        const items = Array.isArray(node.children) ? node.children : [];
        return `<${tag}>${items.map((item: Node) => (item?.type === 'list' ? `<li>${block(item)}</li>` : `<li>${inline(item?.children, origin)}</li>`)).join('')}</${tag}>`;
      }
      case 'image': {
        const src = safeHref(node.image?.url, origin);
        const alt = typeof node.image?.alternativeText === 'string' ? node.image.alternativeText : '';
        return src ? `<figure><img src="${escapeXml(src)}" alt="${escapeXml(alt)}"></figure>` : '';
      }
      default:
        return '';
    }
  };
  return blocks.map(block).join('\n');
}
