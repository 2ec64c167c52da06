import type { StartCatalog } from './en.ts';

export const START_RU: StartCatalog = {
  'start.place': 'Где вы находитесь?',
  'start.place-hint':
    'Detour начнёт с сайтов, о блокировке которых там сообщалось, а также мессенджеров и звонков. Список можно изменить в любой момент на экране «Сайты».',
  'start.place.elsewhere': 'В другом месте (мессенджеры и звонки)',
  'start.empty': 'Ваш список пуст. Начните с одного из списков Detour:',
  'start.add-pack': '{{region}}: сайты, о блокировке которых сообщалось, мессенджеры и звонки',
  'start.add-global': 'Мессенджеры и звонки',
  'start.error': 'Не удалось загрузить собственные списки Detour: {{reason}}',
};
