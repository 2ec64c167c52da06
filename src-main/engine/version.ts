import { createRequire } from 'node:module';

/** The version from package.json, read once; reports carry it. */
export const APP_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string })
  .version;
