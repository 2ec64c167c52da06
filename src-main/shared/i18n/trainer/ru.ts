import type { TrainerCatalog } from './en.ts';

export const TRAINER_RU: TrainerCatalog = {
  'trainer.result.cancelled-at': 'Отменена {{date}}, до того как были проверены все сайты.',
  'trainer.result.stopped-at': 'Остановлена {{date}}, не завершившись (приложение или компьютер были закрыты).',
  'trainer.list.checked': 'Что проверялось',
  'trainer.list.region': 'Региональный набор {{region}}',
  'trainer.list.own': 'Мои сайты',
  'trainer.list.other': 'Другой список',
  'trainer.list.routes': 'через {{routes}}',
  'trainer.schedule.banner-running': 'Проверка по расписанию идёт в фоне; её результаты попадут в Историю.',
  'trainer.schedule.banner-done': 'Проверка по расписанию только что закончилась; её результаты — в Истории.',
  'trainer.list.scheduled': 'По расписанию',
  'trainer.compare.refined': 'Тот же вид блокировки',
  'trainer.compare.refined-detail': '{{before}} → {{after}}: та же блокировка, увиденная подробнее или менее подробно',
  'trainer.compare.not-included': 'Не входил в более позднюю проверку: {{routes}}',
  'trainer.compare.routes-not-included':
    'Маршруты, не входившие в более позднюю проверку (о них сейчас ничего не известно)',
  'trainer.compare.routes-added': 'Маршруты, впервые вошедшие в более позднюю проверку',
};
