import { describe, expect, test } from 'vitest';
import { EXPORT_CSP, renderReportHtml } from '../../../../src-main/engine/export/html.ts';
import { redactReport } from '../../../../src-main/engine/export/redact.ts';
import type { Report } from '../../../../src-main/shared/report.ts';
import { hostileReport, PAYLOAD, SHORT_PAYLOAD } from './hostile-report.ts';
import { attributes, parseHtml, words, type ParsedDocument } from './parse-html.ts';
import { sampleReport, USER_PUBLIC_IP } from './sample-report.ts';

function dom(page: string): ParsedDocument {
  return parseHtml(page);
}

describe('renderReportHtml', () => {
  test('one self-contained page: language, no-script policy, inline style, no script, no outside reference', () => {
    const page = renderReportHtml(sampleReport(), { language: 'az' });
    const document = dom(page);
    expect(page.startsWith('<!doctype html>\n<html lang="az">')).toBe(true);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      EXPORT_CSP,
    );
    expect(EXPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(page).not.toMatch(/<script/i);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelectorAll('link, img, iframe, object, embed, form, base')).toHaveLength(0);
    expect(attributes(document).filter((a) => /^on/i.test(a) || /^(src|href)=(?!#)/.test(a))).toEqual([]);
    expect(page).toContain('@media print');
  });

  test('dates are in UTC, with the month named in the reader’s language', () => {
    const report = sampleReport();
    expect(renderReportHtml(report, { language: 'az' })).toContain('<dd>29 noyabr 2026, 08:00 UTC</dd>');
    expect(renderReportHtml(report, { language: 'ru' })).toContain('<dd>29 ноября 2026, 08:00 UTC</dd>');
    expect(renderReportHtml({ ...report, startedAt: 'not a date' }, { language: 'en' })).toContain(
      '<dd>not a date</dd>',
    );
  });

  test('the summary comes first, then the matrix, the routes and each site’s evidence', () => {
    const document = dom(renderReportHtml(sampleReport(), { language: 'en' }));
    const headings = [...document.querySelectorAll('h2')].map((h) => words(h.textContent));
    expect(headings).toEqual(['In short', 'Sites and routes', 'Routes', 'Entries left out', 'Evidence, site by site']);
    const summary = [...document.querySelectorAll('ul.summary li')].map((li) => words(li.textContent));
    expect(summary[0]).toBe('4 of 6 are blocked on your network.');
    expect(summary).toContain('The simplest fix for everything blocked: “office”.');
  });

  test('each matrix cell is a mark and words, per site and route', () => {
    const document = dom(renderReportHtml(sampleReport(), { language: 'en' }));
    const rows = [...document.querySelectorAll('table.matrix tbody tr')].map((row) =>
      [...row.children].map((cell) => words(cell.textContent)),
    );
    expect(rows[0]).toEqual(['https://blocked.example/', '✗Blocked by site name', '✓Works', '✓Works']);
    expect(rows[2]).toEqual(['stun:stun.example.org:3478', '✗Calls blocked', '✓Works', '?Unclear']);
    expect(document.querySelector('table.matrix td.tone-blocked')).not.toBeNull();
  });

  test('charts are inline SVG: a bar per kind of verdict, per-route restorations, a speed line', () => {
    const document = dom(renderReportHtml(sampleReport(), { language: 'en' }));
    const charts = [...document.querySelectorAll('svg.chart')];
    expect(charts.map((svg) => svg.getAttribute('aria-label'))).toEqual([
      'Sites on your network, by what was found',
      'Blocked sites each route restores',
      'Bytes received over time through Your connection',
      'Bytes received over time through office',
      'Bytes received over time through tls-split',
    ]);
    const labels = [...(charts[0]?.querySelectorAll('text.label') ?? [])].map((text) => words(text.textContent));
    expect(labels).toEqual(['Works', 'Blocked by site name', 'Connection intercepted', 'Slowed down', 'Calls blocked']);
    expect([...(charts[1]?.querySelectorAll('text.figure') ?? [])].map((t) => words(t.textContent))).toEqual([
      '1 of 3',
      '4 of 4',
    ]);
  });

  test('the evidence shows certificates’ issuers, DNS answers and the timeline', () => {
    const page = renderReportHtml(sampleReport(), { language: 'ru' });
    const document = dom(page);
    const mitm = document.querySelector('#target-5');
    expect(words(mitm?.textContent)).toContain('CN=Lab Censor CA');
    expect(words(mitm?.textContent)).toContain('недоверенный');
    expect(words(mitm?.textContent)).toContain('SELF_SIGNED_CERT_IN_CHAIN');
    expect(words(mitm?.textContent)).toContain('93.184.1.1');
    expect(mitm?.querySelectorAll('table.timeline tbody tr').length).toBeGreaterThan(5);
    expect(page).toContain('Доказательства по каждому сайту');
  });

  test('omitting the public address takes it out of the page, and the page says what was left out', () => {
    const report = sampleReport();
    expect(renderReportHtml(report, { language: 'en' })).toContain(USER_PUBLIC_IP);
    const page = renderReportHtml(redactReport(report, { omit: ['public-ip', 'proxy-hosts'] }), {
      language: 'en',
      omitted: ['public-ip', 'proxy-hosts'],
    });
    expect(page).not.toContain(USER_PUBLIC_IP);
    expect(page).not.toContain('185.10.20.30:1080');
    expect(page).toContain('socks5h://***@proxy 1');
    expect(page).toContain(
      'Left out of this report at its owner’s request: their public IP address and the addresses of their proxies, VPN servers and bridges.',
    );
  });

  test('a run saved before it finished is judged from its measurements, and says so', () => {
    const report: Report = { ...sampleReport(), status: 'interrupted' };
    delete report.summary;
    delete report.endedAt;
    for (const entry of report.targets.slice(3)) {
      delete entry.verdict;
      entry.outcomes = [];
    }
    const document = dom(renderReportHtml(report, { language: 'en' }));
    const notices = [...document.querySelectorAll('.notice')].map((p) => words(p.textContent));
    expect(notices).toEqual([
      'This run was interrupted before the end: the sites not measured are marked so.',
      'Some verdicts were missing from the report, so they were worked out afterwards from what had been measured.',
    ]);
    expect(words(document.querySelector('ul.summary')?.textContent)).toContain('are blocked on your network');
  });
});

describe('a hostile report', () => {
  const report = hostileReport();

  test('really has the payload in its free text, ids, names, headers and figures', () => {
    expect(report.targets[0]?.target.input.startsWith(PAYLOAD)).toBe(true);
    expect(report.plan.paths[1]?.name).toBe(`${SHORT_PAYLOAD}office`);
    expect(report.observations[0]?.id.startsWith(PAYLOAD)).toBe(true);
    expect(
      report.summary?.messages.some((m) => Object.values(m.params).some((v) => String(v).startsWith(PAYLOAD))),
    ).toBe(true);
  });

  test.each(['en', 'az', 'ru'] as const)('renders every string as text (%s)', (language) => {
    const page = renderReportHtml(report, { language });
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img|<svg onload/i);
    const document = dom(page);
    expect(document.querySelectorAll('script, img, iframe')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(attributes(document).filter((a) => /^on/i.test(a))).toEqual([]);
    // The payload is there, as text, in headings, cells, chart labels and attributes alike.
    expect(words(document.querySelector('article h3')?.textContent)).toContain(words(PAYLOAD));
    expect(words(document.querySelector('table.matrix thead')?.textContent)).toContain(`${SHORT_PAYLOAD}office`);
    expect(words(document.querySelector('table.matrix tbody')?.textContent)).toContain(words(PAYLOAD));
    const labels = [...document.querySelectorAll('svg [aria-label], svg[aria-label]')].map((svg) =>
      svg.getAttribute('aria-label'),
    );
    expect(labels.some((label) => label?.includes(`${SHORT_PAYLOAD}office`))).toBe(true);
    // Interpolation syntax in a value stays as typed.
    expect(words(document.body.textContent)).toContain('{{count}} $t(report.title)');
  });
});
