/**
 * The words of the time-pattern judge (core/judge/time-pattern.ts): when sites slow
 * down against the neutral sites, said by the CLI's `history pattern`, the app and
 * the reports alike. Flat keys under `pattern.`.
 */
export const PATTERN_EN = {
  'pattern.title': 'Speed over time',
  'pattern.runs':
    'Runs with speeds: {{runs}}; time slots of {{slot}} min; a slot is judged from {{needed}} samples or more.',
  'pattern.slept': 'Left out because the computer slept during them: {{count}}.',
  'pattern.no-runs': 'No saved run has speeds yet. Repeat a check with the speed test, for example: {{command}}',
  'pattern.no-site': 'No site {{site}} among the measured speeds.',

  'pattern.connection.heading': 'Your connection (the neutral sites)',
  'pattern.connection.busy':
    'Your connection is busy at these times: the neutral sites slow down too, so a slow-down then is not targeted.',
  'pattern.connection.steady': 'The neutral sites kept their speed at every time: the connection itself was not busy.',
  'pattern.connection.too-few-samples':
    'Too few measurements of the neutral sites to judge the connection ({{samples}}; a slot needs {{needed}}).',
  'pattern.busy-window':
    '{{when}}: the neutral sites at about {{fraction}} of their usual speed, {{slow}} of {{total}} samples',

  'pattern.site.targeted.controls-normal':
    'Slowed down at certain times while the neutral sites were not: this looks targeted.',
  'pattern.site.targeted.controls-slow': 'Slowed down at certain times, far more than the whole connection did then.',
  'pattern.site.targeted.controls-unknown':
    'Slowed down at certain times; no neutral site was measured then to compare with.',
  'pattern.site.always-slow':
    'Always at about {{fraction}} of the speed of the neutral sites, at every time: slow, with no pattern in time.',
  'pattern.site.busy-connection':
    'Slower only when the whole connection is busy (the neutral sites slow down too): not targeted.',
  'pattern.site.steady': 'No slow-down at any time ({{samples}} samples).',
  'pattern.site.too-few-samples':
    'Too few samples to judge ({{samples}}; a slot needs {{needed}}). Keep the schedule running.',

  'pattern.window.controls-normal':
    'slowed to about {{fraction}} of normal, {{when}}, {{slow}} of {{total}} samples ({{confidence}}); neutral sites normal',
  'pattern.window.controls-slow':
    'slowed to about {{fraction}} of normal, {{when}}, {{slow}} of {{total}} samples ({{confidence}}); neutral sites slow too',
  'pattern.window.controls-unknown':
    'slowed to about {{fraction}} of normal, {{when}}, {{slow}} of {{total}} samples ({{confidence}}); neutral sites not measured',

  'pattern.fraction.2': 'half',
  'pattern.fraction.3': 'a third',
  'pattern.fraction.4': 'a quarter',
  'pattern.fraction.5': 'a fifth',
  'pattern.fraction.10': 'a tenth',
  'pattern.fraction.20': 'a twentieth',
  'pattern.fraction.50': 'a fiftieth',
  'pattern.fraction.100': 'a hundredth',

  'pattern.when': '{{days}} {{from}}–{{to}}',
  'pattern.when.cycle': 'minutes {{from}}–{{to}} of every {{cycle}} minutes',
  'pattern.days.every': 'every day',
  'pattern.days.weekdays': 'weekdays',
  'pattern.days.weekend': 'weekends',
  'pattern.day.0': 'Mon',
  'pattern.day.1': 'Tue',
  'pattern.day.2': 'Wed',
  'pattern.day.3': 'Thu',
  'pattern.day.4': 'Fri',
  'pattern.day.5': 'Sat',
  'pattern.day.6': 'Sun',

  'pattern.map.legend':
    'Each cell is one slot: {{normal}} normal, {{slower}} slower, {{slowed}} slowed down, {{busy}} connection busy, {{none}} no sample (for example the computer slept).',
  'pattern.map.hour': 'hour',
  'pattern.map.cycle': 'slots',
} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key. */
export type PatternCatalog = Readonly<Record<keyof typeof PATTERN_EN, string>> & Readonly<Record<string, string>>;
