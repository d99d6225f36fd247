type Plugin = { contentTypes: Record<string, { schema: { attributes: Record<string, unknown> } }> };

/**
 * Staff accounts of the site (users-permissions) belong to an agency, declared as every agency-scoped type is: they
 * read the internal articles of their own agency and of the agencies merged into it, and each agency's editors see
 * only their own staff in the admin.
 */
export default (plugin: Plugin) => {
  const user = plugin.contentTypes.user;
  if (user)
    user.schema.attributes.agency = {
      type: 'customField',
      customField: 'global::agency',
      maxLength: 40,
    };
  return plugin;
};
