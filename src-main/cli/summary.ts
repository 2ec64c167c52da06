import type { TFunction } from 'i18next';
import { adviceFor } from '../core/view/advice.ts';
import { adviceLines } from '../core/view/advice-text.ts';
import { routeList } from '../core/view/labels.ts';
import { verdictLook } from '../core/view/verdict-look.ts';
import { printable } from '../shared/printable.ts';
import type { Report } from '../shared/report.ts';
import { isBlocking } from '../shared/verdict.ts';
import { renderMessage, verdictText } from '../shared/i18n/message.ts';

/**
 * The run in plain words, after the matrix: the advice first (what to do, calls, the
 * counts per kind: the same sentences as the app's result), the summary's sentences, then one entry
 * per target that is not simply fine, with its verdict, why, and which routes
 * restore it. Marks and words, never colour alone.
 */
export function renderSummary(report: Report, t: TFunction): string {
  const lines: string[] = [t('cli.what-this-means')];
  // Every entry rejected: no sentence about blocking would be true, "nothing is blocked" least of all.
  if (report.targets.length === 0) return `${[...lines, `  ${t('cli.nothing-measured')}`].join('\n')}\n`;
  const advice = adviceFor(report);
  if (advice !== null) for (const line of adviceLines(t, advice)) lines.push(`  ${line}`);
  for (const message of report.summary?.messages ?? []) lines.push(`  ${renderMessage(t, message)}`);
  const notFine = report.targets.flatMap(({ target, verdict }) =>
    verdict?.direct === undefined || verdict.direct.status === 'ok'
      ? []
      : [{ target, verdict, direct: verdict.direct }],
  );
  if (notFine.length > 0) lines.push('', t('cli.per-site'));
  for (const { target, verdict, direct } of notFine) {
    const text = verdictText(t, direct);
    lines.push(
      `  ${verdictLook(t, direct).mark} ${printable(target.input)}: ${verdictLook(t, direct).word} (${text.confidence})`,
    );
    lines.push(`      ${text.reason}`);
    if (verdict.restoredBy.length > 0)
      lines.push(`      ${t('cli.restored-by', { routes: routeList(t, verdict.restoredBy) })}`);
    if (verdict.notRestoredBy.length > 0) {
      lines.push(`      ${t('cli.not-restored-by', { routes: routeList(t, verdict.notRestoredBy) })}`);
    }
    if (isBlocking(direct.status) && verdict.restoredBy.length === 0) lines.push(`      ${text.helps}`);
  }
  return `${lines.join('\n')}\n`;
}
