import { defaultQuery, IMAGE_FIELDS } from '../../../lib/default-query';

const authorQuery = { populate: { photo: { fields: IMAGE_FIELDS } } };

export default defaultQuery({ list: authorQuery, detail: authorQuery });
