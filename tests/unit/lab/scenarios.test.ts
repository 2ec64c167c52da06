import { expect, test } from 'vitest';
import type { Observation } from '../../../src-main/shared/observation.ts';
import { describeOutcome } from '../../lab/netns/findings.ts';
import { BLOCK_PAGE_TITLE } from '../../lab/netns/inventory.ts';
import { loadScenario, scenarioNames } from '../../lab/netns/scenarios.ts';

test('every scenario file is valid and checks only targets and routes it diagnoses', () => {
  expect(scenarioNames().length).toBeGreaterThanOrEqual(10);
  for (const name of scenarioNames()) expect(() => loadScenario(name), name).not.toThrow();
});

test('the false-positive guard and the Azerbaijan scenario are there', () => {
  const honest = loadScenario('no-censorship');
  expect(honest.censor).toEqual([]);
  const all = Object.values(honest.expect).flatMap((byRoute) => Object.values(byRoute));
  expect(all.every((expected) => expected === 'reachable' || expected === 'not-measurable')).toBe(true);
  expect(loadScenario('azerbaijan').censor.map((rule) => rule.kind)).toEqual(['tls-sni-reset', 'udp-drop', 'throttle']);
});

test('an unknown scenario names the ones there are', () => {
  expect(() => loadScenario('nope')).toThrow(/^no scenario "nope"; the scenarios are: .*azerbaijan/);
});

const base = { startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1, targetId: 't1', path: 'direct' };

test('outcomes are described in the words of the scenario files', () => {
  const http: Observation = {
    ...base,
    id: 'o1',
    probe: 'http',
    url: 'http://news.lab/',
    finalUrl: 'http://news.lab/',
    redirects: [],
    status: 200,
    headers: {},
    body: { bytes: 10, capped: false, sha256: '00', title: BLOCK_PAGE_TITLE },
  };
  const slow: Observation = {
    ...base,
    id: 'o2',
    probe: 'throughput',
    url: 'https://video.lab/big.bin',
    bytes: 100_000,
    bytesPerSecond: 30_000,
    samples: [],
  };
  // A home page through a proxy that relays it in pieces on a busy machine: too short to time.
  const short: Observation = { ...slow, id: 'o3', url: 'https://news.lab/', bytes: 41_257, bytesPerSecond: 440_180 };
  const byId = new Map<string, Observation>([
    ['o1', http],
    ['o2', slow],
    ['o3', short],
  ]);
  const reachable = (ids: string[]) => ({ path: 'direct', status: 'reachable' as const, observationIds: ids });
  expect(describeOutcome(reachable(['o1']), byId)).toBe('reachable blockpage');
  expect(describeOutcome(reachable(['o2']), byId)).toBe('reachable slow');
  expect(describeOutcome(reachable(['o3']), byId)).toBe('reachable');
  expect(describeOutcome(reachable([]), byId)).toBe('reachable');
  const failure = { stage: 'tls' as const, class: 'reset' as const };
  expect(describeOutcome({ path: 'direct', status: 'failed', failure, observationIds: [] }, byId)).toBe(
    'failed tls reset',
  );
  expect(describeOutcome({ path: 'x', status: 'path-failed', observationIds: [] }, byId)).toBe('path-failed');
});
