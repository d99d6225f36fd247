import { defaultQuery, FILE_FIELDS, IMAGE_FIELDS } from '../../../lib/default-query';

const summaryFields = ['title', 'slug', 'lead', 'date', 'audience', 'featured', 'isSample', 'source', 'createdAt', 'updatedAt', 'publishedAt'];

export default defaultQuery({
  list: {
    fields: summaryFields,
    populate: {
      cover: { fields: IMAGE_FIELDS },
      category: { fields: ['name', 'slug'] },
      authors: { fields: ['name', 'slug'] },
    },
  },
  detail: {
    populate: {
      cover: { fields: IMAGE_FIELDS },
      category: { fields: ['name', 'slug', 'order'] },
      authors: { fields: ['name', 'slug', 'position', 'unit'] },
      campaignThemes: { fields: ['name', 'slug', 'slogan', 'startDate', 'endDate', 'issuingBody'] },
      attachments: { fields: FILE_FIELDS },
    },
  },
});
