import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import {
  type ComparedTarget,
  compareReports,
  type Comparison,
  readRunFile,
  type RouteSide,
  type TargetSide,
} from '../engine/index.ts';
import { printable } from '../shared/printable.ts';
import type { Report } from '../shared/report.ts';
import { damageText, describeEntry, guarded, openStore, short } from './history-command.ts';
import { localTime } from './local-time.ts';
import { UsageError } from './options.ts';
import { formatColumns } from './table.ts';
import { print } from './terminal.ts';

interface CompareFlags {
  historyDir?: string;
  json?: boolean;
  all?: boolean;
}

/** `detour compare A B`: what changed from run A to run B (ids in the history, or report files). */
export function addCompareCommand(program: Command): void {
  program
    .command('compare')
    .description('Show which targets changed verdict and which routes started or stopped working between two runs.')
    .argument('<before>', 'the earlier run: an id from detour history (or its first characters), or a report file')
    .argument('<after>', 'the later run, the same way')
    .option('--all', 'list every target, also those that did not change')
    .option('--json', 'print the comparison as JSON')
    .addOption(new Option('--history-dir <dir>', 'the history folder the ids are in'))
    .action(async (before: string, after: string, flags: CompareFlags) => {
      const [a, b] = [await loadRun(before, flags), await loadRun(after, flags)];
      const comparison = compareReports(a.report, b.report);
      print(
        process.stdout,
        flags.json === true
          ? `${JSON.stringify(comparison, null, 2)}\n`
          : renderComparison(comparison, [a.title, b.title], flags.all === true),
      );
    });
}

/** A report file when `reference` names one, otherwise a run in the history. */
async function loadRun(reference: string, flags: CompareFlags): Promise<{ report: Report; title: string }> {
  const isFile = await stat(reference).then(
    (s) => s.isFile(),
    () => false,
  );
  if (isFile) {
    const read = await readRunFile(reference);
    if (!read.ok) throw new UsageError(`${reference}: ${damageText(read.damage)}`);
    return { report: read.report, title: `${reference}, started ${localTime(read.report.startedAt)}` };
  }
  const store = await openStore(flags);
  const opened = await guarded(() => store.open(reference));
  if (!opened.ok) throw new UsageError(`run ${short(opened.entry.id)} is damaged: ${damageText(opened.damage)}`);
  return { report: opened.report, title: describeEntry(opened.entry) };
}

export function renderComparison(c: Comparison, [before, after]: [string, string], all: boolean): string {
  const lines = [`Before: ${before}`, `After:  ${after}`, ''];
  const [b, a] = [c.counts.before, c.counts.after];
  lines.push(`Blocked on your connection: ${b.blocked} of ${b.finished} → ${a.blocked} of ${a.finished}`, '');

  const shown = c.targets.filter(
    (t) =>
      all || t.changed || t.startedRestoring.length > 0 || t.stoppedRestoring.length > 0 || t.notIncluded.length > 0,
  );
  if (shown.length === 0) lines.push('No target changed its verdict or the routes that restore it.');
  else {
    lines.push(
      formatColumns([
        ['Target', 'Before', 'After', 'Now restored by', 'No longer restored by', 'Restored by, not in the later run'],
        ...shown.map((t) => [
          `${mark(t)} ${printable(t.input, 60)}`,
          targetWord(t.before),
          targetWord(t.after),
          t.startedRestoring.join(', '),
          t.stoppedRestoring.join(', '),
          t.notIncluded.join(', '),
        ]),
      ]),
    );
  }
  lines.push('');

  const routes = c.routes.filter((r) => all || r.change !== 'same');
  if (routes.length === 0) lines.push('Every route works as it did (or fails as it did).');
  else {
    lines.push(
      formatColumns([
        ['Route', 'Before', 'After'],
        ...routes.map((r) => [printable(r.path, 40), routeWord(r.before), routeWord(r.after)]),
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A mark that reads without colour: changed, the same kind of blocking proved further, or the same. */
function mark(target: ComparedTarget): string {
  if (target.changed) return '≠';
  return target.refined ? '≈' : '=';
}

function targetWord(side: TargetSide | null): string {
  if (side === null) return 'not in run';
  return side.status ?? 'not judged';
}

function routeWord(side: RouteSide | null): string {
  if (side === null) return 'not in run';
  return side.usable ? 'works' : 'failed';
}
