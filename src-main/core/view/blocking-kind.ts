import type { VerdictStatus } from '../../shared/verdict.ts';

/**
 * The kinds of blocking a person tells apart, each a group of verdict statuses that
 * differ only in how much the run could prove. `sni-filtering` is `tls-blocked` once a
 * local trick (decoy SNI, TLS split) showed the cut depends on the site's name, and
 * `tcp-reset` is `tcp-blocked` with the censor answering instead of staying silent:
 * two runs that saw the same censor with or without the tricks read as unchanged.
 * Statuses not listed here are a kind of their own.
 */
const KINDS: Partial<Readonly<Record<VerdictStatus, string>>> = {
  'tcp-blocked': 'connection',
  'tcp-reset': 'connection',
  'tls-blocked': 'handshake',
  'sni-filtering': 'handshake',
  'http-blockpage': 'web-page',
  'http-blocked': 'web-page',
};

/** The kind of blocking (or of non-blocking answer) a status belongs to. */
export function blockingKind(status: VerdictStatus): string {
  return KINDS[status] ?? status;
}

/**
 * How one verdict moved between two runs: `same`, `refined` (another status of the
 * same kind: the run proved more or less of the same censor), or `changed`. A missing
 * verdict (not measured, not judged) is a change only when the other side has one.
 */
export type VerdictMove = 'same' | 'refined' | 'changed';

export function verdictMove(before: VerdictStatus | null, after: VerdictStatus | null): VerdictMove {
  if (before === after) return 'same';
  if (before === null || after === null) return 'changed';
  return blockingKind(before) === blockingKind(after) ? 'refined' : 'changed';
}
