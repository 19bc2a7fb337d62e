export * from './field-spec.js';
export * from './enums.js';
export { BRANCH_SCHEMA } from './branch-schema.js';
export { MEMBERS_SCHEMA } from './members-schema.js';
export { DUES_LONG_SCHEMA, DUES_WIDE_SCHEMA, DUES_BRACKETS } from './dues-schema.js';
export { MEETINGS_SCHEMA } from './meetings-schema.js';
