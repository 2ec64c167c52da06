/** The English words for trainers' tools: comparing runs, history rows, scheduled runs; flat keys under `trainer.`. */
export const TRAINER_EN = {
  'trainer.result.cancelled-at': 'Cancelled on {{date}}, before every site was measured.',
  'trainer.result.stopped-at': 'Stopped on {{date}} without finishing (the app or the computer was closed).',
  'trainer.list.checked': 'What was checked',
  'trainer.list.region': 'Region pack {{region}}',
  'trainer.list.own': 'My sites',
  'trainer.list.other': 'Other list',
  'trainer.list.routes': 'through {{routes}}',
  'trainer.schedule.banner-running': 'A scheduled check is running in the background; its results go to the History.',
  'trainer.schedule.banner-done': 'A scheduled check has just finished; its results are in the History.',
  'trainer.list.scheduled': 'Scheduled',
  'trainer.compare.refined': 'Same kind of blocking',
  'trainer.compare.refined-detail': '{{before}} → {{after}}: the same blocking, seen in more or less detail',
  'trainer.compare.not-included': 'Not part of the later check: {{routes}}',
  'trainer.compare.routes-not-included': 'Routes not part of the later check (nothing is known of them now)',
  'trainer.compare.routes-added': 'Routes new in the later check',
} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type TrainerCatalog = Readonly<Record<keyof typeof TRAINER_EN, string>> & Readonly<Record<string, string>>;
