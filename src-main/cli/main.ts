import { Command, CommanderError, Option } from 'commander';
import { APP_VERSION } from '../engine/index.ts';
import { addCompareCommand } from './compare-command.ts';
import { diagnose, EXIT, type DiagnoseCommandFlags } from './diagnose.ts';
import { addHistoryCommand } from './history-command.ts';
import { addMergeCommand } from './merge-command.ts';
import { UsageError } from './options.ts';
import { addReportCommand } from './report-command.ts';
import { renderTargets, type TargetsFlags } from './targets-command.ts';
import { print, printLine } from './terminal.ts';

// getaddrinfo runs on libuv's thread pool (4 threads by default): a few names that
// hang at the system resolver would stall every other lookup behind them. The pool
// is created on first use, so raising it here, before any lookup, takes effect.
process.env['UV_THREADPOOL_SIZE'] ??= '64';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function buildProgram(run: (targets: string[], flags: DiagnoseCommandFlags) => Promise<void>): Command {
  const program = new Command('detour')
    .description('Finds out what kind of Internet blocking you face and which routes get through it.')
    .version(APP_VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => print(process.stdout, text),
      writeErr: (text) => print(process.stderr, `detour: ${text.replace(/^error: /, '')}`),
    });
  program
    .command('diagnose')
    .description('Measure targets at every layer (DNS, TCP, TLS, HTTP, UDP) and show where they fail.')
    .argument('[targets...]', 'https://… or http://… URLs, domains, host:port, stun:host:port')
    .addOption(new Option('--list <file>', 'read targets from a file, one a line (repeatable)').argParser(collect))
    .addOption(
      new Option('--test-list <file>', 'import a Citizen Lab test list (CSV, as OONI uses; repeatable)').argParser(
        collect,
      ),
    )
    .option('--region <code>', 'also measure the sites reported blocked in this country (see: detour targets)')
    .option('--resolver <ip[:port]>', 'also ask this DNS resolver over UDP and TCP')
    .option('--doh <url>', 'also ask this DNS-over-HTTPS resolver (RFC 8484)')
    .option('--timeout <ms>', 'deadline of each probe in milliseconds (default 8000)')
    .option('--concurrency <n>', 'targets measured at once (default 64)')
    .addOption(
      new Option(
        '--path <name=url>',
        'also measure over this route (repeatable): a proxy URL, doh:URL, bind:IP, strategy:…',
      ).argParser(collect),
    )
    .addOption(new Option('--paths <file>', 'read routes from a JSON file (repeatable)').argParser(collect))
    .option('--strategies', 'also try the local tricks: tls-split, tcp-split, sni-decoy, http-hostcase')
    .option('--detect-local', 'look for circumvention tools on this machine (Tor, Psiphon, v2ray…) and use them')
    .addOption(
      new Option(
        '--control <url>',
        'a neutral site measured over every route first, to tell offline from blocked (repeatable; "none": no controls; default $DETOUR_CONTROLS or a built-in set)',
      ).argParser(collect),
    )
    .option('--throughput', 'also measure download speed for a few seconds per site (on by default with --every)')
    .option('--no-throughput', 'with --every: do not measure download speed')
    .addOption(
      new Option('--wireguard <file.conf>', 'also check this WireGuard configuration (repeatable)').argParser(collect),
    )
    .addOption(new Option('--bridge <line>', 'also check this Tor bridge line (repeatable)').argParser(collect))
    .addOption(
      new Option('--bridges <file>', 'also check the Tor bridge lines in this file (repeatable)').argParser(collect),
    )
    .option('--tor <path>', 'the tor program or Tor Browser folder to check bridges with (default: found)')
    .option('--bridge-timeout <ms>', 'how long each bridge gets to start Tor (default 60000)')
    .option('--json', 'print the event stream as NDJSON instead of the table')
    .option('--out <file>', 'write the JSON report to this file')
    .option(
      '--pdf <file>',
      'also print the report as a PDF handout (A4) through Chromium, as `detour report --pdf` does',
    )
    .option('--lang <code>', 'with --pdf: the language of the PDF (en, az, ru; default en)')
    .option('--evidence', 'with --pdf: add the full evidence (every measurement) after the one-page handout')
    .option('--no-history', 'do not save this run in the history (see: detour history)')
    .option('--history-dir <dir>', 'the history folder (default $DETOUR_HISTORY_DIR or ~/.local/share/detour/history)')
    .option('--every <duration>', 'run again every 30s, 15m, 2h, 1d… (±10% at random), each run saved in the history')
    .option('--for <duration>', 'with --every: go on for this long (default: until Ctrl-C)')
    .action(async (targets: string[], flags: DiagnoseCommandFlags) => run(targets, flags));
  program
    .command('targets')
    .description('List the built-in targets: the global catalogue, or what a region pack holds.')
    .option('--region <code>', 'show the sites reported blocked in this country')
    .action((flags: TargetsFlags) => {
      print(process.stdout, renderTargets(flags));
    });
  addHistoryCommand(program);
  addCompareCommand(program);
  addReportCommand(program);
  addMergeCommand(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  let interrupts = 0;
  process.on('SIGINT', () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(EXIT.cancelled);
    print(process.stderr, '\nCancelling… (Ctrl-C again to quit at once)\n');
    controller.abort();
  });
  let exitCode: number = EXIT.completed;
  const program = buildProgram(async (targets, flags) => {
    exitCode = await diagnose(targets, flags, {
      stdout: process.stdout,
      stderr: process.stderr,
      signal: controller.signal,
    });
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.completed : EXIT.usage;
    if (error instanceof UsageError) {
      printLine(process.stderr, `detour: ${error.message}`);
      return EXIT.usage;
    }
    printLine(
      process.stderr,
      `detour: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv);
