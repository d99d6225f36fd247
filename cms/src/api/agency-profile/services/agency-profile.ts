import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::agency-profile.agency-profile');
