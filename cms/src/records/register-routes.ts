import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { adminScopeOf, reaches } from '../agencies/admin-scope';
import { otherAgency } from '../agencies/write-rule';
import { agencies } from '../agencies/registry';
import { DEBTOR_ENTRY } from '../audience/guard';
import { currentActor } from '../history/actor';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { adminRoute, refused } from '../http/admin-route';
import { RegisterFailure, type RegisterStep } from './register-failure';
import { MAX_IMPORT_BYTES, readRegisterFile, registerCsv, registerXlsx, UnreadableFile } from './register-files';
import {
  applyImport,
  countsOf,
  exportRows,
  loadPreview,
  markImported,
  planImport,
  previewOf,
  savePreview,
  validateRows,
  type Unit,
} from './register-import';

type AdminContext = Context & {
  state: {
    user?: { id: number; roles?: Array<{ code?: string }> };
    userAbility?: { can(action: string, subject?: string): boolean };
  };
};

const EXPLORER = 'plugin::content-manager.explorer';
const REASONS = ['paid', 'conditions-found', 'case-ended', 'other-reason'];
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

function allowed(ctx: AdminContext, action: 'read' | 'create' | 'publish', message: string): void {
  if (!ctx.state.userAbility?.can(`${EXPLORER}.${action}`, DEBTOR_ENTRY)) throw refused(message);
}

/** The unit a request names (its documentId), if the account reaches its agency. */
async function unitOf(strapi: Core.Strapi, ctx: AdminContext, documentId: unknown): Promise<Unit> {
  if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId))
    throw new errors.ValidationError('Hãy chọn đơn vị tổ chức thi hành (unit: the documentId of a unit)');
  // Units are translated (issue 21): the register names the Vietnamese version, the one its entries link to.
  const unit = (await strapi.db.query('api::unit.unit').findOne({
    where: { documentId, locale: DEFAULT_LOCALE },
    select: ['id', 'documentId', 'name', 'agency'],
  })) as Unit | null;
  if (!unit) throw new errors.NotFoundError('Không có đơn vị này (no such unit)');
  if (!reaches(await adminScopeOf(strapi, ctx.state.user ?? {}), unit.agency)) throw otherAgency(strapi, unit.agency);
  return unit;
}

async function unitById(strapi: Core.Strapi, id: number): Promise<Unit> {
  const unit = (await strapi.db.query('api::unit.unit').findOne({
    where: { id },
    select: ['id', 'documentId', 'name', 'agency'],
  })) as Unit | null;
  if (!unit) throw new errors.NotFoundError('Đơn vị của lần nhập này đã bị xoá (the unit was deleted)');
  return unit;
}

/** The request's body, read here (the route's own limit, 50 MB: the upload rules cap bodies at UPLOAD_MAX_MB). */
async function fileBody(ctx: AdminContext): Promise<Buffer> {
  const declared = Number(ctx.get('Content-Length') || 0);
  const tooLarge = () =>
    refusedWith(413, `Tệp lớn quá ${MAX_IMPORT_BYTES / 1024 / 1024} MB: hãy chia thành nhiều tệp (at most 50 MB)`);
  if (declared > MAX_IMPORT_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
const refusedWith = (status: number, message: string) => new HttpRefusal(status, message);

/**
 * Refusals a clerk can act on, as JSON with the status that says what went wrong; Strapi's own errors (4xx) as Strapi
 * answers them. Anything else — a database failure above all — is logged and answered without its message, which may
 * hold the statement and the names and addresses of the file (a RegisterFailure says the kind and the rows instead).
 */
const answering =
  (strapi: Core.Strapi, step: RegisterStep, handler: (ctx: AdminContext) => Promise<void>) =>
  async (ctx: AdminContext): Promise<void> => {
    try {
      await handler(ctx);
    } catch (error) {
      if (error instanceof UnreadableFile) {
        ctx.status = 400;
        ctx.body = { data: null, error: { status: 400, name: 'UnreadableFile', message: error.message } };
      } else if (error instanceof HttpRefusal) {
        ctx.status = error.status;
        ctx.body = { data: null, error: { status: error.status, name: 'Refused', message: error.message } };
      } else if (error instanceof errors.ApplicationError) throw error;
      else {
        const failure = error instanceof RegisterFailure ? error : new RegisterFailure(step, error);
        strapi.log.error(`[register ${step}] ${failure.message}\n${failure.frames}`);
        ctx.status = 500;
        ctx.body = { data: null, error: { status: 500, name: 'RegisterFailure', message: failure.message } };
      }
    }
  };

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().normalize('NFC').slice(0, max) : null;

/**
 * The admin's routes of the register (`/thads-records/register/…`): the import's preview (any account that may add
 * entries), its confirmation (those who may publish them: Editors), and the export; each for a unit of the account's
 * agencies only.
 */
export function registerRegisterRoutes(strapi: Core.Strapi): void {
  const route = adminRoute<AdminContext>;
  strapi.server.routes({
    type: 'admin',
    prefix: '/thads-records',
    routes: [
      route(
        'POST',
        '/register/preview',
        answering(strapi, 'preview', async (ctx) => {
          allowed(ctx, 'create', 'Bạn không có quyền thêm người vào danh sách (not allowed to import the register)');
          const unit = await unitOf(strapi, ctx, ctx.query.unit);
          const fileName = text(ctx.query.filename, 300) ?? 'tep-nhap';
          const sheet = await readRegisterFile(await fileBody(ctx), fileName);
          const { entries, errors: rowErrors } = validateRows(sheet.rows);
          const plan = await planImport(strapi, unit, entries);
          const token =
            rowErrors.length === 0
              ? await savePreview(strapi, {
                  agency: unit.agency,
                  unitId: unit.id,
                  fileName,
                  createdBy: ctx.state.user?.id ?? null,
                  entries,
                  counts: countsOf(plan),
                })
              : null;
          ctx.body = {
            data: {
              token,
              unit: { documentId: unit.documentId, name: unit.name, agency: unit.agency },
              fileName,
              encoding: sheet.encoding,
              rows: sheet.rows.length,
              ...previewOf(plan, rowErrors),
            },
          };
        }),
      ),
      route(
        'POST',
        '/register/imports/:token/confirm',
        answering(strapi, 'confirm', async (ctx) => {
          allowed(
            ctx,
            'publish',
            'Chỉ Biên tập viên xác nhận được việc nhập danh sách: việc xác nhận là công bố (only Editors confirm an import)',
          );
          const pending = await loadPreview(strapi, String(ctx.params.token ?? ''));
          if (!pending)
            throw refusedWith(
              404,
              'Không còn bản xem trước này (đã xác nhận, hoặc quá 24 giờ): hãy xem trước lại (no such preview)',
            );
          const unit = await unitById(strapi, pending.unitId);
          if (!reaches(await adminScopeOf(strapi, ctx.state.user ?? {}), unit.agency))
            throw otherAgency(strapi, unit.agency);
          const body = (ctx.request as { body?: { reason?: unknown; note?: unknown } }).body ?? {};
          const plan = await planImport(strapi, unit, pending.entries);
          const counts = countsOf(plan);
          if (JSON.stringify(counts) !== JSON.stringify(pending.counts))
            throw refusedWith(
              409,
              'Danh sách của đơn vị đã thay đổi từ khi xem trước: hãy xem trước lại rồi xác nhận (the register changed since the preview)',
            );
          const reason = text(body.reason, 40);
          if (plan.remove.length > 0 && (!reason || !REASONS.includes(reason)))
            throw new errors.ValidationError(
              `Có ${plan.remove.length} người không còn trong tệp sẽ bị gỡ khỏi danh sách: hãy chọn lý do gỡ (reason: ${REASONS.join(', ')})`,
            );
          const applied = await applyImport(
            strapi,
            unit,
            plan,
            { reason: reason ?? 'other-reason', note: text(body.note, 1000) },
            currentActor(strapi),
            pending.fileName,
          );
          await markImported(strapi, pending.token);
          ctx.body = { data: { counts: applied } };
        }),
      ),
      route(
        'GET',
        '/register/export',
        answering(strapi, 'export', async (ctx) => {
          allowed(ctx, 'read', 'Bạn không có quyền xem danh sách (not allowed to read the register)');
          const format = ctx.query.format === 'csv' ? 'csv' : 'xlsx';
          let where: Record<string, unknown>;
          let name: string;
          if (ctx.query.unit !== undefined) {
            const unit = await unitOf(strapi, ctx, ctx.query.unit);
            where = { unit: { id: unit.id } };
            name = unit.name;
          } else {
            const code = text(ctx.query.agency, 40);
            const agency = code ? agencies(strapi).get(code) : undefined;
            if (!agency) throw new errors.ValidationError('Hãy chọn đơn vị (unit) hoặc cơ quan (agency)');
            if (!reaches(await adminScopeOf(strapi, ctx.state.user ?? {}), agency.code))
              throw otherAgency(strapi, agency.code);
            where = { agency: agency.code };
            name = agency.name;
          }
          const rows = await exportRows(strapi, where);
          const file = `danh-sach-chua-co-dieu-kien-thi-hanh.${format}`;
          ctx.set('Content-Disposition', `attachment; filename="${file}"`);
          ctx.set('Cache-Control', 'no-store');
          ctx.type =
            format === 'csv'
              ? 'text/csv; charset=utf-8'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
          ctx.body = format === 'csv' ? registerCsv(rows) : await registerXlsx(rows, name);
        }),
      ),
    ],
  } as never);
}
