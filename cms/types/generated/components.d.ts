import type { Schema, Struct } from '@strapi/strapi';

export interface AgencyAlias extends Struct.ComponentSchema {
  collectionName: 'components_agency_aliases';
  info: {
    description: 'Another path word that redirects to the agency (a legacy or alternative spelling)';
    displayName: 'M\u00E3 c\u0169 / m\u00E3 ph\u1EE5';
    icon: 'link';
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
  };
}

export interface AgencyDatedName extends Struct.ComponentSchema {
  collectionName: 'components_agency_dated_names';
  info: {
    description: 'A name an agency bore, and from when until when (empty: no bound)';
    displayName: 'T\u00EAn theo th\u1EDDi k\u1EF3';
    icon: 'clock';
  };
  attributes: {
    from: Schema.Attribute.Date;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    until: Schema.Attribute.Date;
  };
}

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
      'agency.alias': AgencyAlias;
      'agency.dated-name': AgencyDatedName;
      'shared.link': SharedLink;
      'shared.milestone': SharedMilestone;
      'shared.target': SharedTarget;
    }
  }
}
