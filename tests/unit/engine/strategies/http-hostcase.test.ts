import { expect, test } from 'vitest';
import { mixHostCase } from '../../../../src-main/engine/paths/strategies/http-hostcase.ts';

test('alternates the case of the letters, keeping digits, dots and the port', () => {
  expect(mixHostCase('blocked.detour.test')).toBe('bLoCkEd.DeToUr.TeSt');
  expect(mixHostCase('example.com:8080')).toBe('eXaMpLe.CoM:8080');
  expect(mixHostCase('a1b2.c3')).toBe('a1B2.c3');
});

test('always differs from a lower-case name of two letters or more, and leaves addresses alone', () => {
  for (const host of ['ab', 'x.y', 'rutracker.org']) expect(mixHostCase(host)).not.toBe(host);
  expect(mixHostCase('127.0.0.1:80')).toBe('127.0.0.1:80');
});
