import type { TrainerCatalog } from './en.ts';

export const TRAINER_AZ: TrainerCatalog = {
  'trainer.result.cancelled-at': '{{date}} tarixində, bütün saytlar yoxlanmadan ləğv edilib.',
  'trainer.result.stopped-at': '{{date}} tarixində başa çatmadan dayanıb (tətbiq və ya kompüter bağlanıb).',
  'trainer.list.checked': 'Nə yoxlanıb',
  'trainer.list.region': '{{region}} regional paketi',
  'trainer.list.own': 'Mənim saytlarım',
  'trainer.list.other': 'Başqa siyahı',
  'trainer.list.routes': '{{routes}} vasitəsilə',
  'trainer.schedule.banner-running': 'Planlaşdırılmış yoxlama arxa planda gedir; nəticələri Tarixçəyə düşür.',
  'trainer.schedule.banner-done': 'Planlaşdırılmış yoxlama indicə bitdi; nəticələri Tarixçədədir.',
  'trainer.list.scheduled': 'Planlaşdırılmış',
  'trainer.compare.refined': 'Eyni növ bloklama',
  'trainer.compare.refined-detail': '{{before}} → {{after}}: eyni bloklama, az və ya çox təfərrüatla görünüb',
  'trainer.compare.not-included': 'Sonrakı yoxlamada yox idi: {{routes}}',
  'trainer.compare.routes-not-included':
    'Sonrakı yoxlamaya daxil olmayan marşrutlar (indi onlar haqqında məlumat yoxdur)',
  'trainer.compare.routes-added': 'Sonrakı yoxlamada yeni olan marşrutlar',
};
