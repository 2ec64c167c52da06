import type { HandoutCatalog } from './en.ts';

export const HANDOUT_RU: HandoutCatalog = {
  'handout.export.evidence': 'Добавить все доказательства (каждое измерение)',
  'handout.export.evidence.hint':
    'Для специалистов: тогда {{pdf}} занимает много страниц. Без них {{pdf}} — короткая памятка: что делать, какие сайты заблокированы и что их открывает.',
  'handout.title': 'Что показала эта проверка Интернета',
  'handout.advice.unjudged':
    'Проверка закончилась раньше, чем что-либо удалось оценить; запустите её снова, чтобы получить совет.',
  'handout.advice.offline': 'Из этой сети ничего не было доступно, поэтому ничто не признано заблокированным.',
  'handout.advice.captive': 'Мешала страница входа: войдите в сеть и запустите проверку снова.',
  'handout.advice.all-open': 'Всё проверенное открывается в этой сети: менять ничего не нужно.',
  'handout.advice.use-route_one':
    'Используйте «{{route}}»: он открывает {{count}} заблокированный сайт — все, что есть.',
  'handout.advice.use-route_few': 'Используйте «{{route}}»: он открывает все {{count}} заблокированных сайта.',
  'handout.advice.use-route_many': 'Используйте «{{route}}»: он открывает все {{count}} заблокированных сайтов.',
  'handout.advice.use-route_other': 'Используйте «{{route}}»: он открывает все {{count}} заблокированных сайта.',
  'handout.advice.use-route-some_one':
    'Используйте «{{route}}»: он открывает {{count}} из {{total}} заблокированных сайтов.',
  'handout.advice.use-route-some_few':
    'Используйте «{{route}}»: он открывает {{count}} из {{total}} заблокированных сайтов.',
  'handout.advice.use-route-some_many':
    'Используйте «{{route}}»: он открывает {{count}} из {{total}} заблокированных сайтов.',
  'handout.advice.use-route-some_other':
    'Используйте «{{route}}»: он открывает {{count}} из {{total}} заблокированных сайтов.',
  'handout.advice.nothing-opens_one':
    'Ничто из того, что у вас есть, не открывает {{count}} заблокированный сайт; попробуйте Tor Browser или надёжный VPN.',
  'handout.advice.nothing-opens_few':
    'Ничто из того, что у вас есть, не открывает {{count}} заблокированных сайта; попробуйте Tor Browser или надёжный VPN.',
  'handout.advice.nothing-opens_many':
    'Ничто из того, что у вас есть, не открывает {{count}} заблокированных сайтов; попробуйте Tor Browser или надёжный VPN.',
  'handout.advice.nothing-opens_other':
    'Ничто из того, что у вас есть, не открывает {{count}} заблокированных сайта; попробуйте Tor Browser или надёжный VPN.',
  'handout.when': 'Когда',
  'handout.network': 'Сеть',
  'handout.calls': 'Звонки',
  'handout.calls.not-tested': 'Звонки не проверялись.',
  'handout.blocked.heading': 'Заблокированные сайты и что их открывает',
  'handout.blocked.site': 'Сайт',
  'handout.blocked.how': 'Что происходит',
  'handout.blocked.opens': 'Что открывает',
  'handout.blocked.none': 'В этой сети ни один сайт не заблокирован.',
  'handout.blocked.opens-nothing': 'Ничто из того, что у вас есть',
  'handout.more': 'Подробности проверки — на следующих страницах.',
  'handout.evidence-left-out':
    'Полные доказательства (каждое измерение) в этот отчёт не включены; чтобы их увидеть, экспортируйте отчёт вместе с доказательствами.',
};
