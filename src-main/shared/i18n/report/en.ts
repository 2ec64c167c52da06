/** The English words of the report; flat keys under `report.`, plurals as i18next's `_one`/`_other`. */
export const REPORT_EN = {} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type ReportCatalog = Readonly<Record<keyof typeof REPORT_EN, string>> & Readonly<Record<string, string>>;
