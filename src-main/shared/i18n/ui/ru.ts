import type { UiCatalog } from './en.ts';

export const UI_RU: UiCatalog = {};
