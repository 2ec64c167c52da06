import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { ok } from '../../src-main/shared/ipc/result.ts';
import { reportSchema, type Report } from '../../src-main/shared/report.ts';
import { combineReports, differenceOf, uniqueLabels } from '../../src-main/core/combine-reports.ts';
import { renderApp } from './render-app.tsx';
import { openNetworkReport, reportFromEvents } from './sharing-fixtures.tsx';

/**
 * Stands in for the main process's safe reader: JSON first, then the schema; a file
 * that fails either is one line, as the real one answers (tests/unit/app/sharing-actions).
 */
function checkLikeTheMainProcess({ text }: { text: string }) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return Promise.resolve(ok({ valid: false as const, problem: 'not valid JSON: the error is at line 1, column 1' }));
  }
  const parsed = reportSchema.safeParse(value);
  return Promise.resolve(
    ok(
      parsed.success
        ? { valid: true as const, report: parsed.data }
        : { valid: false as const, problem: 'not a Detour report' },
    ),
  );
}

function reportFile(name: string, report: Report): File {
  return new File([JSON.stringify(report)], name, { type: 'application/json' });
}

async function openWorkshop() {
  const rendered = renderApp({ consented: true });
  // The App reads `api.readReportText` at each call: the stand-in takes its place.
  Object.assign(rendered.api, { readReportText: vi.fn(checkLikeTheMainProcess) });
  await rendered.user.click(await screen.findByRole('button', { name: 'Workshop' }));
  await screen.findByRole('heading', { level: 1, name: 'Combine participants’ reports' });
  const input = screen.getByLabelText('Report files (JSON)');
  return { ...rendered, input };
}

describe('the workshop view', () => {
  test('checks every file in the main process, refuses bad ones with a clear line, and combines the rest', async () => {
    const { user, api, input } = await openWorkshop();
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
    const evil = new File(['<script>alert(1)</script>'], 'evil.json', { type: 'application/json' });
    await user.upload(input, [
      reportFile('home.json', reportFromEvents()),
      reportFile('office.json', openNetworkReport()),
      evil,
      huge,
    ]);

    expect(await screen.findByText('2 reports are loaded.')).toBeDefined();
    // The huge file is never read nor sent; every other one is checked by the main process.
    expect(api.readReportText).toHaveBeenCalledTimes(3);
    expect(api.readReportText.mock.calls.map((call) => (call[0] as { language: string }).language)).toEqual([
      'en',
      'en',
      'en',
    ]);
    // Announced as one alert, its list still a list.
    const problems = screen.getByRole('alert', { name: 'Files that could not be used' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '⚠ evil.json: not valid JSON: the error is at line 1, column 1',
      '⚠ huge.json: the file is 60 MiB, and Detour reads at most 50 MiB',
    ]);

    const networks = screen.getByRole('table', { name: 'Networks' });
    const home = within(networks).getByRole('row', { name: /^home/ });
    expect(
      within(home)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([expect.stringMatching(/2025/), '2', '1', 'office, tls-split']);
    expect(within(networks).getByRole('row', { name: /^office/ })).toBeDefined();

    const sites = screen.getByRole('table', { name: 'Each site on each network' });
    const rows = within(sites).getAllByRole('row').slice(1);
    // The site the networks disagree on comes first, said with a symbol and a word.
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('https://shared-a.lab/');
    expect(rows[0]!.textContent).toContain('Blocked by site name');
    expect(rows[0]!.textContent).toContain('Works through office, tls-split');
    expect(rows[0]!.textContent).toContain('≠ Differs: Blocked on home, but not on office');
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('https://shared-b.lab/');
    expect(rows[1]!.textContent).toContain('= Same');
    expect(screen.getByText('1 site fares differently between these networks; it is listed first.')).toBeDefined();
  });

  test('a file’s name is shown as text, whatever it holds; two files of one name stay apart', async () => {
    const { user, input } = await openWorkshop();
    await user.upload(input, [
      reportFile('<img src=x onerror=alert(1)>.json', reportFromEvents()),
      reportFile('<img src=x onerror=alert(1)>.json', openNetworkReport()),
    ]);
    await screen.findByText('2 reports are loaded.');
    expect(document.querySelector('img')).toBeNull();
    const networks = screen.getByRole('table', { name: 'Networks' });
    expect(within(networks).getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' })).toBeDefined();
    expect(within(networks).getByRole('rowheader', { name: '<img src=x onerror=alert(1)> (2)' })).toBeDefined();
  });

  test('exports the combined report through the same dialog, as HTML or PDF', async () => {
    const { user, api, input } = await openWorkshop();
    const home = reportFromEvents();
    const office = openNetworkReport();
    await user.upload(input, [reportFile('home.json', home), reportFile('office.json', office)]);
    await user.click(await screen.findByRole('button', { name: 'Export the combined report' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the combined report' });
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['merged-html', 'merged-pdf']);
    const network = within(dialog).getByRole('checkbox', { name: 'The name of the network' });
    expect(document.getElementById(network.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /names of the networks and of the files/,
    );
    await user.click(network);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(api.exportReport).toHaveBeenCalledWith({
      reports: [
        { label: 'home', report: home },
        { label: 'office', report: office },
      ],
      format: 'merged-html',
      language: 'en',
      omit: ['public-ip', 'network'],
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });

  test('one report is not yet a comparison; removing reports takes them out of the view', async () => {
    const { user, input } = await openWorkshop();
    await user.upload(input, [
      reportFile('home.json', reportFromEvents()),
      reportFile('office.json', openNetworkReport()),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Remove office' }));
    expect(screen.getByText('Choose at least two reports to compare networks.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Export the combined report' })).toBeNull();
    expect(screen.getByText('1 report is loaded.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Remove all reports' }));
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('combineReports', () => {
  test('sorts the sites the networks disagree on first, and names a missing site as not tested', () => {
    const partial = openNetworkReport();
    partial.targets = partial.targets.filter((entry) => entry.target.id !== 't2');
    const combined = combineReports([
      { label: 'home', report: reportFromEvents() },
      { label: 'cafe', report: partial },
    ]);
    expect(combined.targets.map((target) => [target.label, target.difference])).toEqual([
      ['https://shared-a.lab/', 'blocked-somewhere'],
      ['https://shared-b.lab/', 'same'],
    ]);
    expect(combined.targets[1]?.results[1]).toBeUndefined();
    expect(combined.networks.map((network) => [network.label, network.tested, network.blocked])).toEqual([
      ['home', 2, 1],
      ['cafe', 1, 0],
    ]);
  });

  test('tells blocked-in-different-ways from other differences', () => {
    const verdict = (status: 'dns-tampering' | 'tcp-reset' | 'ok' | 'down') => ({
      direct: {
        path: 'direct',
        status,
        confidence: 'high' as const,
        reason: 'matches-control' as const,
        evidence: [],
        params: {},
      },
      restoredBy: [],
    });
    expect(differenceOf([verdict('dns-tampering'), verdict('tcp-reset')])).toBe('blocked-differently');
    expect(differenceOf([verdict('ok'), verdict('down')])).toBe('other');
    expect(differenceOf([verdict('ok'), undefined, verdict('ok')])).toBe('same');
    expect(uniqueLabels(['a', 'a', 'a (2)', 'b'])).toEqual(['a', 'a (2)', 'a (2) (2)', 'b']);
  });
});
