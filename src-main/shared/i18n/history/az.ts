import type { HistoryCatalog } from './en.ts';

export const HISTORY_AZ: HistoryCatalog = {};
