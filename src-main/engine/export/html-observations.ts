import type { TFunction } from 'i18next';
import { verdictOn } from '../../core/view/cells.ts';
import { routeLabel } from '../../core/view/labels.ts';
import { MARKS } from '../../core/view/verdict-look.ts';
import type { Failure } from '../../shared/failure.ts';
import type { DnsAnswer, Observation } from '../../shared/observation.ts';
import { sparkline } from './charts.ts';
import type { Context } from './html.ts';
import { dataTable, html, type Html } from './html-template.ts';

/**
 * What the probes saw of one site, as its evidence shows it: the certificates
 * presented, the DNS lookups and their answers (with raced, later answers), and
 * the download speeds. Also the words every section uses for a probe and a failure.
 */

export function certificates(context: Context, observations: readonly Observation[]): Html {
  const { t, formats } = context;
  const seen = new Set<string>();
  const rows = observations.flatMap((o) => {
    if (o.probe !== 'tls') return [];
    const leaf = o.certificates[0];
    if (leaf === undefined || seen.has(`${o.path}\n${leaf.fingerprintSha256}`)) return [];
    seen.add(`${o.path}\n${leaf.fingerprintSha256}`);
    const trust =
      o.trusted === false
        ? html`<span class="badge tone-blocked">${MARKS.blocked} ${t('report.cert.untrusted')}</span>
            <code>${o.trustError ?? ''}</code>`
        : o.nameMatches === false
          ? html`<span class="badge tone-blocked">${MARKS.blocked} ${t('report.cert.wrong-name')}</span>`
          : o.trusted === true
            ? html`<span class="badge tone-ok">${MARKS.ok} ${t('report.cert.trusted')}</span>`
            : '';
    return [
      html`<tr>
        <th scope="row">${routeLabel(t, o.path)}</th>
        <td class="code">${leaf.subject}</td>
        <td class="code">${leaf.issuer}</td>
        <td>${formats.day(leaf.validTo)}</td>
        <td>${trust}</td>
      </tr>`,
    ];
  });
  if (rows.length === 0) return html``;
  const headings = [
    'report.routes.route',
    'report.cert.subject',
    'report.cert.issuer',
    'report.cert.valid-to',
    'report.cert.trust',
  ];
  return html`<h4>${t('report.cert.heading')}</h4>
    ${dataTable(
      headings.map((key) => t(key)),
      rows,
    )}`;
}

export function nameLookups(context: Context, observations: readonly Observation[]): Html {
  const { t } = context;
  const rows = observations.flatMap((o) => {
    switch (o.probe) {
      case 'dns-system':
        return [
          lookupRow(
            o.path,
            t('report.dns.system'),
            o.name,
            o.failure,
            o.addresses.map((a) => (a.bogon ? `${a.address} (${t('report.dns.bogon')})` : a.address)),
            [],
          ),
        ];
      case 'dns-udp':
      case 'dns-tcp':
        return [
          lookupRow(
            o.path,
            `${probeName(t, o)} ${o.resolver}`,
            `${o.name} ${o.qtype}`,
            o.failure,
            answerTexts(t, o.answer),
            o.laterAnswers.map((a) => answerTexts(t, a).join(', ')),
          ),
        ];
      case 'doh':
        return [lookupRow(o.path, o.url, `${o.name} ${o.qtype}`, o.failure, answerTexts(t, o.answer), [])];
      default:
        return [];
    }
  });
  if (rows.length === 0) return html``;
  const headings = ['report.routes.route', 'report.dns.resolver', 'report.dns.name', 'report.dns.answer'];
  return html`<h4>${t('report.dns.heading')}</h4>
    ${dataTable(
      headings.map((key) => t(key)),
      rows,
    )}`;

  function lookupRow(
    path: string,
    resolver: string,
    name: string,
    failure: Failure | undefined,
    answer: string[],
    later: string[],
  ): Html {
    const result =
      failure !== undefined
        ? failureHtml(failure)
        : answer.length === 0
          ? html`<span class="muted">${t('report.dns.empty')}</span>`
          : html`<span class="code">${answer.join(', ')}</span>`;
    const raced = later.map(
      (text) =>
        html`<br /><span class="badge tone-blocked">${t('report.dns.raced')}</span> <span class="code">${text}</span>`,
    );
    const asked =
      resolver === t('report.dns.system') ? html`<td>${resolver}</td>` : html`<td class="code">${resolver}</td>`;
    return html`<tr>
      <th scope="row">${routeLabel(t, path)}</th>
      ${asked}
      <td class="code">${name}</td>
      <td>${result}${raced}</td>
    </tr>`;
  }
}

function answerTexts(t: TFunction, answer: DnsAnswer | undefined): string[] {
  if (answer === undefined) return [];
  if (answer.records.length === 0) return [answer.rcode];
  return answer.records.map((r) => (r.bogon === true ? `${r.data} (${t('report.dns.bogon')})` : r.data));
}

export function speeds(context: Context, observations: readonly Observation[]): Html {
  const { t, formats, view } = context;
  const rows = observations.flatMap((o) => {
    if (o.probe !== 'throughput') return [];
    const verdict = verdictOn(view.verdicts.get(o.targetId), o.path);
    const tone = verdict?.status === 'throttled' ? 'blocked' : 'ok';
    const title = t('report.speed.chart', { route: routeLabel(t, o.path) });
    const stalled =
      o.stalledAtBytes === undefined
        ? ''
        : html` <span class="badge tone-blocked"
            >${t('report.speed.stalled', { size: formats.bytes(o.stalledAtBytes) })}</span
          >`;
    return [
      html`<div class="spark-row">
        <strong>${routeLabel(t, o.path)}</strong>${
          o.samples.length > 0
            ? sparkline(
                title,
                o.samples.map((s) => ({ x: s.atMs, y: s.bytes })),
                tone,
              )
            : ''
        }<span>${formats.speed(o.bytesPerSecond)} · ${formats.bytes(o.bytes)}</span
        >${stalled}${o.failure === undefined ? '' : html` ${failureHtml(o.failure)}`}
      </div>`,
    ];
  });
  if (rows.length === 0) return html``;
  return html`<h4>${t('report.speed.heading')}</h4>
    ${rows}`;
}

/** A probe's name in the reader's language (the two wire DNS probes by their transport). */
export function probeName(t: TFunction, o: Observation): string {
  if (o.probe === 'dns-udp' || o.probe === 'dns-tcp') {
    return t('report.probe.dns-wire', { transport: o.probe === 'dns-udp' ? 'UDP' : 'TCP' });
  }
  return t(`report.probe.${o.probe}`);
}

/** A failure as its stage and class, and the detail the system gave, if any. */
export function failureHtml(failure: Failure | undefined): Html {
  if (failure === undefined) return html``;
  return html`<code>${failure.stage} ${failure.class}</code
    >${failure.detail === undefined ? '' : html` <span class="muted code">${failure.detail}</span>`}`;
}
