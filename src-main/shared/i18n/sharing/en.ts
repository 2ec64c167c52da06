/** The English words of the app's sharing screens; flat keys under `sharing.`, plurals as i18next's `_one`/`_other`. */
export const SHARING_EN = {} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type SharingCatalog = Readonly<Record<keyof typeof SHARING_EN, string>> & Readonly<Record<string, string>>;
