import type { HandoutCatalog } from './en.ts';

export const HANDOUT_RU: HandoutCatalog = {
  'handout.export.evidence': 'Добавить все доказательства (каждое измерение)',
  'handout.export.evidence.hint':
    'Для специалистов: тогда {{pdf}} занимает много страниц. Без них {{pdf}} — короткая памятка: что делать, какие сайты заблокированы и что их открывает.',
  'handout.title': 'Что показала эта проверка Интернета',
  'handout.advice.unjudged':
    'Проверка закончилась раньше, чем что-либо удалось оценить; запустите её снова, чтобы получить совет.',
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
