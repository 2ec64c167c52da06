import type { TFunction } from 'i18next';
import { readWireguardFile, ToolCollector, type ToolInputError } from '../engine/index.ts';
import type { Report } from '../shared/report.ts';
import type { ToolSecrets, ToolsPlan } from '../shared/tools.ts';
import { toolEntries, toolWords } from '../shared/tools-view.ts';
import { TOOL_INPUT_ERROR_TEXT } from './messages.ts';
import { renderMatrix } from './matrix.ts';
import { bridgeTimeoutFrom, type DiagnoseFlags } from './options.ts';
import { renderSummary } from './summary.ts';
import { renderTable } from './table.ts';

/** "Your tools" as the command line gives them: `--wireguard`, `--bridge`, `--bridges`, `--tor`. */
export interface CollectedTools {
  /** Absent when the user named no tool. */
  plan?: ToolsPlan;
  secrets: ToolSecrets;
  torPath?: string;
  errors: ToolInputError[];
}

export async function collectTools(flags: DiagnoseFlags): Promise<CollectedTools> {
  const collector = new ToolCollector();
  for (const path of flags.wireguard ?? []) {
    const read = await readWireguardFile(path);
    if (read.ok) collector.addWireguard(read.file, read.file.name);
    else collector.errors.push(read.error);
  }
  (flags.bridge ?? []).forEach((line, index) =>
    collector.addBridgeLines(line, () => ({ source: `--bridge ${index + 1}` })),
  );
  for (const path of flags.bridges ?? []) await collector.addBridgesFile(path);
  const named = collector.wireguard.length + collector.bridges.length > 0;
  return {
    ...(named
      ? {
          plan: {
            wireguard: collector.wireguard,
            bridges: collector.bridges,
            bridgeTimeoutMs: bridgeTimeoutFrom(flags),
          },
        }
      : {}),
    secrets: collector.secrets,
    ...(flags.tor === undefined ? {} : { torPath: flags.tor }),
    errors: collector.errors,
  };
}

/** One line per rejected configuration or bridge: where and what, never its text (it holds keys). */
export function describeToolError(error: ToolInputError): string {
  const where = error.line === undefined ? error.source : `${error.source}:${error.line}`;
  return `${where}: ${TOOL_INPUT_ERROR_TEXT[error.code]}; skipped`;
}

/**
 * "Your tools" after the sites: each configuration and bridge with a mark, its state in
 * plain words and how sure, then why, and the routes it works through.
 */
export function renderTools(report: Report, t: TFunction): string {
  const entries = toolEntries(report.plan.tools, report.tools);
  if (entries.length === 0) return '';
  const lines = [`${t('tools.heading')}:`];
  for (const entry of entries) {
    const words = toolWords(t, entry);
    const what = [t(`tools.kind.${entry.kind}`), ...(entry.kind === 'bridge' ? [entry.technology] : []), entry.where]
      .filter((part) => part !== '')
      .join(', ');
    const sure = words.confidence === '' ? '' : ` (${words.confidence})`;
    lines.push(`  ${words.mark} ${entry.name} (${what}): ${words.status}${sure}`);
    lines.push(`      ${words.reason}`);
    if (words.through !== '') lines.push(`      ${words.through}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A run as the terminal shows it: the sites (a table, or with routes the matrix, then
 * what it means), then Your tools. A run of tools alone shows only them; a run with
 * neither (every entry rejected) still says what it means: that nothing was measured.
 */
export function renderRun(report: Report, t: TFunction): string {
  const tools = renderTools(report, t);
  if (report.targets.length === 0) return tools === '' ? renderSummary(report, t) : tools;
  const table = report.plan.paths.length > 1 ? renderMatrix(report, t) : renderTable(report);
  return [`${table}\n\n${renderSummary(report, t)}`, tools].filter((part) => part !== '').join('\n');
}
