import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // The site's own server proxies the API; other origins (partners' browsers) are listed explicitly.
      origin: env.array('CORS_ORIGINS', ['http://localhost:8080', 'http://127.0.0.1:8080', 'http://localhost:5173']),
      methods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE'],
    },
  },
  'strapi::poweredBy',
  // Before anything parses the request: a limited client costs nothing, a cached answer almost nothing.
  'global::rate-limit',
  'global::public-cache',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
