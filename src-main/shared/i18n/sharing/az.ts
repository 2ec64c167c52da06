import type { SharingCatalog } from './en.ts';

export const SHARING_AZ: SharingCatalog = {};
