import type { CatalogNameCatalog } from './en.ts';

/** The Azerbaijani words of a built-in target's name (see en.ts). */
export const CATALOG_AZ: CatalogNameCatalog = {
  'catalog.name': '{{brand}} — {{kind}}',
  'catalog.numbered': '{{kind}} {{index}}',
  'catalog.kind.web-app': 'veb versiya',
  'catalog.kind.app-servers': 'tətbiq serverləri',
  'catalog.kind.app-chat': 'tətbiqdə yazışma',
  'catalog.kind.media': 'şəkillər və fayllar',
  'catalog.kind.sign-up': 'qeydiyyat',
  'catalog.kind.storage': 'ehtiyat nüsxələr və kontaktlar',
  'catalog.kind.call-server': 'zəng serveri',
  'catalog.kind.bridges': 'körpülərin alınması',
  'catalog.kind.neutral': 'neytral sınaq saytı',
};
