import { expect, test } from 'vitest';
import { separateSecrets } from '../../../src-main/engine/plan-secrets.ts';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../../../src-main/shared/plan.ts';

const FULL = 'https://u:pw-1@dns.example/dns-query?key=k-2';
const SHOWN = 'https://u:•••@dns.example/dns-query?key=•••';

function plan(url: string, dohUrl?: string): Plan {
  return {
    entries: [],
    paths: [
      { name: 'direct', kind: 'direct' },
      { name: 'dns', kind: 'doh', url },
    ],
    options: { ...DEFAULT_PLAN_OPTIONS, ...(dohUrl === undefined ? {} : { dohUrl }) },
  };
}

test('a plan holding DoH secrets (the app’s saved routes) is masked, and the engine keeps the full URLs', () => {
  const separated = separateSecrets(plan(FULL, FULL), {}, undefined);
  expect(separated.plan.paths[1]).toEqual({ name: 'dns', kind: 'doh', url: SHOWN });
  expect(separated.plan.options.dohUrl).toBe(SHOWN);
  expect(separated.secrets).toEqual({ dns: { url: FULL } });
  expect(separated.dohUrl).toBe(FULL);
  expect(JSON.stringify(separated.plan)).not.toMatch(/pw-1|k-2/);
});

test('secrets given beside a masked plan (the CLI) are used; proxy credentials pass through', () => {
  const credentials = { username: 'a', password: 'b' };
  const separated = separateSecrets(plan(SHOWN, SHOWN), { dns: { url: FULL }, office: credentials }, FULL);
  expect(separated.plan.paths[1]).toEqual({ name: 'dns', kind: 'doh', url: SHOWN });
  expect(separated.secrets).toEqual({ dns: { url: FULL }, office: credentials });
  expect(separated.dohUrl).toBe(FULL);
});

test('a full URL that is not the plan’s own is ignored: the report never names one resolver while another is asked', () => {
  const separated = separateSecrets(
    plan(SHOWN, SHOWN),
    { dns: { url: 'https://u:x@elsewhere.example/' } },
    'https://a:b@other.example/',
  );
  expect(separated.secrets).toEqual({});
  expect(separated.dohUrl).toBeUndefined();
});

test('a plan without secrets is left as it is', () => {
  const bare = plan('https://dns.example/dns-query', 'https://dns.example/dns-query');
  expect(separateSecrets(bare, {}, undefined)).toEqual({ plan: bare, secrets: {} });
});
