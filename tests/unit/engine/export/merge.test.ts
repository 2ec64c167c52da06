import { describe, expect, test } from 'vitest';
import { renderReportCsv } from '../../../../src-main/engine/export/csv.ts';
import { mergeReports, renderMergeHtml } from '../../../../src-main/engine/export/merge.ts';
import type { Report } from '../../../../src-main/shared/report.ts';
import type { PathVerdict, VerdictStatus } from '../../../../src-main/shared/verdict.ts';
import { hostileReport, PAYLOAD } from './hostile-report.ts';
import { attributes, parseHtml, words } from './parse-html.ts';
import { sampleReport } from './sample-report.ts';

/** The sample report with the direct verdict of one site replaced. */
function withDirect(report: Report, input: string, status: VerdictStatus): Report {
  const entry = report.targets.find((t) => t.target.input === input);
  const direct = entry?.verdict?.direct;
  if (entry?.verdict === undefined || direct === undefined) throw new Error(input);
  const changed: PathVerdict = { ...direct, status, reason: status === 'ok' ? 'matches-control' : direct.reason };
  entry.verdict.direct = changed;
  entry.verdict.paths = entry.verdict.paths.map((p) => (p.path === 'direct' ? changed : p));
  if (status === 'ok') entry.verdict.restoredBy = [];
  return report;
}

function threeNetworks() {
  const home = sampleReport();
  const office = withDirect(
    withDirect(sampleReport(), 'https://blocked.example/', 'ok'),
    'https://mitm.example/',
    'tcp-blocked',
  );
  const cafe = sampleReport();
  cafe.targets = cafe.targets.filter((t) => t.target.input !== 'https://slow.example/');
  return mergeReports([
    { label: 'home', report: home },
    { label: 'office', report: office },
    { label: 'cafe', report: cafe },
  ]);
}

describe('mergeReports', () => {
  test('finds per site how the networks differ, and lists the differences first', () => {
    const merged = threeNetworks();
    expect(merged.networks.map((n) => n.label)).toEqual(['home', 'office', 'cafe']);
    expect(merged.targets.map((t) => [t.label, t.difference])).toEqual([
      ['https://blocked.example/', 'blocked-somewhere'],
      ['https://mitm.example/', 'blocked-differently'],
      ['https://news.example/', 'same'],
      ['stun:stun.example.org:3478', 'same'],
      ['stun:stun2.example.net', 'same'],
      ['https://slow.example/', 'same'],
    ]);
    const slow = merged.targets.find((t) => t.label === 'https://slow.example/');
    expect(slow?.results.map((r) => r?.direct?.status)).toEqual(['throttled', 'throttled', undefined]);
    expect(slow?.results[2]).toBeUndefined();
  });

  test('one site typed two ways on two networks is one row', () => {
    const a = sampleReport();
    const b = sampleReport();
    b.targets[1]!.target.input = 'news.example';
    const merged = mergeReports([
      { label: 'a', report: a },
      { label: 'b', report: b },
    ]);
    expect(merged.targets).toHaveLength(a.targets.length);
  });
});

describe('renderMergeHtml', () => {
  test('names the networks where a site is blocked and where it is not, and marks the row', () => {
    const page = renderMergeHtml(threeNetworks(), { language: 'en' });
    const document = parseHtml(page);
    expect(page).not.toMatch(/<script/i);
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(words(document.querySelector('.notice')?.textContent)).toBe(
      '2 sites fare differently between these networks; they are listed first.',
    );
    const first = document.querySelector('tr.differs');
    expect(words(first?.querySelector('th')?.textContent)).toBe('https://blocked.example/');
    expect(words(first?.textContent)).toContain('≠ Blocked on home and cafe, but not on office');
    expect(words(document.body.textContent)).toContain('Not tested there');
    expect([...document.querySelectorAll('h3')].map((h) => words(h.textContent))).toEqual(['home', 'office', 'cafe']);
  });

  test('speaks Azerbaijani and Russian, plurals included', () => {
    expect(renderMergeHtml(threeNetworks(), { language: 'az' })).toContain(
      '2 sayt bu şəbəkələrdə fərqli nəticə verir; onlar siyahıda birinci gəlir.',
    );
    expect(renderMergeHtml(threeNetworks(), { language: 'ru' })).toContain(
      '2 сайта ведут себя в этих сетях по-разному; они стоят в списке первыми.',
    );
    expect(renderMergeHtml(threeNetworks(), { language: 'ru' })).toContain('3 проверки Detour рядом');
  });

  test('hostile reports and labels are rendered as text', () => {
    const page = renderMergeHtml(
      mergeReports([
        { label: PAYLOAD, report: hostileReport() },
        { label: 'plain', report: sampleReport() },
      ]),
      { language: 'en' },
    );
    expect(page).not.toMatch(/<script|<img|<svg onload/i);
    const document = parseHtml(page);
    expect(attributes(document).filter((a) => /^on/i.test(a))).toEqual([]);
    expect(words(document.querySelector('h3')?.textContent)).toBe(words(PAYLOAD));
  });
});

describe('a hostile report in CSV', () => {
  test('is rendered without error, every field quoted or guarded as needed', () => {
    const csv = renderReportCsv(hostileReport(), { language: 'ru' });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain(`"${PAYLOAD.replace(/"/g, '""')}https://blocked.example/"`);
  });
});
