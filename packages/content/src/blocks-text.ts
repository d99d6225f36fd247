type Node = { text?: unknown; children?: unknown };

/** The plain text of Strapi blocks, one line per block, whatever nodes the editor used. */
export function blocksToText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const inline = (nodes: unknown): string =>
    Array.isArray(nodes)
      ? nodes.map((node: Node) => (typeof node?.text === 'string' ? node.text : inline(node?.children))).join('')
      : '';
  return blocks
    .map((block: Node) => {
      if (!block || typeof block !== 'object') return '';
      const children = Array.isArray(block.children) ? block.children : [];
      // Lists hold list items which hold inline nodes: one line per item.
      return children.some((child: Node & { type?: unknown }) => child?.type === 'list-item' || child?.type === 'list')
        ? blocksToText(children)
        : inline(children);
    })
    .filter(Boolean)
    .join('\n');
}
