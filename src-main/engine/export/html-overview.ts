import type { TFunction } from 'i18next';
import { outcomeOn, verdictOn } from '../../core/view/cells.ts';
import { routeLabel } from '../../core/view/labels.ts';
import { cellLook, MARKS, routeCheckLook, toneOf, TONES, type Look } from '../../core/view/verdict-look.ts';
import type { RouteCheck } from '../../shared/events.ts';
import type { PathSpec } from '../../shared/path.ts';
import { VERDICT_STATUSES } from '../../shared/verdict.ts';
import { barChart, type Bar } from './charts.ts';
import type { Context } from './html.ts';
import { failureHtml } from './html-observations.ts';
import { dataTable, html, type Html } from './html-template.ts';
import { routeWhere, summarySentences } from './view.ts';

/**
 * The report's overview, ahead of the evidence: the summary with its charts, the
 * sites × routes matrix (its legend and cells, which the merged view and the
 * evidence reuse), the routes and how their checks went, and the entries left out.
 */

export function summarySection(context: Context): Html {
  const { t, view } = context;
  const sentences = summarySentences(t, view.summary?.messages ?? []);
  return html`<section>
    <h2>${t('report.summary.heading')}</h2>
    ${
      sentences.length === 0
        ? html`<p>${t('report.summary.none')}</p>`
        : html`<ul class="summary">
            ${sentences.map((s) => html`<li>${s}</li>`)}
          </ul>`
    }
    <div class="charts">${kindsChart(context)}${routesChart(context)}</div>
  </section>`;
}

/** One bar per verdict on the user's own network: how many sites are blocked in each way. */
function kindsChart({ t, view, formats }: Context): Html {
  const counts = new Map<string, number>();
  for (const entry of view.report.targets) {
    const status = view.verdicts.get(entry.target.id)?.direct?.status;
    if (status !== undefined) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const bars: Bar[] = VERDICT_STATUSES.flatMap((status) => {
    const value = counts.get(status);
    if (value === undefined) return [];
    return [
      {
        label: t(`status.${status}`),
        value,
        figure: formats.number(value),
        tone: toneOf(status),
      },
    ];
  });
  if (bars.length === 0) return html``;
  const title = t('report.chart.kinds');
  return html`<div class="chart-box">
    <h3>${title}</h3>
    ${barChart(title, bars)}
  </div>`;
}

/** Per route: how many of the sites blocked on the user's network it restores, out of those it could be judged on. */
function routesChart({ t, view, formats }: Context): Html {
  const routes = view.summary?.routes.filter((route) => route.of > 0) ?? [];
  if (routes.length === 0) return html``;
  const bars: Bar[] = routes.map((route) => ({
    label: routeLabel(t, route.path),
    value: route.restores,
    of: route.of,
    figure: t('report.chart.of', { restores: formats.number(route.restores), total: formats.number(route.of) }),
    tone: route.restores === 0 ? 'blocked' : 'ok',
  }));
  const title = t('report.chart.routes');
  return html`<div class="chart-box">
    <h3>${title}</h3>
    ${barChart(title, bars)}
  </div>`;
}

export function matrixSection(context: Context): Html {
  const { t, report, view, paths } = context;
  const direct = paths.find((p) => p.kind === 'direct')?.name;
  const rows = report.targets.map(({ target, outcomes }, index) => {
    const verdict = view.verdicts.get(target.id);
    return html`<tr>
      <th scope="row"><a href="#target-${index + 1}">${context.siteName(target, true)}</a></th>
      ${paths.map((path) => lookCell(cellLook(t, verdictOn(verdict, path.name), outcomeOn(outcomes, path.name))))}
    </tr>`;
  });
  const heads = paths.map(
    (path) =>
      html`${routeLabel(t, path.name)}${path.name === direct ? html`<br /><span class="muted">${t('report.matrix.your-network')}</span>` : ''}`,
  );
  return html`<section>
    <h2>${t('report.matrix.heading')}</h2>
    <p>${t('report.matrix.intro')}</p>
    ${legend(t)} ${dataTable([t('report.matrix.target'), ...heads], rows, 'matrix')}
  </section>`;
}

export function legend(t: TFunction): Html {
  return html`<p class="legend">
    ${TONES.map((tone) => html`<span><span class="mark">${MARKS[tone]}</span>${t(`report.legend.${tone}`)}</span>`)}
  </p>`;
}

/** A matrix cell: mark and words, coloured by tone (the colour is never the only sign), and what follows them. */
export function lookCell(look: Look, after: Html | string = ''): Html {
  return html`<td class="cell tone-${look.tone}"><span class="mark">${look.mark}</span>${look.word}${after}</td>`;
}

/** A look as a badge: mark and word, coloured by tone. */
export function lookBadge(look: Look): Html {
  return html`<span class="badge tone-${look.tone}">${look.mark} ${look.word}</span>`;
}

export function routesSection({ t, report, paths, omitted, view }: Context): Html {
  const checks = new Map(report.routeChecks.map((check) => [check.path, check]));
  const control = view.summary?.control ?? null;
  const rows = paths.map(
    (path) =>
      html`<tr>
        <th scope="row">
          ${routeLabel(t, path.name)}${path.name === control ? html`<br /><span class="muted">${t('report.routes.control')}</span>` : ''}
        </th>
        <td>${t(`report.route-kind.${path.kind}`)}</td>
        <td class="code">${routeWhere(path, omitted)}</td>
        <td>${checkWords(t, path, checks.get(path.name))}</td>
      </tr>`,
  );
  return html`<section>
    <h2>${t('report.routes.heading')}</h2>
    ${dataTable(
      ['report.routes.route', 'report.routes.kind', 'report.routes.where', 'report.routes.check'].map((key) => t(key)),
      rows,
    )}
  </section>`;
}

function checkWords(t: TFunction, path: PathSpec, check: RouteCheck | undefined): Html {
  if (path.kind === 'direct') return html`<span class="muted">${t('report.routes.check-direct')}</span>`;
  const badge = checkBadge(t, check);
  return check?.status === 'failed' ? html`${badge} ${failureHtml(check.failure)}` : badge;
}

/** A route check as a badge: works, does not work, not proven, or not checked. */
export function checkBadge(t: TFunction, check: RouteCheck | undefined): Html {
  return lookBadge(routeCheckLook(t, check));
}

export function inputErrorsSection({ t, report }: Context): Html {
  if (report.inputErrors.length === 0) return html``;
  const rows = report.inputErrors.map(
    (error) =>
      html`<tr>
        <td>${error.source}</td>
        <td class="code">${error.input}</td>
        <td>${t(`report.input-error.${error.code}`)}</td>
      </tr>`,
  );
  return html`<section>
    <h2>${t('report.input-errors.heading')}</h2>
    ${dataTable(
      ['source', 'entry', 'problem'].map((key) => t(`report.input-errors.${key}`)),
      rows,
    )}
  </section>`;
}
