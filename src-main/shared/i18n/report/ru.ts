import type { ReportCatalog } from './en.ts';

export const REPORT_RU: ReportCatalog = {};
