import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ok, fail } from '../../src-main/shared/ipc/result.ts';
import { createUiI18n } from '../../src-renderer/app/i18n.ts';
import { ExportButton } from '../../src-renderer/features/sharing/ExportDialog.tsx';
import { AppContext, type AppContextValue } from '../../src-renderer/hooks/useApp.ts';
import { fakeApi } from './fake-api.tsx';
import { renderApp } from './render-app.tsx';
import { finishedA, finishedB, runFinished, runStarted, TARGET_A, TARGET_B } from './run-events.tsx';
import { reportFromEvents } from './sharing-fixtures.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

const LISTS = {
  targets: [TARGET_A, TARGET_B].map((target) => ({ input: target.input, source: 'app list' })),
  routes: [],
  strategies: false,
};

/** A finished run on the Result view, and its "Export or share" dialog opened. */
async function openExportOfRun() {
  const rendered = renderApp({ consented: true, lists: LISTS });
  await rendered.user.click(await screen.findByRole('button', { name: 'Diagnose' }));
  await rendered.emit(runStarted, finishedA, finishedB, runFinished);
  await rendered.user.click(screen.getByRole('button', { name: 'Export or share' }));
  const dialog = await screen.findByRole('dialog', { name: 'Export or share this report' });
  return { ...rendered, dialog };
}

describe('the Export or share dialog', () => {
  test('offers the four formats, the report’s language and what to leave out, each explained', async () => {
    const { dialog } = await openExportOfRun();
    const formats = within(dialog).getByRole('group', { name: 'Format' });
    expect(
      within(formats)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['json', 'html', 'pdf', 'csv']);
    expect(within(formats).getByRole('radio', { name: 'Web page (HTML)' })).toHaveProperty('checked', true);
    expect(
      within(formats).getByRole('radio', { name: 'Spreadsheet (CSV)' }).getAttribute('aria-describedby'),
    ).toBeTruthy();
    expect(within(dialog).getByRole('combobox', { name: 'Language of the report' })).toHaveProperty('value', 'en');

    const omit = within(dialog).getByRole('group', { name: 'Leave out' });
    const boxes = within(omit).getAllByRole('checkbox');
    expect(boxes.map((box) => box.getAttribute('aria-describedby') !== null)).toEqual([true, true, true]);
    const address = within(omit).getByRole('checkbox', { name: 'My public address' });
    const hint = document.getElementById(address.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/^The address the Internet sees you come from/);
    // The public address is left out by default: a report is made to be handed on.
    expect(address).toHaveProperty('checked', true);
    expect(within(omit).getByRole('checkbox', { name: 'The name of the network' })).toHaveProperty('checked', false);
    expect(within(omit).getByRole('checkbox', { name: 'Addresses of proxies, VPN servers and bridges' })).toBeDefined();
    expect(within(dialog).getByText('Passwords are never included: a report does not contain them.')).toBeDefined();
  });

  test('saves the current run by its id with the choices made, and says where it went', async () => {
    const { dialog, user, api } = await openExportOfRun();
    api.exportReport.mockResolvedValue(ok({ kind: 'saved' as const, fileName: 'detour-report-2025-03-05-1000.csv' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Spreadsheet (CSV)' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language of the report' }), 'ru');
    await user.click(within(dialog).getByRole('checkbox', { name: 'My public address' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Addresses of proxies, VPN servers and bridges' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(api.exportReport).toHaveBeenCalledWith({
      runId: 'run-1',
      format: 'csv',
      language: 'ru',
      omit: ['proxy-hosts'],
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(await within(dialog).findByText('Saved as detour-report-2025-03-05-1000.csv.')).toBeDefined();
  });

  test('in web mode the bytes become a download through a Blob URL', async () => {
    const { dialog, user, api } = await openExportOfRun();
    const html = '<!doctype html><title>Detour report</title>';
    api.exportReport.mockResolvedValue(
      ok({
        kind: 'download' as const,
        fileName: 'detour-report-2025-03-05-1000.html',
        mimeType: 'text/html;charset=utf-8',
        base64: btoa(html),
      }),
    );
    // jsdom has no Blob URLs: these stand in for the browser's (this file's window only).
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:detour/1';
    });
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('status')).toHaveProperty(
      'textContent',
      'Your browser is saving detour-report-2025-03-05-1000.html; look in your downloads.',
    );
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('detour-report-2025-03-05-1000.html');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:detour/1');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(blobs[0]?.type).toBe('text/html;charset=utf-8');
    expect(await blobs[0]?.text()).toBe(html);
  });

  test('a PDF is a handout without the evidence unless asked; a web page keeps it', async () => {
    const { dialog, user, api } = await openExportOfRun();
    const evidence = () => within(dialog).getByRole('checkbox', { name: 'Add the full evidence (every measurement)' });
    expect(evidence()).toHaveProperty('checked', true);
    await user.click(within(dialog).getByRole('radio', { name: 'PDF' }));
    expect(evidence()).toHaveProperty('checked', false);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(api.exportReport).toHaveBeenLastCalledWith(expect.objectContaining({ format: 'pdf', evidence: false }));
    await user.click(evidence());
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(api.exportReport).toHaveBeenLastCalledWith(expect.objectContaining({ format: 'pdf', evidence: true }));
    await user.click(within(dialog).getByRole('radio', { name: 'Spreadsheet (CSV)' }));
    expect(within(dialog).queryByRole('checkbox', { name: 'Add the full evidence (every measurement)' })).toBeNull();
  });

  test('a PDF that cannot be made is said plainly, with the way around it', async () => {
    const { dialog, user, api } = await openExportOfRun();
    api.exportReport.mockResolvedValue(fail('unavailable', 'no Chromium'));
    await user.click(within(dialog).getByRole('radio', { name: 'PDF' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'A PDF cannot be made on this computer. Save the web page (HTML) instead, open it and print it from the browser.',
    );
  });

  test('closing the save dialog is no error', async () => {
    const { dialog, user, api } = await openExportOfRun();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(api.exportReport).toHaveBeenCalledTimes(1);
    expect(await within(dialog).findByText('Nothing was saved.')).toBeDefined();
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  test('takes a report as well: a past run, for the history view', async () => {
    const api = fakeApi({ consented: true });
    const i18n = createUiI18n('az');
    const context = { api, language: 'az' } as unknown as AppContextValue;
    const report = reportFromEvents();
    render(
      <I18nextProvider i18n={i18n}>
        <AppContext.Provider value={context}>
          <ExportButton source={{ report }} />
        </AppContext.Provider>
      </I18nextProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'İxrac et və ya paylaş' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bu hesabatı ixrac edin və ya paylaşın' });
    await user.click(within(dialog).getByRole('radio', { name: 'Detour faylı (JSON)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Saxla' }));
    expect(api.exportReport).toHaveBeenCalledWith({
      report,
      format: 'json',
      language: 'az',
      omit: ['public-ip'],
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });
});
