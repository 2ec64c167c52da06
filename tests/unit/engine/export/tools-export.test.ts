import { describe, expect, test } from 'vitest';
import { renderReportCsv } from '../../../../src-main/engine/export/csv.ts';
import { renderReportHtml } from '../../../../src-main/engine/export/html.ts';
import { assertNoCredentials, redactReport } from '../../../../src-main/engine/export/redact.ts';
import { reportSchema, type Report } from '../../../../src-main/shared/report.ts';
import { parseHtml, words } from './parse-html.ts';
import { BRIDGE_ADDRESS, sampleReportWithTools, VPN_ADDRESS, VPN_HOST } from './sample-tools.ts';

/** "Your tools" in the exports: beside the sites, in words, addresses removable, keys never there. */

function toolRows(page: string): string[][] {
  const document = parseHtml(page);
  const section = [...document.querySelectorAll('section')].find(
    (s) => words(s.querySelector('h2')?.textContent) === 'Your tools',
  );
  return [...(section?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map((cell) => words(cell.textContent)),
  );
}

describe('the HTML report', () => {
  test('has Your tools after the sites, each tool with a mark, its state, where it is and why', () => {
    const page = renderReportHtml(sampleReportWithTools(), { language: 'en' });
    const headings = [...parseHtml(page).querySelectorAll('h2')].map((h) => words(h.textContent));
    expect(headings.indexOf('Your tools')).toBe(headings.indexOf('Sites and routes') + 1);
    const rows = toolRows(page);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['work-vpn', 'WireGuard VPN', `${VPN_HOST}:51820`, '✗WireGuard blocked'],
      ['home-vpn', 'WireGuard VPN', `${VPN_ADDRESS}:443`, '✓Works'],
      ['bridge 1', 'Tor bridge (obfs4)', `${BRIDGE_ADDRESS}:443`, '✓Works'],
      ['bridge 2', 'Tor bridge (vanilla)', '198.51.100.24:9001', '✗No connection'],
      ['bridge 3', 'Tor bridge (snowflake)', '192.0.2.3:80', '?Not checked'],
    ]);
    expect(rows[0]?.[4]).toBe(
      'The server’s address answers, and the handshake gets through office, but not directly: this network blocks WireGuard by its port or by the look of its packets. (sure) Works through: office',
    );
    expect(rows[3]?.[4]).toContain('the bridge is blocked on this network');
    expect(rows[4]?.[4]).toBe('Detour cannot check snowflake bridges yet.');
  });

  test('in Azerbaijani and Russian too', () => {
    const ru = parseHtml(renderReportHtml(sampleReportWithTools(), { language: 'ru' }));
    expect(words(ru.body.textContent)).toContain('WireGuard заблокирован');
    const az = parseHtml(renderReportHtml(sampleReportWithTools(), { language: 'az' }));
    expect(words(az.body.textContent)).toContain('WireGuard bloklanıb');
  });

  test('a run without tools has no such section', () => {
    const report = sampleReportWithTools();
    delete report.plan.tools;
    delete report.tools;
    expect(renderReportHtml(report, { language: 'en' })).not.toContain('Your tools');
  });
});

test('the CSV has a row per tool after the sites, in the same columns', () => {
  const lines = renderReportCsv(sampleReportWithTools(), { language: 'en' }).split('\r\n');
  expect(lines.filter((line) => line.startsWith('work-vpn,'))).toEqual([
    'work-vpn,Your connection,wireguard,wireguard-blocked,WireGuard blocked,sure,"The server’s address answers, and the handshake gets through office, but not directly: this network blocks WireGuard by its port or by the look of its packets.",,,office,',
  ]);
  expect(lines.some((line) => line.startsWith('bridge 3,Your connection,bridge,cannot-check,Not checked,,'))).toBe(
    true,
  );
});

describe('--omit proxy-hosts', () => {
  const redacted = (): Report => redactReport(sampleReportWithTools(), { omit: ['proxy-hosts'] });

  test('takes every VPN server and bridge address out of the report, which stays valid', () => {
    const text = JSON.stringify(redacted());
    for (const address of [VPN_HOST, VPN_ADDRESS, BRIDGE_ADDRESS, '198.51.100.24']) expect(text).not.toContain(address);
    expect(reportSchema.safeParse(redacted()).success).toBe(true);
    expect(redacted().plan.tools?.wireguard[0]?.endpoint).toEqual({ host: '***', port: 51820 });
  });

  test('and the page says the address was left out', () => {
    const page = renderReportHtml(redacted(), { language: 'en', omitted: ['proxy-hosts'] });
    expect(toolRows(page).map((row) => row[2])).toEqual(Array(5).fill('left out'));
    expect(page).not.toContain(VPN_HOST);
  });

  test('without it, the addresses stay', () => {
    expect(JSON.stringify(redactReport(sampleReportWithTools(), { omit: ['public-ip'] }))).toContain(VPN_HOST);
  });
});

test('a report whose tools carry a key is refused before any export', () => {
  const report = sampleReportWithTools();
  Object.assign(report.plan.tools?.wireguard[0] ?? {}, { privateKey: 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=' });
  expect(() => assertNoCredentials(report)).toThrow('tool "work-vpn" carries privateKey: a report never holds keys');
});
