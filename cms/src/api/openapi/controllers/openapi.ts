import type { Core } from '@strapi/strapi';
import { escapeXml } from '../../../lib/xml';
import { openApiDocument } from '../document';

type DocsContext = { body: unknown; type: string };
type Operation = {
  summary?: string;
  description?: string;
  parameters?: Array<{ name: string; in: string; description?: string; required?: boolean }>;
};

/** The few inline marks the descriptions use: `code`. */
const inline = (text: string) => escapeXml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** A readable page of the document, rendered on the server: no script, so it works under any CSP and in any reader. */
function renderPage(document: ReturnType<typeof openApiDocument>): string {
  const info = document.info as { title: string; description: string; version: string };
  const paths = document.paths as Record<string, Partial<Record<'get' | 'post', Operation>>>;
  const operations = Object.entries(paths)
    .flatMap(([path, item]) =>
      (['get', 'post'] as const).flatMap((method) => {
        const operation = item[method];
        return operation ? [{ path, method, operation }] : [];
      }),
    )
    .map(({ path, method, operation: get }) => {
      const parameters = (get.parameters ?? [])
        .map(
          (parameter) =>
            `<tr><td><code>${escapeXml(parameter.name)}</code>${parameter.required ? ' (bắt buộc)' : ''}</td><td>${parameter.in}</td><td>${inline(parameter.description ?? '')}</td></tr>`,
        )
        .join('');
      return `<section><h2><span class="method">${method.toUpperCase()}</span> <code>/api${escapeXml(path)}</code></h2><p>${inline(get.summary ?? '')}</p>${get.description ? `<p>${inline(get.description)}</p>` : ''}${
        parameters
          ? `<table><caption>Tham số (parameters)</caption><thead><tr><th scope="col">Tên</th><th scope="col">Vị trí</th><th scope="col">Ý nghĩa</th></tr></thead><tbody>${parameters}</tbody></table>`
          : ''
      }</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(info.title)}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}h1{color:#8b1a1a}code{background:#f3f0ea;padding:0 .25rem}
section{border-top:1px solid #ccc;margin-top:1.5rem}.method{background:#1d5b2e;color:#fff;padding:0 .4rem;border-radius:3px;font-size:.85em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:bold}</style>
</head><body><main>
<h1>${escapeXml(info.title)}</h1>
<p>Phiên bản ${escapeXml(info.version)}. ${inline(info.description)}</p>
<p>Tài liệu máy đọc được (OpenAPI 3.1): <a href="/api/openapi.json">/api/openapi.json</a>. Cách dùng với curl và @strapi/client: xem mục “Dành cho nhà phát triển” trong README.</p>
${operations}
</main></body></html>`;
}

export default (_: { strapi: Core.Strapi }) => ({
  async document(ctx: DocsContext) {
    ctx.body = openApiDocument(publicOrigin());
  },
  async page(ctx: DocsContext) {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderPage(openApiDocument(publicOrigin()));
  },
});

/**
 * Where partners reach this CMS: PUBLIC_URL when set (behind a proxy); otherwise empty, so the server URL is `/api`,
 * relative to wherever the document was fetched from (one cached document serves every host name).
 */
function publicOrigin(): string {
  return (process.env.PUBLIC_URL ?? '').replace(/\/+$/, '');
}
