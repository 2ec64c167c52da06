/**
 * npm run bench:classify: judging a large run, as the engine does while it streams
 * and as a saved report is judged again.
 *
 * The run has the shape of real ones (tests/unit/engine/history/sample-report.ts):
 * targets over 3 routes (direct, a SOCKS proxy, encrypted DNS), with DNS, TCP, TLS
 * and HTTP observed on each, a quarter of them blocked. Measured:
 *   stream: every observation fed to RunJudge, each target judged when it finishes,
 *           then the summary (what the engine does during a run);
 *   report: classifyReport on the saved report (what an export or a re-judging does).
 * Both must stay linear in the run's size: the figures for 1,000 and 10,000 targets
 * are printed side by side with their ratio (10 means linear).
 */
import { classifyReport } from '../../src-main/core/judge/index.ts';
import { RunJudge } from '../../src-main/engine/run-judge.ts';
import type { Report } from '../../src-main/shared/report.ts';
import { sampleReport } from '../unit/engine/history/sample-report.ts';

const SIZES = [1000, 10_000] as const;
const ROUNDS = 5;

function streamed(report: Report): void {
  const judge = new RunJudge(report.plan.paths);
  for (const check of report.routeChecks) judge.observe({ type: 'route-checked', check });
  for (const observation of report.observations) judge.observe({ type: 'observation', observation });
  for (const { target, outcomes } of report.targets) judge.judge(target, outcomes);
  judge.summary(report.targets.map((t) => t.target));
}

function medianMs(work: () => void): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(ROUNDS / 2)] ?? Number.NaN;
}

const results = SIZES.map((targets) => {
  const report = sampleReport({ targets });
  return {
    targets,
    observations: report.observations.length,
    stream: medianMs(() => streamed(report)),
    report: medianMs(() => classifyReport(report)),
  };
});

console.log(`classify: median of ${ROUNDS} rounds, 3 routes per target`);
for (const r of results) {
  const rate = (ms: number): string => `${Math.round((r.targets / ms) * 1000).toLocaleString('en')} targets/s`;
  console.log(
    `  ${r.targets.toLocaleString('en')} targets (${r.observations.toLocaleString('en')} observations): ` +
      `stream ${r.stream.toFixed(1)} ms (${rate(r.stream)}), report ${r.report.toFixed(1)} ms (${rate(r.report)})`,
  );
}
const [small, large] = results;
if (small !== undefined && large !== undefined) {
  console.log(
    `  growth ×${large.targets / small.targets} targets: stream ×${(large.stream / small.stream).toFixed(1)}, ` +
      `report ×${(large.report / small.report).toFixed(1)} (10 = linear)`,
  );
}
