import { defaultQuery } from '../../../lib/default-query';

const settingsQuery = { populate: { relatedLinks: true } };

export default defaultQuery({ list: settingsQuery, detail: settingsQuery });
