import type { CatalogNameCatalog } from './en.ts';

/** The Russian words of a built-in target's name (see en.ts). */
export const CATALOG_RU: CatalogNameCatalog = {
  'catalog.name': '{{brand}} — {{kind}}',
  'catalog.numbered': '{{kind}} {{index}}',
  'catalog.kind.web-app': 'веб-версия',
  'catalog.kind.app-servers': 'серверы приложения',
  'catalog.kind.app-chat': 'чат в приложении',
  'catalog.kind.media': 'фото и файлы',
  'catalog.kind.sign-up': 'регистрация',
  'catalog.kind.storage': 'резервные копии и контакты',
  'catalog.kind.call-server': 'сервер звонков',
  'catalog.kind.bridges': 'получение мостов',
  'catalog.kind.neutral': 'нейтральный тестовый сайт',
};
