import type { ReportCatalog } from './en.ts';

export const REPORT_AZ: ReportCatalog = {};
