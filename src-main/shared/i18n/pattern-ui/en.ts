/**
 * The app's and the reports' words around the speed charts (a week heat map per site,
 * a timeline of speed beside the neutral sites); the judge's own sentences are in
 * pattern/. Flat keys under `pattern-ui.`.
 */
export const PATTERN_UI_EN = {
  'pattern-ui.heading': 'Speed over time',
  'pattern-ui.intro':
    'Each site’s download speed against the neutral sites measured in the same minute: a site slowed on its own at certain hours stands out from a busy connection.',
  'pattern-ui.site': 'Site for the speed charts',
  'pattern-ui.heatmap.title': 'Week of {{site}}: speed against its normal, day × hour',
  'pattern-ui.heatmap.connection': 'Week of your connection (the neutral sites), day × hour',
  'pattern-ui.cell': '{{day}} {{time}}: {{state}}, {{speed}}× normal speed, {{samples}} samples',
  'pattern-ui.cell.none': '{{day}} {{time}}: no sample',
  'pattern-ui.state.normal': 'normal',
  'pattern-ui.state.slower': 'slower',
  'pattern-ui.state.slowed': 'slowed down',
  'pattern-ui.state.busy': 'connection busy',
  'pattern-ui.state.no-data': 'no sample',
  'pattern-ui.timeline.title': 'Speed of {{site}} and of the neutral sites over time',
  'pattern-ui.timeline.unit': 'Mbit/s',
  'pattern-ui.timeline.controls': 'neutral sites',
  'pattern-ui.table.show': 'The figures as a table',
  'pattern-ui.table.day': 'Day',
  'pattern-ui.table.when': 'Time',
  'pattern-ui.table.speed': '{{name}} (Mbit/s)',
  'pattern-ui.table.heatmap-caption': 'Speed against normal per hour for {{site}}: symbol and ratio (1 is normal)',
  'pattern-ui.table.timeline-caption': 'Download speed of {{site}} and the neutral sites in each check',
  'pattern-ui.empty': 'No check has speeds yet: repeat checks on a schedule to see when sites slow down.',
} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key. */
export type PatternUiCatalog = Readonly<Record<keyof typeof PATTERN_UI_EN, string>>;
