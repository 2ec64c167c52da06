import type { TrainerCatalog } from './en.ts';

export const TRAINER_AZ: TrainerCatalog = {
  'trainer.compare.refined': 'Eyni növ bloklama',
  'trainer.compare.refined-detail': '{{before}} → {{after}}: eyni bloklama, az və ya çox təfərrüatla görünüb',
  'trainer.compare.not-included': 'Sonrakı yoxlamada yox idi: {{routes}}',
  'trainer.compare.routes-not-included':
    'Sonrakı yoxlamaya daxil olmayan marşrutlar (indi onlar haqqında məlumat yoxdur)',
  'trainer.compare.routes-added': 'Sonrakı yoxlamada yeni olan marşrutlar',
};
