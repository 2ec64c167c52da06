import type { TFunction } from 'i18next';
import { createTranslator } from '../../shared/i18n/index.ts';
import type { Report } from '../../shared/report.ts';
import { combineTargets, workingRoutes, type CombinedTarget } from '../../shared/combine-reports.ts';
import { isBlocking } from '../../shared/verdict.ts';
import { dataTable, html, type Html } from './html-template.ts';
import { documentHtml } from './html.ts';
import { checkBadge, legend } from './html-overview.ts';
import { Formats, MARKS, summarySentences, toneOf, viewOf, type ExportOptions, type ReportView } from './view.ts';

/**
 * The workshop view: several runs (each on its own network, or one network at
 * several times) side by side. Per network, which sites are blocked and how and
 * which routes work; per site, whether the networks agree, with the sites blocked
 * on one network and not on another called out first.
 */
export interface MergeInput {
  /** The network's name: the report's own label, or its file name. */
  label: string;
  report: Report;
}

export interface MergedNetwork {
  label: string;
  view: ReportView;
}

export interface MergedReports {
  networks: MergedNetwork[];
  targets: CombinedTarget[];
}

export function mergeReports(inputs: readonly MergeInput[]): MergedReports {
  const networks = inputs.map(({ label, report }) => ({ label, view: viewOf(report) }));
  // Unfinished runs are judged again (viewOf), so every network has verdicts to compare.
  const targets = combineTargets(
    networks.map(({ view }) => ({ report: view.report, verdictOf: (id: string) => view.verdicts.get(id) })),
  );
  return { networks, targets };
}

export function renderMergeHtml(merged: MergedReports, options: ExportOptions): string {
  const t = createTranslator(options.language);
  const formats = new Formats(options.language);
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
  const rows = merged.networks.map(({ label, view }) => {
    const blocked = view.report.targets.filter(({ target }) => {
      const status = view.verdicts.get(target.id)?.direct?.status;
      return status !== undefined && isBlocking(status);
    }).length;
    const working = workingRoutes(view.report, view.summary);
    return html`<tr>
      <th scope="row">${label}</th>
      <td>${formats.date(view.report.startedAt)}</td>
      <td>${formats.number(view.report.targets.length)}</td>
      <td>${formats.number(blocked)}</td>
      <td>
        ${working.length === 0 ? html`<span class="muted">${t('report.merge.no-working-route')}</span>` : working.join(', ')}
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
      if (result === undefined) {
        return html`<td class="cell tone-none">
          <span class="mark">${MARKS.none}</span>${t('report.merge.not-tested')}
        </td>`;
      }
      const tone = toneOf(result.direct);
      const words = result.direct === undefined ? t('report.cell.not-judged') : t(`status.${result.direct.status}`);
      const through =
        result.restoredBy.length === 0
          ? ''
          : html`<br /><span class="muted"
                >${t('report.details.restored-by', { routes: result.restoredBy.join(', ') })}</span
              >`;
      return html`<td class="cell tone-${tone}"><span class="mark">${MARKS[tone]}</span>${words}${through}</td>`;
    });
    const differs = target.difference !== 'same';
    return html`<tr class="${differs ? 'differs' : ''}">
      <th scope="row">${target.label}</th>
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
  const on = (blocked: boolean): string[] =>
    merged.networks.flatMap(({ label }, index) => {
      const status = target.results[index]?.direct?.status;
      return status !== undefined && isBlocking(status) === blocked ? [label] : [];
    });
  return t('report.merge.difference.blocked-somewhere', {
    blocked: formats.list(on(true)),
    open: formats.list(on(false)),
  });
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
