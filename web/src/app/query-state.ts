/** The id of the `<script type="application/json">` element that carries a server render's query cache. */
export const QUERY_STATE_ID = 'thads-query-state';
