/**
 * The words of the placeholder window, in the three languages Detour speaks from
 * its first string. The desktop-app issue moves them into the i18next catalogs.
 */
import type { Language } from './languages.ts';

export const PLACEHOLDER_TEXT: Readonly<Record<Language, { title: string; body: string }>> = {
  en: {
    title: 'Detour',
    body: 'The desktop screens are being built. Until then, run a diagnosis from a terminal: npm run detour -- diagnose',
  },
  az: {
    title: 'Detour',
    body: 'Masaüstü ekranları hazırlanır. Hələlik diaqnostikanı terminaldan başladın: npm run detour -- diagnose',
  },
  ru: {
    title: 'Detour',
    body: 'Экраны приложения ещё в работе. Пока запустите диагностику из терминала: npm run detour -- diagnose',
  },
};
