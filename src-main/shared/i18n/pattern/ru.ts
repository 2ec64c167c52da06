import type { PatternCatalog } from './en.ts';

export const PATTERN_RU: PatternCatalog = {
  'pattern.title': 'Скорость во времени',
  'pattern.runs':
    'Проверок с замером скорости: {{runs}}; интервалы по {{slot}} мин.; интервал оценивается не менее чем по {{needed}} замерам.',
  'pattern.slept': 'Не учтены, потому что компьютер спал во время проверки: {{count}}.',
  'pattern.no-runs':
    'Ни в одной сохранённой проверке ещё нет скорости. Повторяйте проверку с замером скорости, например: {{command}}',
  'pattern.no-site': 'Сайта {{site}} среди замеров скорости нет.',

  'pattern.connection.heading': 'Ваше подключение (нейтральные сайты)',
  'pattern.connection.busy':
    'В эти часы ваше подключение загружено: нейтральные сайты тоже замедляются, поэтому замедление в это время не направленное.',
  'pattern.connection.steady': 'Нейтральные сайты всегда сохраняли скорость: само подключение не было загружено.',
  'pattern.connection.too-few-samples':
    'Слишком мало замеров нейтральных сайтов, чтобы судить о подключении ({{samples}}; интервалу нужно {{needed}}).',
  'pattern.busy-window':
    '{{when}}: нейтральные сайты примерно на уровне {{fraction}} обычной скорости, {{slow}} из {{total}} замеров',

  'pattern.site.targeted.controls-normal':
    'Замедляется в определённое время, а нейтральные сайты — нет: похоже на направленное замедление.',
  'pattern.site.targeted.controls-slow': 'Замедляется в определённое время намного сильнее, чем всё подключение.',
  'pattern.site.targeted.controls-unknown':
    'Замедляется в определённое время; нейтральные сайты тогда не замерялись, сравнить не с чем.',
  'pattern.site.always-slow':
    'Всегда примерно на уровне {{fraction}} скорости нейтральных сайтов, в любое время: медленный, но без связи со временем.',
  'pattern.site.busy-connection':
    'Медленнее лишь тогда, когда загружено всё подключение (нейтральные сайты тоже замедляются): не направленное.',
  'pattern.site.steady': 'Замедлений нет ни в какое время (замеров: {{samples}}).',
  'pattern.site.too-few-samples':
    'Слишком мало замеров, чтобы судить ({{samples}}; интервалу нужно {{needed}}). Не останавливайте расписание.',

  'pattern.window.controls-normal':
    'замедлен примерно до {{fraction}} обычной скорости, {{when}}, {{slow}} из {{total}} замеров ({{confidence}}); нейтральные сайты в норме',
  'pattern.window.controls-slow':
    'замедлен примерно до {{fraction}} обычной скорости, {{when}}, {{slow}} из {{total}} замеров ({{confidence}}); нейтральные сайты тоже медленные',
  'pattern.window.controls-unknown':
    'замедлен примерно до {{fraction}} обычной скорости, {{when}}, {{slow}} из {{total}} замеров ({{confidence}}); нейтральные сайты не замерялись',

  'pattern.fraction.2': 'половины',
  'pattern.fraction.3': 'трети',
  'pattern.fraction.4': 'четверти',
  'pattern.fraction.5': 'пятой части',
  'pattern.fraction.10': 'десятой части',
  'pattern.fraction.20': 'двадцатой части',
  'pattern.fraction.50': 'пятидесятой части',
  'pattern.fraction.100': 'сотой части',

  'pattern.when': '{{days}} {{from}}–{{to}}',
  'pattern.when.cycle': 'минуты {{from}}–{{to}} каждых {{cycle}} мин.',
  'pattern.days.every': 'ежедневно',
  'pattern.days.weekdays': 'по будням',
  'pattern.days.weekend': 'по выходным',
  'pattern.day.0': 'Пн',
  'pattern.day.1': 'Вт',
  'pattern.day.2': 'Ср',
  'pattern.day.3': 'Чт',
  'pattern.day.4': 'Пт',
  'pattern.day.5': 'Сб',
  'pattern.day.6': 'Вс',

  'pattern.map.legend':
    'Каждая клетка — один интервал: {{normal}} норма, {{slower}} медленнее, {{slowed}} замедлен, {{busy}} подключение загружено, {{none}} нет замеров (например, компьютер спал).',
  'pattern.map.hour': 'час',
  'pattern.map.cycle': 'интервалы',
};
