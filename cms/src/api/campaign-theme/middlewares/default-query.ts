import { defaultQuery, IMAGE_FIELDS } from '../../../lib/default-query';

export default defaultQuery({
  list: {
    fields: ['name', 'slug', 'slogan', 'startDate', 'endDate', 'issuingBody', 'createdAt', 'updatedAt', 'publishedAt'],
    populate: { cover: { fields: IMAGE_FIELDS } },
  },
  detail: {
    populate: { cover: { fields: IMAGE_FIELDS }, targets: true, milestones: true },
  },
});
