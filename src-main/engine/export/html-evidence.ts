import type { TFunction } from 'i18next';
import { outcomeOn, verdictOn } from '../../core/view/cells.ts';
import { hostPort, routeLabel, routeList } from '../../core/view/labels.ts';
import { cellLook, MARKS, noVerdictLook, toneOf, verdictLook } from '../../core/view/verdict-look.ts';
import type { PathOutcome } from '../../shared/events.ts';
import { verdictText } from '../../shared/i18n/message.ts';
import type { Observation } from '../../shared/observation.ts';
import type { Report } from '../../shared/report.ts';
import { isBlocking, type PathVerdict, type TargetVerdict } from '../../shared/verdict.ts';
import type { Context } from './html.ts';
import { certificates, failureHtml, nameLookups, probeName, speeds } from './html-observations.ts';
import { lookBadge, lookCell } from './html-overview.ts';
import { dataTable, html, type Html } from './html-template.ts';

/**
 * The evidence, site by site: per site its verdict on the user's network and why,
 * the verdict on each route, what the probes saw (html-observations.ts), and the
 * timeline of every probe with the words for what it asked and what it got.
 */

export function detailsSection(context: Context): Html {
  const { t, report } = context;
  return html`<section class="page-break">
    <h2>${t('report.details.heading')}</h2>
    ${report.targets.map((entry, index) => targetArticle(context, entry, index))}
  </section>`;
}

type TargetEntry = Report['targets'][number];

function targetArticle(context: Context, entry: TargetEntry, index: number): Html {
  const { t, view, paths } = context;
  const verdict = view.verdicts.get(entry.target.id);
  const direct = verdict?.direct;
  const observations = context.observationsOf(entry.target.id);
  return html`<article class="target" id="target-${index + 1}">
    <h3><span class="mark">${MARKS[toneOf(direct?.status)]}</span>${context.siteName(entry.target, true)}</h3>
    ${direct === undefined ? html`<p>${lookBadge(noVerdictLook(t, 'report.cell.not-judged'))}</p>` : directVerdict(t, direct, verdict)}
    ${paths.length > 1 && verdict !== undefined ? perRoute(context, verdict, entry.outcomes) : ''}
    ${certificates(context, observations)} ${nameLookups(context, observations)} ${speeds(context, observations)}
    ${timeline(context, observations)}
  </article>`;
}

function directVerdict(t: TFunction, direct: PathVerdict, verdict: TargetVerdict | undefined): Html {
  const text = verdictText(t, direct);
  const restored = verdict?.restoredBy ?? [];
  const notRestored = verdict?.notRestoredBy ?? [];
  const helps =
    (isBlocking(direct.status) && restored.length === 0) ||
    direct.status === 'inconclusive' ||
    direct.status === 'path-failed';
  return html`<p>
      ${lookBadge(verdictLook(t, direct))}
      <span class="muted">${t('report.details.confidence', { confidence: text.confidence })}</span>
    </p>
    <p class="explain">${text.explain}</p>
    <p><strong>${t('report.details.why')}</strong> ${text.reason}</p>
    ${helps ? html`<p><strong>${t('report.details.helps')}</strong> ${text.helps}</p>` : ''}
    ${restored.length > 0 ? html`<p>${t('report.details.restored-by', { routes: routeList(t, restored) })}</p>` : ''}
    ${notRestored.length > 0 ? html`<p>${t('report.details.not-restored-by', { routes: routeList(t, notRestored) })}</p>` : ''}`;
}

function perRoute(context: Context, verdict: TargetVerdict, outcomes: readonly PathOutcome[]): Html {
  const { t, paths } = context;
  const rows = paths.map((path) => {
    const pathVerdict = verdictOn(verdict, path.name);
    const text = pathVerdict === undefined ? undefined : verdictText(t, pathVerdict);
    return html`<tr>
      <th scope="row">${routeLabel(t, path.name)}</th>
      ${lookCell(cellLook(t, pathVerdict, outcomeOn(outcomes, path.name)))}
      <td>${text?.confidence ?? ''}</td>
      <td>${text?.reason ?? ''}</td>
    </tr>`;
  });
  const headings = ['report.routes.route', 'report.details.verdict', 'report.details.sure', 'report.csv.reason'];
  return html`<h4>${t('report.details.per-route')}</h4>
    ${dataTable(
      headings.map((key) => t(key)),
      rows,
    )}`;
}

function timeline(context: Context, observations: readonly Observation[]): Html {
  const { t, formats, report } = context;
  if (observations.length === 0) return html`<p class="muted">${t('report.timeline.empty')}</p>`;
  const start = Date.parse(report.startedAt);
  const rows = observations.map((o) => {
    const at = Date.parse(o.startedAt) - start;
    return html`<tr>
      <td>${Number.isNaN(at) ? '' : formats.seconds(Math.max(0, at) / 1000)}</td>
      <th scope="row">${routeLabel(t, o.path)}</th>
      <td>${probeName(t, o)}</td>
      <td class="code">${probeDetail(t, o)}</td>
      <td>${o.failure === undefined ? resultHtml(t, o) : failureHtml(o.failure)}</td>
      <td>${formats.ms(o.durationMs)}</td>
    </tr>`;
  });
  const headings = [
    'timeline.at',
    'routes.route',
    'timeline.test',
    'timeline.detail',
    'timeline.result',
    'timeline.took',
  ];
  return html`<h4>${t('report.timeline.heading')}</h4>
    ${dataTable(
      headings.map((key) => t(`report.${key}`)),
      rows,
      'timeline',
    )}
    <p class="muted">${t('report.timeline.evidence', { ids: observations.map((o) => o.id).join(' ') })}</p>`;
}

function probeDetail(t: TFunction, o: Observation): string {
  switch (o.probe) {
    case 'dns-system':
      return o.name;
    case 'dns-udp':
    case 'dns-tcp':
      return `${o.name} ${o.qtype} @ ${o.resolver}`;
    case 'doh':
      return `${o.name} ${o.qtype} @ ${o.url}`;
    case 'tcp':
      return hostPort(o.address, o.port);
    case 'tls':
      return `${hostPort(o.address, o.port)}${o.sni === null ? '' : ` · ${o.sni}`}`;
    case 'http':
      return o.finalUrl === o.url ? o.url : `${o.url} → ${o.finalUrl}`;
    case 'throughput':
      return o.url;
    case 'stun':
      return `${o.server}${o.mappedAddress === undefined ? '' : ` · ${t('report.stun.mapped', { address: hostPort(o.mappedAddress.address, o.mappedAddress.port) })}`}`;
  }
}

/** A probe that succeeded: a mark and what it got (the HTTP status and page title, the TLS version). */
function resultHtml(t: TFunction, o: Observation): Html {
  const badge = (words: string): Html => html`<span class="badge tone-ok">${MARKS.ok} ${words}</span>`;
  switch (o.probe) {
    case 'http': {
      const title = o.body?.title;
      return html`${badge(o.status === undefined ? t('report.result.ok') : String(o.status))}${title === undefined ? '' : html` <span class="muted">${title}</span>`}`;
    }
    case 'tls':
      return badge(
        [o.tlsVersion, o.alpn].filter((part) => typeof part === 'string' && part !== '').join(' · ') ||
          t('report.result.ok'),
      );
    default:
      return badge(t('report.result.ok'));
  }
}
