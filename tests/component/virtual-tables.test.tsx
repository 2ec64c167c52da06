import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test, vi } from 'vitest';
import { ok } from '../../src-main/shared/ipc/result.ts';
import type { Comparison } from '../../src-main/shared/ipc/history.ts';
import type { Report } from '../../src-main/shared/report.ts';
import { createUiI18n } from '../../src-renderer/app/i18n.ts';
import styles from '../../src-renderer/components/VirtualTable.module.css';
import { ComparisonView } from '../../src-renderer/features/history/ComparisonView.tsx';
import { reportOfEveryStatus } from './every-status.ts';
import { pastReport } from './history-fake.tsx';
import { renderApp } from './render-app.tsx';

/** Far more rows than fit on a screen: a table that drew them all would hold this many. */
const ROWS = 2000;

/** What every long table of the app must be: a real table of its whole size, only the rows in view drawn. */
function expectVirtual(table: HTMLElement, count: number): HTMLElement[] {
  expect(table.getAttribute('aria-rowcount')).toBe(String(count + 1));
  const rows = within(table).getAllByRole('row');
  expect(rows.length).toBeGreaterThan(2);
  expect(rows.length).toBeLessThan(100);
  expect(rows[0]?.getAttribute('aria-rowindex')).toBe('1');
  expect(rows[1]?.getAttribute('aria-rowindex')).toBe('2');
  // The scroller keeps the header and the first column in view, and a keyboard reaches it.
  const scroller = table.parentElement!;
  expect(scroller.className).toContain(styles.scroller);
  expect(styles.scroller).toBeTruthy();
  expect(scroller.tabIndex).toBe(0);
  expect(scroller.getAttribute('role')).toBe('region');
  return rows;
}

/** Scrolls the table's box to its end (jsdom has no layout: the offset is given as a scroll sets it). */
function scrollToEnd(table: HTMLElement): void {
  act(() => {
    fireEvent.scroll(table.parentElement!, { target: { scrollTop: 200 * ROWS } });
  });
}

/** `count` sites, each with one of every verdict in turn. */
function manySites(count: number, runId: string): Report {
  const base = reportOfEveryStatus();
  const targets = Array.from({ length: count }, (_, index) => {
    const entry = base.targets[index % base.targets.length]!;
    const host = `site${index}.example`;
    return { ...entry, target: { ...entry.target, id: `t${index}`, input: `${host}:443`, host } };
  });
  return { ...base, runId, targets };
}

describe('long tables draw only the rows on screen', () => {
  test('comparing two runs of 2,000 sites', () => {
    const comparison: Comparison = {
      before: { runId: 'a', startedAt: '2026-11-29T08:00:00.000Z', status: 'completed' },
      after: { runId: 'b', startedAt: '2026-11-30T08:00:00.000Z', status: 'completed' },
      targets: Array.from({ length: ROWS }, (_, index) => ({
        input: `site${index}.example`,
        // A built-in target is named by its label, its address in the cell's title.
        ...(index === 0 ? { label: { brand: 'Telegram', kind: 'app-servers' as const, index: 1 } } : {}),
        before: { status: 'ok', restoredBy: [] },
        after: { status: index === 0 ? 'tcp-reset' : 'ok', restoredBy: [] },
        changed: index === 0,
        refined: false,
        startedRestoring: [],
        stoppedRestoring: [],
        notIncluded: [],
      })),
      routes: [],
      counts: {
        before: { targets: ROWS, finished: ROWS, blocked: 0, kinds: { ok: ROWS } },
        after: { targets: ROWS, finished: ROWS, blocked: 1, kinds: { ok: ROWS - 1, 'tcp-reset': 1 } },
      },
    };
    render(
      <I18nextProvider i18n={createUiI18n('en')}>
        <ComparisonView comparison={comparison} beforeLabel="Before" afterLabel="After" caption="compared" />
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'compared' });
    const rows = expectVirtual(table, ROWS);
    const first = within(rows[1]!).getByRole('rowheader');
    expect([first.textContent, first.title]).toEqual(['Telegram — app servers 1', 'site0.example']);
    scrollToEnd(table);
    const last = within(table).getByRole('rowheader', { name: `site${ROWS - 1}.example` });
    expect(last.closest('tr')?.getAttribute('aria-rowindex')).toBe(String(ROWS + 1));
    expect(within(table).queryByRole('rowheader', { name: 'Telegram — app servers 1' })).toBeNull();
  });

  test('one site over 300 checks, in the timeline', async () => {
    const reports = Array.from({ length: 300 }, (_, index) =>
      pastReport({
        runId: `r${index}`,
        startedAt: new Date(Date.UTC(2026, 0, 1) + index * 1_800_000).toISOString(),
        statuses: { 'https://a.example/': index % 2 === 0 ? 'ok' : 'tcp-reset' },
      }),
    );
    const { user } = renderApp({ consented: true, history: { reports } });
    await user.click(
      within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'History' }),
    );
    await user.click(screen.getByRole('button', { name: 'Over time' }));
    const table = await screen.findByRole('table', { name: 'Results for https://a.example/, oldest first' });
    expectVirtual(table, reports.length);
    scrollToEnd(table);
    expect(within(table).getAllByRole('row').at(-1)?.getAttribute('aria-rowindex')).toBe(String(reports.length + 1));
  });

  test('the workshop’s sites of two networks of 2,000 sites each', async () => {
    const rendered = renderApp({ consented: true });
    // Stands in for the main process's reader: these files are the app's own reports.
    Object.assign(rendered.api, {
      readReportText: vi.fn(({ text }: { text: string }) =>
        Promise.resolve(ok({ valid: true as const, report: JSON.parse(text) as Report })),
      ),
    });
    await rendered.user.click(await screen.findByRole('button', { name: 'Workshop' }));
    const files = ['home', 'office'].map(
      (name) => new File([JSON.stringify(manySites(ROWS, name))], `${name}.json`, { type: 'application/json' }),
    );
    await rendered.user.upload(screen.getByLabelText('Report files (JSON)'), files);
    const table = await screen.findByRole('table', { name: 'Each site on each network' });
    const rows = expectVirtual(table, ROWS);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('site0.example:443');
    scrollToEnd(table);
    expect(within(table).getAllByRole('row').at(-1)?.getAttribute('aria-rowindex')).toBe(String(ROWS + 1));
  });
});
