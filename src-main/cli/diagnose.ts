import { rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  catalogEntries,
  copyFileAtomically,
  defaultHistoryDir,
  detectLocalTools,
  HistoryStore,
  readTestListCsv,
  RunRecording,
  runDiagnostics,
  type HistoryEntry,
  type RunRecorder,
} from '../engine/index.ts';
import { describePath, type PathSecrets } from '../shared/path.ts';
import type { PathList } from '../shared/path-list.ts';
import type { EngineEventOf, InputError } from '../shared/events.ts';
import type { Observation } from '../shared/observation.ts';
import type { Plan, PlanEntry } from '../shared/plan.ts';
import { printable } from '../shared/printable.ts';
import { checkPdfFlags, writeRunPdf, type DiagnosePdfFlags } from './diagnose-pdf.ts';
import { readListFile } from './list-file.ts';
import { INPUT_ERROR_TEXT } from './messages.ts';
import {
  checkOutput,
  controlsFrom,
  dohSecretUrl,
  parseRegion,
  planOptionsFrom,
  UsageError,
  type DiagnoseFlags,
} from './options.ts';
import { ProgressLine } from './progress.ts';
import { localTime } from './local-time.ts';
import { runOnSchedule, Schedule, scheduleFrom, type ScheduleFlags } from './schedule.ts';
import { createTranslator } from '../shared/i18n/index.ts';
import { collectRoutes, describePathError } from './routes.ts';
import { collectTools, describeToolError, renderRun, type CollectedTools } from './tools.ts';
import { setupWarnings } from './warnings.ts';
import { print, printLine } from './terminal.ts';
import { terminalObservation } from './terminal-observations.ts';

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Cancels the run (Ctrl-C). */
  signal: AbortSignal;
}

/** Exit codes: 0 the run completed; 2 bad usage or rejected entries; 130 cancelled (128 + SIGINT). */
export const EXIT = { completed: 0, internal: 1, usage: 2, cancelled: 130 } as const;

/** Where each run is saved: `--no-history` skips it, `--history-dir` moves it (see defaultHistoryDir). */
export interface HistoryFlags {
  history?: boolean;
  historyDir?: string;
}

export type DiagnoseCommandFlags = DiagnoseFlags & HistoryFlags & ScheduleFlags & DiagnosePdfFlags;

/** What every run of one `diagnose` command shares (a schedule repeats it). */
interface Prepared {
  plan: Plan;
  secrets: PathSecrets;
  /** The keys and bridge lines of the plan's tools, and where tor is. */
  tools: CollectedTools;
  /** The full `--doh` URL when the plan shows it masked. */
  dohUrl?: string;
  earlyErrors: InputError[];
  /** Entries and routes rejected before the run. */
  rejectedEarly: number;
  history: HistoryStore | null;
}

export async function diagnose(targets: string[], flags: DiagnoseCommandFlags, io: CliIo): Promise<number> {
  const schedule = scheduleFrom(flags);
  if (schedule !== null && flags.out !== undefined) {
    throw new UsageError(
      '--out writes one report; with --every every run is saved in the history (see: detour history)',
    );
  }
  if (schedule !== null && flags.pdf !== undefined) {
    throw new UsageError('--pdf prints one run; with --every print a saved run with: detour report FILE --pdf OUT');
  }
  if (flags.out !== undefined) await checkOutput('--out', flags.out);
  await checkPdfFlags(flags, flags.out !== undefined || flags.history !== false);
  const options = planOptionsFrom(flags, schedule !== null);
  const region = flags.region === undefined ? undefined : parseRegion(flags.region);
  const entries: PlanEntry[] = targets.map((input, index) => ({ input, source: `argument ${index + 1}` }));
  const earlyErrors: InputError[] = [];
  for (const path of flags.list ?? []) {
    const list = await readListFile(path);
    if (list.ok) entries.push(...list.entries);
    else earlyErrors.push(list.error);
  }
  for (const path of flags.testList ?? []) {
    const testList = await readTestListCsv(path);
    entries.push(...testList.entries);
    earlyErrors.push(...testList.errors);
  }
  if (region !== undefined) entries.push(...catalogEntries({ region: region.code }));
  const tools = await collectTools(flags);
  if (entries.length === 0 && earlyErrors.length === 0 && tools.plan === undefined && tools.errors.length === 0) {
    throw new UsageError(
      'no targets: give URLs, domains, host:port or stun:host:port, or --list FILE, --test-list FILE.csv, --region CODE, or tools to check (--wireguard FILE.conf, --bridge LINE, --bridges FILE)',
    );
  }
  for (const error of earlyErrors) reportInputError(error, io, flags);
  for (const error of tools.errors) printLine(io.stderr, `detour: ${describeToolError(error)}`);

  const routes = await collectRoutes(flags, flags.detectLocal === true ? await localToolRoutes(io) : undefined);
  for (const error of routes.errors) printLine(io.stderr, `detour: ${describePathError(error)}`);
  for (const warning of routes.warnings) printLine(io.stderr, `detour: ${warning}`);
  options.controls = controlsFrom(flags, process.env);
  if (schedule !== null && options.controls.length === 0) {
    // The time-pattern judge divides every site's speed by the controls' of the same run.
    printLine(io.stderr, "detour: with no controls, `detour history pattern` cannot judge these runs' speeds");
  }

  const doh = dohSecretUrl(flags);
  const prepared: Prepared = {
    plan: { entries, paths: routes.paths, options, ...(tools.plan === undefined ? {} : { tools: tools.plan }) },
    secrets: routes.secrets,
    tools,
    ...(doh === undefined ? {} : { dohUrl: doh }),
    earlyErrors,
    rejectedEarly: earlyErrors.length + routes.errors.length + tools.errors.length,
    history: flags.history === false ? null : await openHistory(flags, io),
  };
  if (schedule === null) return runOnce(prepared, flags, io);
  return runOnSchedule(new Schedule(schedule, Date.now(), Math.random), {
    now: Date.now,
    sleep: (ms, signal) => sleep(ms, undefined, { signal }),
    signal: io.signal,
    runOnce: (number) => {
      printLine(io.stderr, `Run ${number}, started ${localTime(Date.now())}`);
      return runOnce(prepared, flags, io);
    },
    say: (line) => printLine(io.stderr, line),
  });
}

/**
 * One run: measured, shown, and recorded as it goes in a journal (the history's, or
 * `<out>.journal` beside `--out` when the run is not saved in the history), from
 * which the report is written once at the end (engine/report/run-recording.ts).
 */
async function runOnce(prepared: Prepared, flags: DiagnoseCommandFlags, io: CliIo): Promise<number> {
  const { plan } = prepared;
  const saveFailed = warnOnce(io, 'could not save this run in the history');
  let run: Recorded | null = null;
  const shown: Observation[] = [];
  const inputs = new Map<string, string>();
  const progress = io.stderr.isTTY && flags.json !== true ? new ProgressLine(io.stderr) : null;
  let rejected = prepared.rejectedEarly;

  const runOptions = {
    signal: io.signal,
    secrets: prepared.secrets,
    ...(prepared.dohUrl === undefined ? {} : { dohUrl: prepared.dohUrl }),
    toolSecrets: prepared.tools.secrets,
    ...(prepared.tools.torPath === undefined ? {} : { torPath: prepared.tools.torPath }),
  };
  for await (const event of runDiagnostics(plan, runOptions)) {
    if (event.type === 'run-started') {
      run = await startRecording(event, prepared, flags, io, saveFailed);
      for (const target of event.targets) inputs.set(target.id, target.input);
    } else run?.recording.add(event);
    if (event.type === 'observation') {
      const kept = terminalObservation(plan, event.observation);
      if (kept !== null) shown.push(kept);
    }
    progress?.update(event, (targetId) => inputs.get(targetId) ?? targetId);
    // A target shown as finished is a target saved: its journal line is written first.
    if (event.type === 'target-finished') await run?.recording.flush();
    if (flags.json === true) printLine(io.stdout, JSON.stringify(event));
    if (event.type === 'input-error') {
      rejected += 1;
      if (flags.json !== true) reportInputError(event.error, io, flags);
    }
  }
  progress?.clear();

  if (run === null) throw new Error('the engine ended without starting a run');
  const report = { ...run.recording.current(), observations: shown };
  if (flags.json !== true) {
    print(io.stdout, renderRun(report, createTranslator('en')));
  }
  for (const warning of setupWarnings(report)) printLine(io.stderr, `detour: ${warning}`);
  const { saved, unsaved } = await saveRun(run, flags, io, saveFailed);
  if (saved !== undefined && io.stderr.isTTY && flags.json !== true) {
    printLine(io.stderr, `Saved in the history as ${saved.id.slice(0, 8)} (see: detour history)`);
  }
  // The PDF from the report just saved: --out's, else the history's copy.
  const savedFile =
    flags.out !== undefined && !unsaved ? flags.out : saved === undefined ? undefined : run.recorder?.path;
  if (flags.pdf !== undefined) {
    if (savedFile === undefined) printLine(io.stderr, `detour: no report was saved, so ${flags.pdf} was not printed`);
    else await writeRunPdf(savedFile, flags, (line) => printLine(io.stderr, line));
  }
  if (report.status === 'cancelled') {
    printLine(io.stderr, 'Cancelled: the report holds what was measured until then.');
    return EXIT.cancelled;
  }
  if (unsaved) return EXIT.internal;
  return rejected > 0 ? EXIT.usage : EXIT.completed;
}

/** A run being recorded: in the history (`recorder`), or only for `--out`, or only folded. */
interface Recorded {
  recording: RunRecording;
  recorder: RunRecorder | null;
}

/**
 * Starts recording a run: in the history, whose journal also serves `--out`; else,
 * for `--out`, in `<out>.journal` (one an earlier killed run left there is replaced:
 * without a history nothing would ever read it); else folded only.
 */
async function startRecording(
  first: EngineEventOf<'run-started'>,
  prepared: Prepared,
  flags: DiagnoseCommandFlags,
  io: CliIo,
  saveFailed: (error: unknown) => void,
): Promise<Recorded> {
  const recorder =
    (await prepared.history?.startRun(first, prepared.earlyErrors, saveFailed).catch((error: unknown) => {
      saveFailed(error);
      return null;
    })) ?? null;
  if (recorder !== null) return { recording: recorder.recording, recorder };
  const journal = flags.out === undefined ? null : `${flags.out}${OUT_JOURNAL_SUFFIX}`;
  const outFailed = warnOnce(io, `could not write ${flags.out ?? ''}${OUT_JOURNAL_SUFFIX}`);
  if (journal !== null) await rm(journal, { force: true }).catch(outFailed);
  const recording = await RunRecording.start(first, prepared.earlyErrors, journal, outFailed).catch(
    (error: unknown) => {
      outFailed(error);
      return RunRecording.start(first, prepared.earlyErrors, null);
    },
  );
  return { recording, recorder: null };
}

/** Beside `--out` while a run without history goes on; removed once the report is written. */
const OUT_JOURNAL_SUFFIX = '.journal';

/**
 * Writes the run's report: in the history (its journal then removed), and to `--out`
 * (a link to the history's file where it can be, so it is written once; else
 * streamed from the journal).
 */
async function saveRun(
  { recording, recorder }: Recorded,
  flags: DiagnoseCommandFlags,
  io: CliIo,
  saveFailed: (error: unknown) => void,
): Promise<{ saved: HistoryEntry | undefined; unsaved: boolean }> {
  const saved = await recorder?.finish().catch((error: unknown) => void saveFailed(error));
  const closed = recorder === null ? await recording.close() : true;
  if (flags.out === undefined) return { saved, unsaved: false };
  // Checked before the run; a folder removed or a disk filled since is still one line, not a stack trace.
  try {
    if (saved !== undefined && recorder !== null) await copyFileAtomically(recorder.path, flags.out);
    else {
      if (!closed || recording.journalPath === null) throw new Error('its journal could not be written');
      await recording.writeReport(flags.out);
      await recording.removeJournal();
    }
    printLine(io.stderr, `Report written to ${flags.out}`);
    return { saved, unsaved: false };
  } catch (error) {
    printLine(io.stderr, `detour: could not write ${flags.out} (${errorText(error)})`);
    return { saved, unsaved: true };
  }
}

/** Tools found on this machine become routes, each announced: never used silently. */
async function localToolRoutes(io: CliIo): Promise<PathList> {
  const found = await detectLocalTools();
  if (found.length === 0) printLine(io.stderr, 'detour: no circumvention tool found listening on this machine');
  const usable = found.filter((tool) => !tool.needsAuth);
  for (const { candidate, spec, needsAuth } of found) {
    const where = `${candidate.tool} on 127.0.0.1:${candidate.port}`;
    printLine(
      io.stderr,
      needsAuth
        ? `detour: found ${where}; it wants a user name and password: add it with --path ${candidate.name}=URL`
        : `detour: found ${where}; measuring over it as route "${spec.name}" (${describePath(spec)})`,
    );
  }
  return { paths: usable.map(({ spec }) => ({ spec, source: '--detect-local' })), errors: [] };
}

/** The history, or null with one warning when its folder cannot be used: the run goes on without it. */
async function openHistory(flags: HistoryFlags, io: CliIo): Promise<HistoryStore | null> {
  const dir = flags.historyDir ?? defaultHistoryDir(process.env, homedir());
  try {
    return await HistoryStore.open(dir);
  } catch (error) {
    printLine(
      io.stderr,
      `detour: the history folder ${dir} cannot be used (${errorText(error)}); runs are not saved there`,
    );
    return null;
  }
}

/** Reports the first of a run's failures to save (the same cause usually repeats). */
function warnOnce(io: CliIo, what: string): (error: unknown) => void {
  let told = false;
  return (error) => {
    if (told) return;
    told = true;
    printLine(io.stderr, `detour: ${what} (${errorText(error)})`);
  };
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/** One clear line per problem: where it is, what it is, and what was wrong with it. */
function reportInputError(error: InputError, io: CliIo, flags: DiagnoseFlags): void {
  if (flags.json === true) {
    printLine(io.stdout, JSON.stringify({ type: 'input-error', error }));
    return;
  }
  const input = error.input === '' ? '' : ` "${printable(error.input, 80)}"`;
  printLine(io.stderr, `detour: ${error.source}:${input} ${INPUT_ERROR_TEXT[error.code]}; skipped`);
}
