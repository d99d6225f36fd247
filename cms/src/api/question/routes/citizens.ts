export default {
  routes: [
    {
      // The public form (the site's, with or without JavaScript): a question to an agency, stored unpublished.
      // Limited per client in global::rate-limit (a budget of its own, shared by every instance).
      method: 'POST',
      path: '/questions/ask',
      handler: 'question.ask',
      config: { auth: false },
    },
    {
      // Where a question stands, read with its tracking code (never cached: see cache/response-cache PERSONAL).
      method: 'GET',
      path: '/question-status',
      handler: 'question.status',
      config: { auth: false },
    },
  ],
};
