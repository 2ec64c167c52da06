import type { TFunction } from 'i18next';
import {
  blockedAndOpen,
  combineReports,
  uniqueLabels,
  type CombinedNetwork,
  type CombinedTarget,
  type NetworkReport,
} from '../../core/combine-reports.ts';
import { routeList } from '../../core/view/labels.ts';
import { siteNameText } from '../../core/view/site-name.ts';
import { noVerdictLook, verdictLook } from '../../core/view/verdict-look.ts';
import { createTranslator } from '../../shared/i18n/index.ts';
import type { OmitChoice } from '../../shared/ipc/sharing.ts';
import { dataTable, html, type Html } from './html-template.ts';
import { documentHtml } from './html.ts';
import { checkBadge, legend, lookCell } from './html-overview.ts';
import { redactReport, translatedProxyLabel } from './redact.ts';
import { Formats, summarySentences, viewOf, type ExportOptions, type ReportView } from './view.ts';

/**
 * The workshop view: several runs (each on its own network, or one network at
 * several times) side by side. Per network, which sites are blocked and how and
 * which routes work; per site, whether the networks agree, with the sites blocked
 * on one network and not on another called out first.
 */
export type MergeInput = NetworkReport;

export interface MergedNetwork extends CombinedNetwork {
  view: ReportView;
}

export interface MergedReports {
  networks: MergedNetwork[];
  targets: CombinedTarget[];
}

/** The networks side by side, by the rules the app's workshop screen uses (core/combine-reports.ts). */
export function mergeReports(inputs: readonly MergeInput[]): MergedReports {
  // Unfinished runs are judged first (combineReports), so every network has verdicts to compare.
  const { networks, targets } = combineReports(inputs);
  return { networks: networks.map((network) => ({ ...network, view: viewOf(network.report) })), targets };
}

/**
 * Each participant's report, redacted, under a name no other network shares. With
 * `network` left out, the names given (file names, labels) go too: "Network 1",
 * "Network 2"….
 */
export function mergeInputs(reports: readonly MergeInput[], omit: readonly OmitChoice[], t: TFunction): MergeInput[] {
  const shown = reports.map(({ label }, index) =>
    omit.includes('network') ? t('report.merge.network-n', { number: index + 1 }) : label,
  );
  const labels = uniqueLabels(shown);
  return reports.map(({ report }, index) => ({
    label: labels[index] ?? '',
    report: redactReport(report, { omit, proxyLabel: translatedProxyLabel(t) }),
  }));
}

export function renderMergeHtml(merged: MergedReports, options: ExportOptions): string {
  const t = createTranslator(options.language);
  const formats = new Formats(options.language, options.timeZone);
  const differing = merged.targets.filter((target) => target.difference !== 'same').length;
  const title = t('report.merge.title');
  const body = html`<header>
      <h1>${title}</h1>
      <p class="lead">${t('report.merge.lead', { count: merged.networks.length })}</p>
      <p class="notice">
        ${differing === 0 ? t('report.merge.all-same') : t('report.merge.differing', { count: differing })}
      </p>
    </header>
    ${networksTable(t, formats, merged)} ${matrix(t, formats, merged)}
    <section class="page-break">
      <h2>${t('report.merge.per-network')}</h2>
      ${merged.networks.map((network) => networkSection(t, formats, network))}
    </section>
    <footer><p>${t('report.footer.offline')}</p></footer>`;
  return documentHtml(options, title, body);
}

function networksTable(t: TFunction, formats: Formats, merged: MergedReports): Html {
  const rows = merged.networks.map(({ label, startedAt, tested, blocked, workingRoutes }) => {
    return html`<tr>
      <th scope="row">${label}</th>
      <td>${formats.date(startedAt)}</td>
      <td>${formats.number(tested)}</td>
      <td>${formats.number(blocked)}</td>
      <td>
        ${
          workingRoutes.length === 0
            ? html`<span class="muted">${t('report.merge.no-working-route')}</span>`
            : routeList(t, workingRoutes)
        }
      </td>
    </tr>`;
  });
  const headings = ['merge.network', 'meta.started', 'merge.tested', 'merge.blocked', 'merge.working-routes'];
  return html`<section>
    <h2>${t('report.merge.networks')}</h2>
    ${dataTable(
      headings.map((key) => t(`report.${key}`)),
      rows,
    )}
  </section>`;
}

function matrix(t: TFunction, formats: Formats, merged: MergedReports): Html {
  const rows = merged.targets.map((target) => {
    const cells = target.results.map((result) => {
      if (result === undefined) return lookCell(noVerdictLook(t, 'report.merge.not-tested'));
      const look =
        result.direct === undefined ? noVerdictLook(t, 'report.cell.not-judged') : verdictLook(t, result.direct);
      const through =
        result.restoredBy.length === 0
          ? ''
          : html`<br /><span class="muted"
                >${t('report.details.restored-by', { routes: routeList(t, result.restoredBy) })}</span
              >`;
      return lookCell(look, through);
    });
    const differs = target.difference !== 'same';
    return html`<tr class="${differs ? 'differs' : ''}">
      <th scope="row">${siteNameText(t, target.catalog ?? target.label)}</th>
      ${cells}
      <td>
        ${differs ? html`<span class="differs-mark">≠</span> ` : ''}${differenceWords(t, formats, merged, target)}
      </td>
    </tr>`;
  });
  return html`<section>
    <h2>${t('report.merge.sites')}</h2>
    ${legend(t)}
    ${dataTable(
      [t('report.matrix.target'), ...merged.networks.map(({ label }) => label), t('report.merge.comparison')],
      rows,
    )}
  </section>`;
}

function differenceWords(t: TFunction, formats: Formats, merged: MergedReports, target: CombinedTarget): string {
  if (target.difference !== 'blocked-somewhere') return t(`report.merge.difference.${target.difference}`);
  const { blocked, open } = blockedAndOpen(
    target,
    merged.networks.map(({ label }) => label),
  );
  return t('report.merge.difference.blocked-somewhere', { blocked: formats.list(blocked), open: formats.list(open) });
}

function networkSection(t: TFunction, formats: Formats, { label, view }: MergedNetwork): Html {
  const sentences = summarySentences(t, view.summary?.messages ?? []);
  const checks = new Map(view.report.routeChecks.map((c) => [c.path, c]));
  const restorations = new Map(view.summary?.routes.map((r) => [r.path, r]) ?? []);
  const routes = view.report.plan.paths.filter((path) => path.kind !== 'direct');
  const rows = routes.map((path) => {
    const check = checks.get(path.name);
    const restoration = restorations.get(path.name);
    const state = checkBadge(t, check);
    const restores =
      restoration === undefined || restoration.of === 0
        ? ''
        : t('report.chart.of', {
            restores: formats.number(restoration.restores),
            total: formats.number(restoration.of),
          });
    return html`<tr>
      <th scope="row">${path.name}</th>
      <td>${t(`report.route-kind.${path.kind}`)}</td>
      <td>${state}</td>
      <td>${restores}</td>
    </tr>`;
  });
  return html`<article class="target">
    <h3>${label}</h3>
    <p class="muted">${formats.date(view.report.startedAt)}</p>
    ${
      sentences.length === 0
        ? ''
        : html`<ul class="summary">
            ${sentences.map((s) => html`<li>${s}</li>`)}
          </ul>`
    }
    ${
      routes.length === 0
        ? ''
        : dataTable(
            ['routes.route', 'routes.kind', 'routes.check', 'merge.restores'].map((key) => t(`report.${key}`)),
            rows,
          )
    }
  </article>`;
}
