import type { PatternUiCatalog } from './en.ts';

export const PATTERN_UI_RU: PatternUiCatalog = {
  'pattern-ui.heading': 'Скорость во времени',
  'pattern-ui.intro':
    'Скорость загрузки каждого сайта рядом с нейтральными сайтами, измеренными в ту же минуту: сайт, замедленный отдельно в определённые часы, отличается от загруженного подключения.',
  'pattern-ui.site': 'Сайт для графиков скорости',
  'pattern-ui.heatmap.title': 'Неделя {{site}}: скорость относительно обычной, день × час',
  'pattern-ui.heatmap.connection': 'Неделя вашего подключения (нейтральные сайты), день × час',
  'pattern-ui.cell': '{{day}} {{time}}: {{state}}, {{speed}}× обычной скорости, замеров: {{samples}}',
  'pattern-ui.cell.none': '{{day}} {{time}}: нет замеров',
  'pattern-ui.state.normal': 'норма',
  'pattern-ui.state.slower': 'медленнее',
  'pattern-ui.state.slowed': 'замедлен',
  'pattern-ui.state.busy': 'подключение загружено',
  'pattern-ui.state.no-data': 'нет замеров',
  'pattern-ui.timeline.title': 'Скорость {{site}} и нейтральных сайтов во времени',
  'pattern-ui.timeline.unit': 'Мбит/с',
  'pattern-ui.timeline.controls': 'нейтральные сайты',
  'pattern-ui.table.show': 'Цифры в таблице',
  'pattern-ui.table.day': 'День',
  'pattern-ui.table.when': 'Время',
  'pattern-ui.table.speed': '{{name}} (Мбит/с)',
  'pattern-ui.table.heatmap-caption':
    'Скорость относительно обычной по часам для {{site}}: знак и отношение (1 — норма)',
  'pattern-ui.table.timeline-caption': 'Скорость загрузки {{site}} и нейтральных сайтов в каждой проверке',
  'pattern-ui.empty':
    'Пока ни в одной проверке нет скорости: повторяйте проверки по расписанию, чтобы увидеть, когда сайты замедляются.',
};
