import { packageConfig } from '@qts/vitest-config';

export default packageConfig({ name: '@qts/sample' });
