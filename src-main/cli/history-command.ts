import { homedir } from 'node:os';
import { Option, type Command } from 'commander';
import type { TFunction } from 'i18next';
import { type Damage, defaultHistoryDir, type HistoryEntry, HistoryError, HistoryStore } from '../engine/index.ts';
import { networkLabel } from '../core/view/labels.ts';
import { createTranslator } from '../shared/i18n/index.ts';
import { printable } from '../shared/printable.ts';
import { REPORT_SCHEMA_VERSION } from '../shared/report.ts';
import { localTime } from './local-time.ts';
import { UsageError } from './options.ts';
import { addPatternCommand } from './pattern-command.ts';
import { formatColumns } from './table.ts';
import { print } from './terminal.ts';
import { renderRun } from './tools.ts';

interface DirFlags {
  historyDir?: string;
}

const HEADERS = ['ID', 'Started', 'Name', 'Network', 'Status', 'Targets', 'Blocked', 'Found'];

/**
 * `detour history`: the runs `diagnose` saved, and what can be done with them.
 *   detour history [list] [--json]          every run, newest first
 *   detour history show ID [--json]         one run's table and summary (or its report)
 *   detour history rename ID NAME           give a run a name ("" removes it)
 *   detour history network ID LABEL         say which network it was made on ("" removes it)
 *   detour history delete ID… | --all       delete runs
 *   detour history pattern [--site URL]     when sites slow down over the week (pattern-command.ts)
 * An ID is a run id or its first characters (the list shows eight).
 */
export function addHistoryCommand(program: Command): void {
  const history = program
    .command('history')
    .description('List, show, name and delete the runs diagnose saved (see: detour history --help).');
  const withDir = (command: Command): Command =>
    command.addOption(
      new Option(
        '--history-dir <dir>',
        'the history folder (default $DETOUR_HISTORY_DIR or ~/.local/share/detour/history)',
      ),
    );

  withDir(history.command('list', { isDefault: true }).description('List the saved runs, newest first.'))
    .option('--json', 'print the list as JSON')
    .action(async (flags: DirFlags & { json?: boolean }) => {
      const store = await openStore(flags);
      const entries = await store.list();
      write(flags.json === true ? `${JSON.stringify(entries, null, 2)}\n` : renderHistory(entries, store.dir));
    });

  withDir(history.command('show').description("Show one run's table and summary."))
    .argument('<id>', 'run id (or its first characters)')
    .option('--json', 'print the report (JSON) instead')
    .action(async (id: string, flags: DirFlags & { json?: boolean }) => {
      const opened = await guarded(async () => (await openStore(flags)).open(id));
      if (!opened.ok) throw new UsageError(`run ${opened.entry.id} is damaged: ${damageText(opened.damage)}`);
      const { report, entry } = opened;
      if (flags.json === true) {
        write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      write(`${describeEntry(entry)}\n\n${renderRun(report, createTranslator('en'))}`);
    });

  withDir(history.command('rename').description('Give a run a name ("" removes it).'))
    .argument('<id>', 'run id (or its first characters)')
    .argument('<name>', 'the name')
    .action(async (id: string, name: string, flags: DirFlags) => {
      const entry = await guarded(async () => (await openStore(flags)).rename(id, name));
      write(
        `Run ${short(entry.id)} ${entry.name === '' ? 'has no name now' : `is now named "${printable(entry.name)}"`}\n`,
      );
    });

  withDir(history.command('network').description('Say which network a run was made on ("" removes it).'))
    .argument('<id>', 'run id (or its first characters)')
    .argument('<label>', 'the network, e.g. "home Wi-Fi"')
    .action(async (id: string, label: string, flags: DirFlags) => {
      const entry = await guarded(async () => (await openStore(flags)).setNetwork(id, label));
      write(
        `Run ${short(entry.id)} ${entry.network === undefined ? 'has no network label now' : `was made on "${printable(entry.network)}"`}\n`,
      );
    });

  withDir(history.command('delete').description('Delete runs (a run still in progress is kept).'))
    .argument('[ids...]', 'run ids (or their first characters)')
    .option('--all', 'delete every run')
    .action(async (ids: string[], flags: DirFlags & { all?: boolean }) => {
      if ((flags.all === true) === ids.length > 0) throw new UsageError('delete needs run ids, or --all (not both)');
      const store = await openStore(flags);
      if (flags.all === true) {
        const deleted = await store.deleteAll();
        write(`Deleted ${deleted} run${deleted === 1 ? '' : 's'} from ${store.dir}\n`);
        return;
      }
      // Every id is resolved before anything is deleted: a typo deletes nothing.
      const entries = await guarded(() => ids.map((id) => store.find(id)));
      for (const entry of entries) await guarded(() => store.delete(entry.id));
      write(`Deleted ${entries.map((e) => short(e.id)).join(', ')}\n`);
    });

  addPatternCommand(history, withDir, openStore);
}

/** The history `--history-dir`, `$DETOUR_HISTORY_DIR` or the XDG default names. */
export async function openStore(flags: DirFlags): Promise<HistoryStore> {
  const dir = flags.historyDir ?? defaultHistoryDir(process.env, homedir());
  try {
    return await HistoryStore.open(dir);
  } catch (error) {
    throw new UsageError(
      `the history folder ${dir} cannot be used (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

/** A history refusal (no such run, an ambiguous id) is one line to the user, exit code 2. */
export async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HistoryError) throw new UsageError(error.message);
    throw error;
  }
}

/** The list as a table, with one line per damaged file under it saying what is wrong. */
export function renderHistory(entries: readonly HistoryEntry[], dir: string): string {
  const english = createTranslator('en');
  if (entries.length === 0) return `No runs saved in ${dir} yet. Every detour diagnose adds one.\n`;
  const rows = entries.map((e) => [
    short(e.id),
    localTime(e.startedAt),
    printable(e.name, 40),
    printable(e.network ?? '', 30),
    e.status,
    e.status === 'damaged'
      ? '—'
      : e.counts.finished === e.counts.targets
        ? String(e.counts.targets)
        : `${e.counts.finished}/${e.counts.targets}`,
    e.status === 'damaged' ? '—' : String(e.counts.blocked),
    cutOff(e, english) ?? kindsText(e),
  ]);
  const damaged = entries.flatMap((e) => (e.damage === undefined ? [] : [`  ${e.file}: ${damageText(e.damage)}`]));
  const notes = damaged.length === 0 ? '' : `\nDamaged files (left as they are):\n${damaged.join('\n')}\n`;
  const count = `${entries.length} run${entries.length === 1 ? '' : 's'}`;
  return `${count} in ${dir}\n\n${formatColumns([HEADERS, ...rows])}\n${notes}`;
}

/** An offline run, or one behind a login page, judged nothing: that is what it found. */
function cutOff(entry: HistoryEntry, t: TFunction): string | undefined {
  const network = entry.counts.network;
  return network === 'offline' || network === 'captive' ? networkLabel(t, network) : undefined;
}

/** What was found besides `ok`: `tls-blocked 2, down 1`. */
function kindsText(entry: HistoryEntry): string {
  return Object.entries(entry.counts.kinds)
    .filter(([status]) => status !== 'ok')
    .map(([status, count]) => `${status} ${count}`)
    .join(', ');
}

export function damageText(damage: Damage): string {
  switch (damage.code) {
    case 'unreadable':
      return `cannot be read (${damage.detail})`;
    case 'not-json':
      return `not valid JSON (${printable(damage.detail, 120)})`;
    case 'not-a-report':
      return `not a Detour report (${printable(damage.detail, 120)})`;
    case 'unsupported-version':
      return `report format ${printable(damage.detail, 20)}; this Detour reads format ${REPORT_SCHEMA_VERSION}`;
  }
}

/** `Run 3f2a9c1e "home", started 2026-11-29 08:00:05 on "office Wi-Fi": completed`. */
export function describeEntry(entry: HistoryEntry): string {
  const name = entry.name === '' ? '' : ` "${printable(entry.name, 60)}"`;
  const network = entry.network === undefined ? '' : ` on "${printable(entry.network, 40)}"`;
  return `Run ${short(entry.id)}${name}, started ${localTime(entry.startedAt)}${network}: ${entry.status}`;
}

export function short(id: string): string {
  return id.slice(0, 8);
}

function write(text: string): void {
  print(process.stdout, text);
}
