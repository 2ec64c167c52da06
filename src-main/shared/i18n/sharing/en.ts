/** The English words of the app's sharing screens; flat keys under `sharing.`, plurals as i18next's `_one`/`_other`. */
export const SHARING_EN = {
  'sharing.nav.workshop': 'Workshop',

  'sharing.export.open': 'Export or share',
  'sharing.export.title': 'Export or share this report',
  'sharing.export.title-merged': 'Export the combined report',
  'sharing.export.close': 'Close',
  'sharing.export.format': 'Format',
  'sharing.export.format.html': 'Web page ({{name}})',
  'sharing.export.format.html.hint': 'Opens in any browser, also without Internet, and prints well.',
  'sharing.export.format.pdf': '{{name}}',
  'sharing.export.format.pdf.hint': 'A document to print or to send.',
  'sharing.export.format.csv': 'Spreadsheet ({{name}})',
  'sharing.export.format.csv.hint': 'One row per site and route, for {{programs}}.',
  'sharing.export.format.json': 'Detour file ({{name}})',
  'sharing.export.format.json.hint':
    'The full report, for a trainer to combine with other reports or to open in Detour later.',
  'sharing.export.format.merged-html': 'Web page ({{name}})',
  'sharing.export.format.merged-html.hint': 'Opens in any browser, also without Internet, and prints well.',
  'sharing.export.format.merged-pdf': '{{name}}',
  'sharing.export.format.merged-pdf.hint': 'A document to print or to send.',
  'sharing.export.language': 'Language of the report',
  'sharing.export.omit': 'Leave out',
  'sharing.export.omit.public-ip': 'My public address',
  'sharing.export.omit.public-ip.hint':
    'The address the Internet sees you come from, as a call test found it. It can tell who and where you are.',
  'sharing.export.omit.network': 'The name of the network',
  'sharing.export.omit.network.hint': 'The name given to this network, such as “home” or “cafe”.',
  'sharing.export.omit.network.hint-merged':
    'The names of the networks and of the files: they become Network 1, Network 2 and so on.',
  'sharing.export.omit.proxy-hosts': 'Addresses of proxies, VPN servers and bridges',
  'sharing.export.omit.proxy-hosts.hint':
    'Where your proxies, VPN servers and Tor bridges are. Proxies are shown as proxy 1, proxy 2 and so on instead.',
  'sharing.export.passwords': 'Passwords are never included: a report does not contain them.',
  'sharing.export.save': 'Save',
  'sharing.export.saving': 'Preparing the file…',
  'sharing.export.saved': 'Saved as {{file}}.',
  'sharing.export.downloaded': 'Your browser is saving {{file}}; look in your downloads.',
  'sharing.export.cancelled': 'Nothing was saved.',
  'sharing.export.no-pdf':
    'A {{pdf}} cannot be made on this computer. Save the web page ({{html}}) instead, open it and print it from the browser.',
  'sharing.export.error': 'The file could not be made: {{reason}}',

  'sharing.save.title': 'Save the report',

  'sharing.workshop.title': 'Combine participants’ reports',
  'sharing.workshop.intro':
    'Each participant saves their report as a Detour file (Export or share, then {{json}}) and gives it to you. Choose all of the files here to see, network by network, what is blocked, how, and which routes work.',
  'sharing.workshop.files': 'Report files ({{json}})',
  'sharing.workshop.files-hint': 'You can choose several files at once. Each may be at most {{limit}}.',
  'sharing.workshop.reading': 'Checking the files…',
  'sharing.workshop.loaded_one': '{{count}} report is loaded.',
  'sharing.workshop.loaded_other': '{{count}} reports are loaded.',
  'sharing.workshop.problems': 'Files that could not be used',
  'sharing.workshop.file-problem': '{{file}}: {{problem}}',
  'sharing.unit.mib': '{{value}} MiB',
  'sharing.workshop.too-large': 'the file is {{size}}, and Detour reads at most {{limit}}',
  'sharing.workshop.unreadable': 'the file could not be read',
  'sharing.workshop.check-failed': 'the file could not be checked. {{reason}}',
  'sharing.workshop.loaded-title': 'Loaded reports',
  'sharing.workshop.remove': 'Remove {{name}}',
  'sharing.workshop.remove-all': 'Remove all reports',
  'sharing.workshop.need-two': 'Choose at least two reports to compare networks.',
  'sharing.workshop.networks': 'Networks',
  'sharing.workshop.sites': 'Each site on each network',
  'sharing.workshop.site': 'Site',
  'sharing.workshop.comparison': 'Comparison',
  'sharing.workshop.differs': 'Differs',
  'sharing.workshop.same': 'Same',
  'sharing.workshop.works-through': 'Works through {{routes}}',
  'sharing.workshop.export': 'Export the combined report',
} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type SharingCatalog = Readonly<Record<keyof typeof SHARING_EN, string>> & Readonly<Record<string, string>>;
