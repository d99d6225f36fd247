/** The id of the `<script type="application/json">` element that carries a server render's query cache. */
export const QUERY_STATE_ID = 'thads-query-state';

/** The id of the JSON data element listing the files the app needs to take a page over (web/server/app-files.mjs). */
export const APP_FILES_ID = 'thads-app-files';

/**
 * Whether a path is a draft preview's (`PREVIEW_PATH` of @thads/content, spelt here: the boot must not load that
 * package). An editor's page: the app shows it afresh, reading the draft itself, rather than hydrating the server's.
 */
export const isPreviewPath = (pathname: string): boolean => pathname.startsWith('/xem-truoc/');
