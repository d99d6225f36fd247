import { createContentClient } from '@thads/content';
import { env } from '../config/env';

export const contentClient = createContentClient({ baseUrl: env.apiBaseUrl });
