import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { controlResult } from '../../../src-main/engine/control-checks.ts';
import type { PathOutcome } from '../../../src-main/shared/events.ts';
import type { Observation } from '../../../src-main/shared/observation.ts';

const reachable: PathOutcome = { path: 'direct', status: 'reachable', observationIds: ['o1'] };

function page(finalUrl: string, status: number, body = ''): Observation {
  return {
    id: 'o1',
    targetId: 'control',
    path: 'direct',
    startedAt: '2026-12-01T10:00:00Z',
    durationMs: 20,
    probe: 'http',
    url: 'http://check.example/generate_204',
    finalUrl,
    redirects: [],
    status,
    headers: {},
    body: { bytes: body.length, capped: false, sha256: createHash('sha256').update(body).digest('hex') },
  };
}

const check204 = { url: 'http://check.example/generate_204', expect: { status: 204 } };
const checkBody = { url: 'http://check.example/success.txt', expect: { status: 200, body: 'success\n' } };

test('a plain-HTTP check giving its known answer is reached', () => {
  expect(controlResult(check204, reachable, [page(check204.url, 204)])).toEqual({ url: check204.url, reached: true });
  expect(controlResult(checkBody, reachable, [page(checkBody.url, 200, 'success\n')]).reached).toBe(true);
});

test('any other answer, or a redirect to another host, is someone else answering: diverted', () => {
  expect(controlResult(check204, reachable, [page(check204.url, 200, '<title>Log in</title>')])).toMatchObject({
    reached: false,
    diverted: true,
  });
  expect(controlResult(checkBody, reachable, [page(checkBody.url, 200, 'welcome')]).diverted).toBe(true);
  const elsewhere = { url: 'http://other.example/' };
  expect(controlResult(elsewhere, reachable, [page('http://portal.example/login', 200)]).diverted).toBe(true);
  expect(controlResult(elsewhere, reachable, [page('https://other.example/', 200)])).toEqual({
    url: elsewhere.url,
    reached: true,
  });
});

test('an HTTPS control that failed is not reached, with its failure', () => {
  const failed: PathOutcome = {
    path: 'direct',
    status: 'failed',
    failure: { stage: 'tcp', class: 'timeout' },
    observationIds: [],
  };
  expect(controlResult({ url: 'https://control.example/' }, failed, [])).toEqual({
    url: 'https://control.example/',
    reached: false,
    failure: { stage: 'tcp', class: 'timeout' },
  });
});
