/**
 * The first minutes: where the user is, asked once on the notice so the first list is
 * the sites that matter there, and the lists offered when the user's own is empty.
 * `{{region}}` is a country in the reader's language (ui.region.*).
 */
export const START_EN = {
  'start.place': 'Where are you?',
  'start.place-hint':
    'Detour starts with the sites reported blocked there, with messengers and calls. You can change the list any time on the Sites screen.',
  'start.place.elsewhere': 'Somewhere else (messengers and calls)',
  'start.empty': 'Your list is empty. Start with one of Detour’s lists:',
  'start.add-pack': '{{region}}: sites reported blocked, messengers and calls',
  'start.add-global': 'Messengers and calls',
  'start.error': 'Detour’s own lists could not be loaded: {{reason}}',

  // Plain words where a non-expert looks; the codes and forms behind them are under "Details".
  'plain.details': 'Details',
  'plain.evidence.dns-empty': 'No address in the answer',
  'plain.evidence.untrusted': 'The certificate is not trusted by this computer.',
  'plain.targets.intro': 'Add the sites and services you care about: their web addresses, one per line.',
  'plain.targets.forms':
    'Apps that use their own servers are written {{hostPort}}, and servers for calls {{stun}}. A test list is a {{format}} file in the {{source}} format that {{tool}} uses: the columns {{columns}} and the rest.',
  'plain.targets.import-hint': 'A list of sites made for {{tool}}. Each site keeps its category.',
} as const;

export type StartCatalog = Readonly<Record<keyof typeof START_EN, string>> & Readonly<Record<string, string>>;
