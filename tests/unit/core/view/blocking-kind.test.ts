import { expect, test } from 'vitest';
import { blockingKind, verdictMove } from '../../../../src-main/core/view/blocking-kind.ts';
import { VERDICT_STATUSES } from '../../../../src-main/shared/verdict.ts';

test('what a run proves further is the same kind: the name-based cut, the answering censor', () => {
  expect(verdictMove('tls-blocked', 'sni-filtering')).toBe('refined');
  expect(verdictMove('sni-filtering', 'tls-blocked')).toBe('refined');
  expect(verdictMove('tcp-blocked', 'tcp-reset')).toBe('refined');
  expect(verdictMove('tls-blocked', 'tls-blocked')).toBe('same');
});

test('another kind, or a verdict on one side only, is a change', () => {
  expect(verdictMove('ok', 'tls-blocked')).toBe('changed');
  expect(verdictMove('dns-tampering', 'tls-blocked')).toBe('changed');
  expect(verdictMove('tls-mitm', 'tls-blocked')).toBe('changed');
  expect(verdictMove(null, 'ok')).toBe('changed');
  expect(verdictMove(null, null)).toBe('same');
});

test('ok, down, inconclusive and the site’s own refusal are kinds of their own', () => {
  const alone = VERDICT_STATUSES.filter((status) => blockingKind(status) === status);
  expect(alone).toEqual(expect.arrayContaining(['ok', 'down', 'inconclusive', 'site-refuses', 'path-failed']));
});
