export { default } from '@qts/eslint-config';
