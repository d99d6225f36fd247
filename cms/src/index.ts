import type { Core } from '@strapi/strapi';
import { audienceFilter } from './audience/guard';
import { rememberPublicAbility } from './strapi-internals/public-ability';
import { ensureDatabaseIndexes } from './bootstrap/database-indexes';
import { grantPublicReadPermissions } from './bootstrap/public-permissions';
import { enforceEditorialRoles } from './bootstrap/editorial-roles';
import { requireSecretsInProduction } from './bootstrap/require-secrets';
import { closeSelfRegistration } from './bootstrap/staff-accounts';
import { cacheSqliteStatements } from './strapi-internals/statement-cache';
import { installRequestListener } from './cache/fast-path';
import { keepConnectionsOpen } from './http/keep-alive';
import { listenForChanges, stopListening } from './cache/invalidation';
import { announceWebhookChanges } from './webhooks/cluster-webhooks';
import { cacheInvalidation, invalidateOnSupportingChanges } from './document-middlewares/cache-invalidation';
import { normalizeText } from './document-middlewares/normalize-text';
import { legacyPath } from './document-middlewares/legacy-path';
import { searchIndex } from './document-middlewares/search-index';
import { articleDate, slugAtPublication, slugConflictRetry, slugs } from './document-middlewares/slugs';
import { prepareEditMemory, registerHistory } from './history';
import { searchIndexer } from './search/indexer';
import { checkUploadContent } from './upload/content-check';
import { seed } from './seed';
import { refuseTestClockInProduction } from './scheduling/clock';
import { scheduleGuard } from './scheduling/schedule-guard';
import { startScheduler, stopScheduler } from './scheduling/scheduler';
import { applyScheduleAdmin } from './scheduling/admin-layout';
import { applyContentManagerTexts } from './admin-config/apply-content-manager-texts';
import { requireAltText } from './document-middlewares/alt-text';
import { backfillCategoryColumn, categoryColumn } from './document-middlewares/category-column';
import { backfillSearchText, foldedSearch } from './document-middlewares/folded-search';
import { review } from './document-middlewares/review';
import { registerReviewRoutes } from './review/routes';
import { guardContentManager } from './admin-guards/content-manager';
import { registerSignInRoutes } from './admin-accounts/routes';
import { enforcePasswordRules } from './admin-accounts/password-rules';
import { prepareAccountTables } from './admin-accounts/store';
import { secondFactorPolicy, sessionLifetimes } from './admin-accounts/settings';
import { agencyRecords } from './agencies/agency-records';
import { assertAgencyCodes } from './agencies/codes';
import { scopeAdminPermissions } from './agencies/admin-guard';
import { loadAgencies } from './agencies/registry';
import { registerAgencyField } from './agencies/scoped-types';
import { fillCitizenPortals, seedAgencies } from './agencies/seed-agencies';
import { keepLegacySiteSettings, upgradeExistingContent } from './agencies/upgrade';
import { agencyWrites } from './agencies/write-rule';
import { registerAdminAccounts } from './agencies/admin-accounts';
import { adoptRootMedia, ensureAgencyFolders, fileIntoAgencyFolder } from './agencies/media-library';
import { defaultToVietnameseBeforeSync, ensureLocales } from './i18n/locales';
import { requireEnglish } from './i18n/require-english';
import { onePerAgency } from './document-middlewares/one-per-agency';
import { registerQuestionRoutes } from './questions/admin-routes';
import { startQuestionJobs, stopQuestionJobs } from './questions/jobs';
import { questionLifecycle } from './questions/lifecycle';
// The agencies' own records (issue 20): legal documents, notices, the register of debtors without conditions to pay.
import { recordWrites } from './records/record-writes';
import { ensureRecordIndexes } from './records/indexes';
import { stopWatchingNoticeExpiry, watchNoticeExpiry } from './records/notice-expiry';
import { recordIndexer, recordSearchIndex } from './search/records-index';
import { registerRegisterRoutes } from './records/register-routes';
import { ensureImportTable } from './records/register-import';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    requireSecretsInProduction();
    refuseTestClockInProduction();
    // Settings that are wrong stop the start, not the first sign-in.
    secondFactorPolicy();
    sessionLifetimes();
    rememberPublicAbility(strapi);
    // The declaration of agency-scoped types (an attribute of this custom field), before Strapi reads the schemas.
    registerAgencyField(strapi);
    keepLegacySiteSettings(strapi);
    // Vietnamese and English: Vietnamese is the default before Strapi gives rows of newly translated types a locale.
    defaultToVietnameseBeforeSync(strapi);
    // Order matters: text is normalised before slugs are made from it.
    // First: a public read must never reach the database without its audience filter.
    strapi.documents.use(audienceFilter(strapi));
    // Then the agencies: a write outside the account's agencies is refused before anything records or changes it.
    strapi.documents.use(agencyRecords(strapi));
    strapi.documents.use(agencyWrites(strapi));
    // A publication refused for a missing English text is refused before anything records it.
    strapi.documents.use(requireEnglish(strapi));
    strapi.documents.use(onePerAgency(strapi));
    // Versions, audit entries and the edit-conflict check see each write before the others change it further.
    await registerHistory(strapi);
    strapi.documents.use(normalizeText);
    strapi.documents.use(recordWrites(strapi));
    strapi.documents.use(legacyPath);
    strapi.documents.use(requireAltText(strapi));
    strapi.documents.use(foldedSearch(strapi));
    strapi.documents.use(review(strapi));
    registerReviewRoutes(strapi);
    // Citizens' questions: published with an answer only, the contact details' retention and the citizen's notice.
    strapi.documents.use(questionLifecycle(strapi));
    registerQuestionRoutes(strapi);
    registerSignInRoutes(strapi);
    guardContentManager(strapi);
    registerAdminAccounts(strapi);
    registerRegisterRoutes(strapi);
    strapi.documents.use(slugs(strapi));
    strapi.documents.use(slugAtPublication(strapi));
    strapi.documents.use(scheduleGuard(strapi));
    strapi.documents.use(articleDate(strapi));
    strapi.documents.use(searchIndex(strapi));
    strapi.documents.use(recordSearchIndex(strapi));
    // Near the innermost, so the cache is emptied after the search index has caught up with the change.
    strapi.documents.use(cacheInvalidation(strapi));
    // Inside the cache's renewal: a list read after it sees the article's new category.
    strapi.documents.use(categoryColumn(strapi));
    // Innermost: it repeats the write alone when the database refuses a slug taken meanwhile.
    strapi.documents.use(slugConflictRetry(strapi));
    checkUploadContent(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Said at every start: a baseline instance must be recognisable as one (tests compare against it).
    if (!strapi.config.get<boolean>('reads.lean', true))
      strapi.log.warn("[reads] LEAN_READS=false: public reads take stock Strapi's path");
    cacheSqliteStatements(strapi);
    await ensureLocales(strapi);
    // The agencies first: every later step (indexes per agency, permissions, requests) reads them.
    await seedAgencies(strapi);
    await fillCitizenPortals(strapi);
    let registry = await loadAgencies(strapi);
    if (await upgradeExistingContent(strapi, registry)) registry = await loadAgencies(strapi);
    assertAgencyCodes(strapi, registry);
    strapi.log.info(`[agencies] ${registry.list.length} agencies; the site's root serves "${registry.home.code}"`);
    scopeAdminPermissions(strapi);
    await adoptRootMedia(strapi, await ensureAgencyFolders(strapi));
    fileIntoAgencyFolder(strapi);
    await ensureDatabaseIndexes(strapi);
    await ensureRecordIndexes(strapi);
    await ensureImportTable(strapi);
    await prepareEditMemory(strapi);
    await prepareAccountTables(strapi);
    enforcePasswordRules(strapi);
    await grantPublicReadPermissions(strapi);
    await closeSelfRegistration(strapi);
    await enforceEditorialRoles(strapi);
    await applyContentManagerTexts(strapi);
    await backfillSearchText(strapi);
    await backfillCategoryColumn(strapi);
    await searchIndexer(strapi).prepare();
    await recordIndexer(strapi).prepare();
    invalidateOnSupportingChanges(strapi);
    await listenForChanges(strapi);
    announceWebhookChanges(strapi);
    installRequestListener(strapi);
    keepConnectionsOpen(strapi);
    await applyScheduleAdmin(strapi);
    startScheduler(strapi);
    startQuestionJobs(strapi);
    watchNoticeExpiry(strapi);
    if (process.env.SEED_ON_START === 'true') {
      await seed(strapi, { sampleArticles: Number(process.env.SEED_SAMPLE_ARTICLES ?? 0) });
    }
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    stopScheduler(strapi);
    stopQuestionJobs(strapi);
    stopWatchingNoticeExpiry(strapi);
    await stopListening(strapi);
  },
};
