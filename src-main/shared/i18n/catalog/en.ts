/**
 * The English words of a built-in target's name: the brand as it is, and its kind
 * (shared/catalog-label.ts); flat keys under `catalog.`. A website is its brand alone.
 */
export const CATALOG_EN = {
  'catalog.name': '{{brand}} — {{kind}}',
  'catalog.numbered': '{{kind}} {{index}}',
  'catalog.kind.web-app': 'web version',
  'catalog.kind.app-servers': 'app servers',
  'catalog.kind.app-chat': 'chat in the app',
  'catalog.kind.media': 'photos and files',
  'catalog.kind.sign-up': 'sign-up',
  'catalog.kind.storage': 'backups and contacts',
  'catalog.kind.call-server': 'call server',
  'catalog.kind.bridges': 'getting bridges',
  'catalog.kind.neutral': 'neutral test site',
} as const;

export type CatalogNameCatalog = Readonly<Record<keyof typeof CATALOG_EN, string>>;
