/** The English words of the ui; flat keys under `ui.`, plurals as i18next's `_one`/`_other`. */
export const UI_EN = {} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type UiCatalog = Readonly<Record<keyof typeof UI_EN, string>> & Readonly<Record<string, string>>;
