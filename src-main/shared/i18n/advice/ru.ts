import type { AdviceCatalog } from './en.ts';

export const ADVICE_RU: AdviceCatalog = {
  'advice.offline': 'Похоже, вы не в сети: подключитесь к сети и проверьте снова.',
  'advice.captive': 'Мешает страница входа: войдите в эту сеть в браузере и проверьте снова.',
  'advice.all-work': 'Всё работает.',
  'advice.nothing-blocked': 'В вашей сети ничего не заблокировано.',
  'advice.use-route_one': 'Используйте {{route}}: он открывает все заблокированные сайты ({{count}}).',
  'advice.use-route_few': 'Используйте {{route}}: он открывает все заблокированные сайты ({{count}}).',
  'advice.use-route_many': 'Используйте {{route}}: он открывает все заблокированные сайты ({{count}}).',
  'advice.use-route_other': 'Используйте {{route}}: он открывает все заблокированные сайты ({{count}}).',
  'advice.use-route-most_one':
    'Используйте {{route}}: он открывает {{count}} из {{total}} заблокированных сайтов; остальные открывают другие ваши маршруты.',
  'advice.use-route-most_few':
    'Используйте {{route}}: он открывает {{count}} из {{total}} заблокированных сайтов; остальные открывают другие ваши маршруты.',
  'advice.use-route-most_many':
    'Используйте {{route}}: он открывает {{count}} из {{total}} заблокированных сайтов; остальные открывают другие ваши маршруты.',
  'advice.use-route-most_other':
    'Используйте {{route}}: он открывает {{count}} из {{total}} заблокированных сайтов; остальные открывают другие ваши маршруты.',
  'advice.use-route-some_one':
    'Используйте {{route}}: он открывает {{count}} из {{total}} заблокированных сайтов. {{sites}} не открывается ничем из того, что у вас есть; попробуйте Tor Browser.',
  'advice.use-route-some_few':
    'Используйте {{route}}: он открывает {{count}} из {{total}} заблокированных сайтов. {{sites}} не открывается ничем из того, что у вас есть; попробуйте Tor Browser.',
  'advice.use-route-some_many':
    'Используйте {{route}}: он открывает {{count}} из {{total}} заблокированных сайтов. {{sites}} не открывается ничем из того, что у вас есть; попробуйте Tor Browser.',
  'advice.use-route-some_other':
    'Используйте {{route}}: он открывает {{count}} из {{total}} заблокированных сайтов. {{sites}} не открывается ничем из того, что у вас есть; попробуйте Tor Browser.',
  'advice.nothing-opens': '{{sites}} не открывается ничем из того, что у вас есть; попробуйте Tor Browser.',
  'advice.no-routes':
    'Ваше подключение не открывает {{sites}}. Добавьте маршрут, который у вас есть (прокси, VPN), чтобы проверить его, или попробуйте Tor Browser.',
  'advice.sites-more_one': '{{sites}} и ещё {{count}} сайт',
  'advice.sites-more_few': '{{sites}} и ещё {{count}} сайта',
  'advice.sites-more_many': '{{sites}} и ещё {{count}} сайтов',
  'advice.sites-more_other': '{{sites}} и ещё {{count}} сайта',
  'advice.calls-ok': 'Звонки (голосовые и видео) проходят.',
  'advice.calls-blocked':
    'Звонки (голосовые и видео) заблокированы, и ничто из того, что у вас есть, их не пропускает.',
  'advice.calls-restored': 'Звонки (голосовые и видео) заблокированы; через {{routes}} они проходят.',
  'advice.calls-unclear': 'Непонятно, проходят ли звонки (голосовые и видео).',
  'advice.kinds': 'Найдено: {{list}}.',
  'advice.kind': '{{kind}}: {{n}}',
  'advice.site.direct': 'Ваше подключение',
  'advice.site.nothing': 'Ничто из того, что у вас есть',
  'advice.site.routes': '{{routes}}',
  'advice.evidence.title': 'Что открыло этот сайт',
  'advice.evidence.restored': 'Через {{routes}} этот сайт открылся.',
  'advice.details': 'Подробно, по маршрутам',
  'advice.label': 'Что делать',
};
