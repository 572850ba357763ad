/**
 * The version of `@qts/embedded`: always equal to the `version` field of its package.json.
 */
export const VERSION = '0.0.0';
