import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { timePatternSchema, type TimePattern } from '../../src-main/shared/time-pattern.ts';
import { applyCensor } from './netns/censor.ts';
import { siteByKey } from './netns/inventory.ts';
import { labSupport, startLab } from './netns/lab.ts';
import type { Lab } from './netns/lab-types.ts';
import type { CensorRule } from './netns/scenario.ts';

/**
 * Traffic jams over time, found by the time-pattern judge from a real schedule: two
 * labs side by side, each throttled in every odd minute (iptables `-m time`). In one
 * only two sites are throttled: the judge must find those minutes for them and for
 * nothing else. In the other every site and both neutral controls are: the connection
 * is busy then, which is not targeted. Both schedules run at once, so the two cost the
 * wall time of one: a minute and a half of runs every few seconds, judged in minute slots of
 * a two-minute cycle.
 */

const support = labSupport();
if (!support.ok) console.warn(`Skipping the time-pattern lab: ${support.reason}`);

const CLI = fileURLToPath(new URL('../../src-main/cli/main.ts', import.meta.url));
/** Long enough that each minute parity gets at least half a minute of runs, whatever the start. */
const SCHEDULE = ['--every', '3s', '--for', '90s'];
/** Two minutes of schedule, two labs to start on a shared machine, and the judging. */
const TEST_TIMEOUT_MS = 240_000;
/** 40 KiB home pages (nginx-config.ts) at 400 kbit/s take most of a second: far slower, never timed out. */
const KBIT = 400;

const [NEWS, RADIO, TV, SOCIAL] = [siteByKey('news'), siteByKey('radio'), siteByKey('tv'), siteByKey('social')];
const SITES = [NEWS, RADIO, TV, SOCIAL];
const CONTROLS = [siteByKey('control'), siteByKey('control2')];
const url = (site: { names: readonly string[] }): string => `https://${site.names[0] ?? ''}/`;

const labs: Lab[] = [];
afterEach(async () => {
  await Promise.all(labs.splice(0).map((lab) => lab.stop()));
});

/** One throttle per address, each its own HTB class: every throttled download gets the same rate. */
function throttledInOddMinutes(sites: readonly { address: string }[]): CensorRule[] {
  return sites.map((site) => ({ kind: 'throttle', addresses: [site.address], kbit: KBIT, window: 'odd-minutes' }));
}

/** A schedule in the lab's client, saved in a history in the lab's folder, then judged there. */
async function scheduleAndJudge(lab: Lab): Promise<{ pattern: TimePattern; text: string }> {
  const history = ['--history-dir', join(lab.folder, 'history')];
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: lab.caFile };
  const targets = SITES.map(url);
  const controls = CONTROLS.flatMap((site) => ['--control', url(site)]);
  const args = [CLI, 'diagnose', ...targets, ...controls, '--timeout', '3000', ...SCHEDULE, ...history];
  const run = await lab.execIn('client', process.execPath, args, { env, timeoutMs: TEST_TIMEOUT_MS });
  if (run.code !== 0) throw new Error(`the schedule exited with ${String(run.code)}:\n${run.stderr}`);
  const judge = [CLI, 'history', 'pattern', '--slot', '1m', '--cycle', '2m', '--min-samples', '4', ...history];
  const [json, text] = await Promise.all([
    lab.execIn('client', process.execPath, [...judge, '--json'], { env }),
    lab.execIn('client', process.execPath, judge, { env }),
  ]);
  return { pattern: timePatternSchema.parse(JSON.parse(json.stdout)), text: text.stdout };
}

function siteIn(pattern: TimePattern, site: { names: readonly string[] }) {
  return pattern.sites.find((s) => s.site === url(site) && s.route === 'direct');
}

describe.skipIf(!support.ok)('traffic jams over time, in the censorship lab', () => {
  test(
    'two sites throttled in odd minutes are found, nothing else; the whole link slowed then is a busy connection',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const [targeted, busy] = await Promise.all([startLab(), startLab()]);
      labs.push(targeted, busy);
      await Promise.all([
        applyCensor(targeted, throttledInOddMinutes([NEWS, RADIO])),
        applyCensor(busy, throttledInOddMinutes([...SITES, ...CONTROLS])),
      ]);
      const [jammed, crowded] = await Promise.all([scheduleAndJudge(targeted), scheduleAndJudge(busy)]);
      console.log(`history pattern, two sites throttled:\n${jammed.text}`);
      console.log(`history pattern, the whole link slowed:\n${crowded.text}`);

      // Odd minutes are the second slot of a two-minute cycle (slots count from a Monday 00:00).
      const oddMinutes = { days: [], fromMinute: 1, toMinute: 2, controls: 'normal' };
      for (const site of [NEWS, RADIO]) {
        expect(siteIn(jammed.pattern, site)).toMatchObject({ kind: 'targeted', windows: [oddMinutes] });
      }
      for (const site of [TV, SOCIAL]) {
        expect(siteIn(jammed.pattern, site)).toMatchObject({ kind: 'steady', windows: [] });
      }
      expect(jammed.pattern.connection).toMatchObject({ kind: 'steady', busyWindows: [] });
      expect(jammed.pattern.sites.filter((s) => s.kind === 'targeted')).toHaveLength(2);

      expect(crowded.pattern.connection).toMatchObject({
        kind: 'busy',
        busyWindows: [{ days: [], fromMinute: 1, toMinute: 2 }],
      });
      expect(crowded.pattern.sites.map((s) => [s.site, s.kind])).toEqual(
        SITES.map((site) => [url(site), 'busy-connection']),
      );
    },
  );
});
