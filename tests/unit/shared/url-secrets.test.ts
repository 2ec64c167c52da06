import { expect, test } from 'vitest';
import { redactUrl, scrubUrlSecrets, splitUrlSecrets } from '../../../src-main/shared/url-secrets.ts';

test.each([
  ['https://dns.example/dns-query', 'https://dns.example/dns-query', false],
  ['https://u:Secret@dns.example/dns-query', 'https://u:•••@dns.example/dns-query', true],
  ['https://token-only@dns.example/', 'https://•••@dns.example/', true],
  ['https://dns.example/q?key=K&v=2&flag', 'https://dns.example/q?key=•••&v=•••&flag', true],
  ['https://dns.example/q?key=', 'https://dns.example/q?key=', false],
  ['https://u:p@[2001:db8::1]:8443/dns-query?k=v#frag', 'https://u:•••@[2001:db8::1]:8443/dns-query?k=•••', true],
])('%s is shown as %s', (url, shown, hasSecret) => {
  const split = splitUrlSecrets(new URL(url));
  expect(split.shown).toBe(shown);
  expect(split.hasSecret).toBe(hasSecret);
  // What the engine uses keeps every secret, and drops only the fragment (never sent).
  expect(split.full).toBe(new URL(url.replace(/#.*$/, '')).href);
});

test('text that is not a URL is shown as the mark alone', () => {
  expect(redactUrl('not a url with a p@ssword')).toBe('•••');
});

test('an error message quoting the URL or a secret, raw or decoded, is scrubbed', () => {
  const split = splitUrlSecrets(new URL('https://u:p%40ss@dns.example/q?key=a%2Bb'));
  const message = `fetch ${split.full} failed: bad key a+b for p@ss (raw a%2Bb)`;
  expect(scrubUrlSecrets(message, split)).toBe(
    'fetch https://u:•••@dns.example/q?key=••• failed: bad key ••• for ••• (raw •••)',
  );
});
