import type { Schema, Struct } from '@strapi/strapi';

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_links';
  info: {
    description: "A labelled link, e.g. to a related body's portal";
    displayName: 'Li\u00EAn k\u1EBFt';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedMilestone extends Struct.ComponentSchema {
  collectionName: 'components_shared_milestones';
  info: {
    description: 'A dated milestone or anniversary of a campaign (e.g. 19/7/1946, ng\u00E0y truy\u1EC1n th\u1ED1ng THADS)';
    displayName: 'M\u1ED1c k\u1EF7 ni\u1EC7m';
    icon: 'calendar';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedTarget extends Struct.ComponentSchema {
  collectionName: 'components_shared_targets';
  info: {
    description: 'A campaign target: what is to be achieved and the figure set for it';
    displayName: 'Ch\u1EC9 ti\u00EAu';
    icon: 'crosshairs';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    target: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'shared.link': SharedLink;
      'shared.milestone': SharedMilestone;
      'shared.target': SharedTarget;
    }
  }
}
