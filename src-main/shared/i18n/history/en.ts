/** The English words of the app's history screens; flat keys under `history.`, plurals as i18next's `_one`/`_other`. */
export const HISTORY_EN = {} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type HistoryCatalog = Readonly<Record<keyof typeof HISTORY_EN, string>> & Readonly<Record<string, string>>;
