import { randomUUID } from 'node:crypto';
import type { EngineEvent, InputError } from '../shared/events.ts';
import type { AnyProbeResult, Observation, ProbeName } from '../shared/observation.ts';
import { planSchema, type Plan, type PlanEntry } from '../shared/plan.ts';
import { parseTarget, type Target } from '../shared/target.ts';
import { EventChannel } from './event-channel.ts';
import { directDialer } from './paths/direct.ts';
import { runScheduled, shuffled } from './scheduler.ts';
import { measureTarget } from './target-measurement.ts';
import { printable } from '../shared/printable.ts';

export type { EngineEvent } from '../shared/events.ts';
export type { Plan } from '../shared/plan.ts';

export interface RunOptions {
  signal: AbortSignal;
}

/**
 * The engine's one entry point: measures every target of the plan over every path
 * and streams what happens as plain-data events. The stream always ends with
 * `run-finished`, also when the signal cancels the run (within about a second:
 * every probe listens to the same signal and closes its sockets).
 */
export function runDiagnostics(plan: Plan, { signal }: RunOptions): AsyncIterable<EngineEvent> {
  const channel = new EventChannel<EngineEvent>();
  run(planSchema.parse(plan), signal, (event) => channel.push(event)).then(
    () => channel.close(),
    (error: unknown) => channel.close({ error }),
  );
  return channel;
}

async function run(plan: Plan, signal: AbortSignal, emit: (event: EngineEvent) => void): Promise<void> {
  const { targets, errors } = validateEntries(plan.entries);
  emit({ type: 'run-started', runId: randomUUID(), startedAt: new Date().toISOString(), plan, targets });
  for (const error of errors) emit({ type: 'input-error', error });

  let nextObservation = 1;
  let targetsDone = 0;
  const dialers = plan.paths.map((path) => directDialer(path.name));
  await runScheduled(
    shuffled(targets),
    (target) => target.host.toLowerCase(),
    { concurrency: plan.options.concurrency, perKey: plan.options.perHostConcurrency },
    signal,
    async (target) => {
      const outcomes = [];
      for (const dialer of dialers) {
        const record = (result: AnyProbeResult): Observation => {
          const observation: Observation = {
            ...result,
            id: `o${nextObservation++}`,
            targetId: target.id,
            path: dialer.name,
          };
          emit({ type: 'observation', observation });
          return observation;
        };
        const step = (name: ProbeName): void =>
          emit({
            type: 'progress',
            targetId: target.id,
            path: dialer.name,
            step: name,
            targetsDone,
            targetsTotal: targets.length,
          });
        outcomes.push(await measureTarget(target, { dialer, options: plan.options, signal, record, step }));
      }
      targetsDone += 1;
      emit({ type: 'target-finished', targetId: target.id, outcomes });
    },
  );
  emit({ type: 'run-finished', endedAt: new Date().toISOString(), status: signal.aborted ? 'cancelled' : 'completed' });
}

/** Parses every entry; bad ones become input errors and the rest of the run goes on. */
function validateEntries(entries: readonly PlanEntry[]): { targets: Target[]; errors: InputError[] } {
  const targets: Target[] = [];
  const errors: InputError[] = [];
  for (const entry of entries) {
    const parsed = parseTarget(entry.input);
    if (parsed.ok) targets.push({ ...parsed.target, id: `t${targets.length + 1}` });
    else errors.push({ source: entry.source, input: printable(entry.input), code: parsed.code });
  }
  return { targets, errors };
}
