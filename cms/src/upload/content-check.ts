import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const startsWith = (head: Uint8Array, bytes: string | number[], offset = 0) => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
  return expected.every((byte, index) => head[offset + index] === byte);
};
const ZIP = (head: Uint8Array) => startsWith(head, 'PK\x03\x04');
// Word 97–2003 and Excel 97–2003 are both OLE compound files.
const OLE = (head: Uint8Array) => startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * What editors may upload: pictures for articles and the documents agencies publish (PDF, Word, Excel), each with the
 * file names it may have and how its content starts. A file is kept only when its content is what its name says.
 */
const UPLOAD_TYPES: Record<string, { label: string; extensions: string[]; matches: (head: Uint8Array) => boolean }> = {
  'image/jpeg': {
    label: 'JPEG',
    extensions: ['.jpg', '.jpeg', '.jpe', '.jfif'],
    matches: (head) => startsWith(head, [0xff, 0xd8, 0xff]),
  },
  'image/png': { label: 'PNG', extensions: ['.png'], matches: (head) => startsWith(head, '\x89PNG\r\n\x1a\n') },
  'image/webp': {
    label: 'WebP',
    extensions: ['.webp'],
    matches: (head) => startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8),
  },
  'image/gif': {
    label: 'GIF',
    extensions: ['.gif'],
    matches: (head) => startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a'),
  },
  'application/pdf': { label: 'PDF', extensions: ['.pdf'], matches: (head) => startsWith(head, '%PDF-') },
  'application/msword': { label: 'Word (.doc)', extensions: ['.doc'], matches: OLE },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word (.docx)',
    extensions: ['.docx'],
    matches: ZIP,
  },
  'application/vnd.ms-excel': { label: 'Excel (.xls)', extensions: ['.xls'], matches: OLE },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'Excel (.xlsx)',
    extensions: ['.xlsx'],
    matches: ZIP,
  },
};

/**
 * The allow list for Strapi's own check. Its content sniffer names Word and Excel 97–2003 files by their container
 * (application/x-cfb), which would refuse every real .doc and .xls; the container is allowed there and narrowed to
 * those two names by the check below.
 */
export const UPLOAD_ALLOWED_TYPES = [...Object.keys(UPLOAD_TYPES), 'application/x-cfb'];

const ACCEPTED_VI = 'chỉ nhận ảnh JPEG, PNG, WebP, GIF và tài liệu PDF, Word, Excel';
const ACCEPTED_EN = 'only JPEG, PNG, WebP and GIF pictures and PDF, Word and Excel documents are accepted';

/** Why a file whose first bytes are `head` may not be kept under `name`, or undefined when it may. */
export function contentMismatch(name: string, head: Uint8Array): string | undefined {
  const extension = path.extname(name).toLowerCase();
  const types = Object.values(UPLOAD_TYPES);
  const found = types.find((type) => type.matches(head));
  if (!extension) {
    return found
      ? undefined
      : `Tệp "${name}" bị từ chối: không nhận ra loại tệp, ${ACCEPTED_VI} (file "${name}" refused: unknown type, ${ACCEPTED_EN})`;
  }
  const claimed = types.find((type) => type.extensions.includes(extension));
  if (!claimed) {
    return `Tệp "${name}" bị từ chối: không nhận tệp đuôi "${extension}", ${ACCEPTED_VI} (file "${name}" refused: "${extension}" files are not accepted, ${ACCEPTED_EN})`;
  }
  if (claimed.matches(head)) return undefined;
  const actually = found ? ` mà là ${found.label}` : '';
  const actuallyEn = found ? `, it is ${found.label}` : '';
  return (
    `Tệp "${name}" bị từ chối: nội dung không phải ${claimed.label} như đuôi "${extension}" cho biết${actually} ` +
    `(file "${name}" refused: its content is not ${claimed.label} as its "${extension}" name says${actuallyEn})`
  );
}

/** Enough for every signature above (WebP's is at bytes 8–11). */
const HEAD_BYTES = 16;

type IncomingFile = { originalFilename?: string | null; name?: string; filepath?: string; buffer?: Uint8Array };

async function readHead(file: IncomingFile): Promise<Uint8Array | undefined> {
  if (file.buffer) return file.buffer.subarray(0, HEAD_BYTES);
  if (!file.filepath) return undefined;
  const handle = await open(file.filepath, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function refuseMismatches(files: IncomingFile | IncomingFile[] | undefined): Promise<void> {
  for (const file of Array.isArray(files) ? files : files ? [files] : []) {
    const head = await readHead(file);
    // A file with neither path nor bytes comes from code of the CMS itself, not from a request.
    if (!head) continue;
    const problem = contentMismatch(file.originalFilename ?? file.name ?? '', head);
    if (problem) throw new errors.ValidationError(problem);
  }
}

type UploadService = {
  upload: (input: { data: unknown; files: IncomingFile | IncomingFile[] }, ...rest: unknown[]) => Promise<unknown>;
  replace: (id: unknown, input: { data: unknown; file: IncomingFile }, ...rest: unknown[]) => Promise<unknown>;
};

/**
 * Strapi's upload plugin trusts a file's name and declared type once its content sniffer finds nothing it knows (an
 * SVG or HTML page named .png) or finds another allowed type (a PDF named .png). Every upload path of the admin and of
 * the content API (upload, replace, from URLs) goes through the plugin's upload service: checked there, once.
 */
export function checkUploadContent(strapi: Core.Strapi): void {
  const service = strapi.plugin('upload').service<UploadService>('upload');
  const { upload, replace } = service;
  service.upload = async (input, ...rest) => {
    await refuseMismatches(input.files);
    return upload(input, ...rest);
  };
  service.replace = async (id, input, ...rest) => {
    await refuseMismatches(input.file);
    return replace(id, input, ...rest);
  };
}
