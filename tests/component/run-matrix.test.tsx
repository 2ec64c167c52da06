import { act, cleanup, fireEvent, render, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test } from 'vitest';
import { createUiI18n } from '../../src-renderer/app/i18n.ts';
import { RunMatrix } from '../../src-renderer/features/run/RunMatrix.tsx';
import type { Report } from '../../src-main/shared/report.ts';
import { reportOfEveryStatus } from './every-status.ts';

afterEach(cleanup);

const SITES = 2000;

/** A run of `SITES` sites, each with one of every verdict in turn. */
function bigReport(): Report {
  const base = reportOfEveryStatus();
  const targets = Array.from({ length: SITES }, (_, index) => {
    const entry = base.targets[index % base.targets.length]!;
    return { ...entry, target: { ...entry.target, id: `t${index}`, input: `site${index}.example:443` } };
  });
  return { ...base, targets };
}

describe('the run matrix of a big run', () => {
  test('draws only the rows in view, tells its real size, and draws the last site once scrolled there', () => {
    const report = bigReport();
    const view = render(
      <I18nextProvider i18n={createUiI18n('en')}>
        <RunMatrix report={report} caption="big run" />
      </I18nextProvider>,
    );
    const table = view.getByRole('table', { name: 'big run' });
    expect(table.getAttribute('aria-rowcount')).toBe(String(SITES + 1));
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.length).toBeLessThan(100);
    expect(rows[1]?.getAttribute('aria-rowindex')).toBe('2');
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe(report.targets[0]?.target.input);

    // The scroller at its end (jsdom has no layout: the offset is given as a scroll would set it).
    const scroller = table.parentElement!;
    act(() => {
      fireEvent.scroll(scroller, { target: { scrollTop: 56 * SITES } });
    });
    const last = report.targets.at(-1)?.target.input ?? '';
    const lastRow = within(table).getByRole('row', { name: new RegExp(`^${last.replaceAll('.', '\\.')}`) });
    expect(lastRow.getAttribute('aria-rowindex')).toBe(String(SITES + 1));
    expect(within(table).queryByRole('rowheader', { name: report.targets[0]?.target.input ?? '' })).toBeNull();
  });
});
