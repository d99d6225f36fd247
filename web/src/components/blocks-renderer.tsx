import { Fragment, type ReactNode } from 'react';
import type { Block, InlineNode, ListBlock, TextNode } from '@thads/content';
import { SAFE_IMAGE, safeUrl } from '../lib/safe-url';
import { ARTICLE_IMAGE_SIZES, ResponsiveImage } from './responsive-image';

/**
 * Renders Strapi "blocks" rich text as React elements. Text is always text (React escapes it), never markup;
 * links and images keep only URLs with safe schemes; node types this renderer does not know are skipped.
 */

function renderText(node: TextNode, key: number): ReactNode {
  let content: ReactNode = node.text;
  if (node.code) content = <code>{content}</code>;
  if (node.bold) content = <strong>{content}</strong>;
  if (node.italic) content = <em>{content}</em>;
  if (node.underline) content = <u>{content}</u>;
  if (node.strikethrough) content = <s>{content}</s>;
  return <Fragment key={key}>{content}</Fragment>;
}

function renderInline(nodes: unknown): ReactNode[] {
  if (!Array.isArray(nodes)) return [];
  return (nodes as InlineNode[]).map((node, index) => {
    if (node?.type === 'text' && typeof node.text === 'string') return renderText(node, index);
    if (node?.type === 'link') {
      const href = safeUrl(node.url);
      const children = renderInline(node.children);
      if (!href) return <Fragment key={index}>{children}</Fragment>;
      const external = /^https?:/i.test(href);
      return (
        <a key={index} href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
          {children}
        </a>
      );
    }
    return null;
  });
}

function renderList(block: ListBlock, key: number): ReactNode {
  const items = (Array.isArray(block.children) ? block.children : []).map((child, index) =>
    child?.type === 'list' ? (
      <li key={index}>{renderList(child, index)}</li>
    ) : (
      <li key={index}>{renderInline(child?.children)}</li>
    ),
  );
  return block.format === 'ordered' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
}

/** Body headings sit under the page's single h1, so they start at h2. */
const headingTag = (level: unknown) =>
  `h${Math.min(6, Math.max(2, Number(level) || 2))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function renderBlock(block: Block, index: number): ReactNode {
  switch (block?.type) {
    case 'paragraph':
      return <p key={index}>{renderInline(block.children)}</p>;
    case 'heading': {
      const Heading = headingTag(block.level);
      return <Heading key={index}>{renderInline(block.children)}</Heading>;
    }
    case 'quote':
      return <blockquote key={index}>{renderInline(block.children)}</blockquote>;
    case 'code':
      return (
        <pre key={index}>
          <code>{renderInline(block.children)}</code>
        </pre>
      );
    case 'list':
      return renderList(block, index);
    case 'image': {
      if (!safeUrl(block.image?.url, SAFE_IMAGE)) return null;
      const caption = block.image.caption?.trim();
      return (
        <figure key={index}>
          <ResponsiveImage
            image={block.image}
            alt={block.image.alternativeText?.trim() || caption || ''}
            sizes={ARTICLE_IMAGE_SIZES}
          />
          {caption ? <figcaption>{caption}</figcaption> : null}
        </figure>
      );
    }
    default:
      return null;
  }
}

export function BlocksRenderer({ blocks }: { blocks: unknown }) {
  if (!Array.isArray(blocks)) return null;
  return <>{(blocks as Block[]).map(renderBlock)}</>;
}
