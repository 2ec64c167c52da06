import type { TFunction } from 'i18next';
import { createTranslator } from '../../shared/i18n/index.ts';
import type { Observation } from '../../shared/observation.ts';
import type { PathSpec } from '../../shared/path.ts';
import type { Report } from '../../shared/report.ts';
import type { Target } from '../../shared/target.ts';
import { targetNamer } from '../../core/view/site-name.ts';
import { APP_VERSION } from '../version.ts';
import { detailsSection } from './html-evidence.ts';
import { handoutSection } from './html-handout.ts';
import { inputErrorsSection, matrixSection, routesSection, summarySection } from './html-overview.ts';
import { breakableAddress, html, trustedHtml, type Html, type HtmlValue } from './html-template.ts';
import { toolsSection } from './html-tools.ts';
import type { OmitChoice } from '../../shared/ipc/sharing.ts';
import { STYLE } from './styles.ts';
import { Formats, viewOf, type ExportOptions, type ReportView } from './view.ts';

/**
 * The report as one self-contained HTML file: no script, no request (the policy
 * below forbids both), inline CSS and SVG, printable. The summary comes first, then
 * the sites × routes matrix, the user's own tools (html-tools.ts), the routes, and each
 * site's evidence.
 *
 * Here: the page around the sections, the run's facts and notices at its head, its
 * footer, and the Context every section reads from. The sections themselves are in
 * html-overview.ts (summary, matrix, routes, input errors) and html-evidence.ts.
 */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Written as it is (a constant of ours, with no character to escape), so it reads the same in the file. */
const CSP_META = trustedHtml(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`);

export function renderReportHtml(report: Report, options: ExportOptions): string {
  const context = new Context(viewOf(report), options);
  const { t } = context;
  const title = t('report.title');
  const opening = options.handout === true && report.targets.length > 0 ? handoutSection(context) : '';
  const evidence = options.evidence === false ? evidenceLeftOut(context) : detailsSection(context);
  const body = html`${opening}
    <header>
      <h1>${title}</h1>
      <p class="lead">${t('report.lead')}</p>
      ${runFacts(context)} ${notices(context)}
    </header>
    ${sitesSections(context)} ${toolsSection(context)} ${routesSection(context)} ${inputErrorsSection(context)}
    ${evidence} ${footer(context)}`;
  return documentHtml(options, `${title} — ${context.formats.date(report.startedAt)}`, body);
}

/** Where the evidence would be: a line saying it was left out, and how to get it. */
function evidenceLeftOut({ t }: Context): Html {
  return html`<p class="notice">${t('handout.evidence-left-out')}</p>`;
}

/** The summary and the matrix of the sites; a run of tools alone has neither. */
function sitesSections(context: Context): Html {
  if (context.report.targets.length === 0) return html``;
  return html`${summarySection(context)} ${matrixSection(context)}`;
}

/** The page around a body: language, character set, the no-script policy, the style sheet. */
export function documentHtml(options: ExportOptions, title: string, body: Html): string {
  return `<!doctype html>\n${
    html`<html lang="${options.language}">
      <head>
        <meta charset="utf-8" />
        ${CSP_META}
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Detour ${APP_VERSION}" />
        <title>${title}</title>
        ${STYLE}
      </head>
      <body>
        ${body}
      </body>
    </html> `.value
  }`;
}

/** What every section of the page reads: the report, its view, the reader's language. */
export class Context {
  readonly view: ReportView;
  readonly report: Report;
  readonly t: TFunction;
  readonly formats: Formats;
  readonly omitted: readonly OmitChoice[];
  readonly paths: readonly PathSpec[];
  readonly #nameOf: (target: Target) => string;

  constructor(view: ReportView, options: ExportOptions) {
    this.view = view;
    this.report = view.report;
    this.t = createTranslator(options.language);
    this.#nameOf = targetNamer(this.t, view.report);
    this.formats = new Formats(options.language, options.timeZone);
    this.omitted = options.omitted ?? [];
    this.paths = view.report.plan.paths;
  }

  /**
   * A site as the page names it: a built-in target by its brand and kind ("Telegram —
   * app servers 1"), with its raw address after it in small type where `address` asks
   * for it (the technical sections); any other as the user wrote it.
   */
  siteName(target: Target, address: boolean): Html {
    const name = this.#nameOf(target);
    if (name === target.input) return breakableAddress(name);
    return address ? html`${name} <span class="muted code">${breakableAddress(target.input)}</span>` : html`${name}`;
  }

  /** The observations of one target, in the order they started. */
  observationsOf(targetId: string): Observation[] {
    return this.report.observations
      .filter((o) => o.targetId === targetId)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  }
}

function runFacts({ t, report, formats, paths }: Context): Html {
  const fact = (term: string, value: HtmlValue): Html =>
    html`<dt>${term}</dt>
      <dd>${value}</dd>`;
  return html`<dl class="meta">
    ${fact(t('report.meta.started'), formats.date(report.startedAt))}
    ${report.endedAt === undefined ? '' : fact(t('report.meta.ended'), formats.date(report.endedAt))}
    ${fact(t('report.meta.state'), t(`report.run-status.${report.status}`))}
    ${fact(t('report.meta.measured'), `${t('report.meta.targets', { count: report.targets.length })}, ${t('report.meta.routes', { count: paths.length })}`)}
    ${fact(t('report.meta.system'), `${report.platform.os} ${report.platform.arch}`)}
  </dl>`;
}

function notices({ t, view, report, omitted, formats }: Context): Html[] {
  const out: Html[] = [];
  if (report.status !== 'completed') out.push(html`<p class="notice">${t(`report.notice.${report.status}`)}</p>`);
  if (view.rejudged) out.push(html`<p class="notice">${t('report.notice.rejudged')}</p>`);
  if (omitted.length > 0) {
    const what = omitted.map((choice) => t(`report.omit.${choice}`));
    out.push(html`<p class="notice">${t('report.notice.omitted', { what: formats.list(what) })}</p>`);
  }
  return out;
}

function footer({ t, report }: Context): Html {
  return html`<footer>
    <p>${t('report.footer.made', { version: report.app.version, schema: report.schemaVersion, run: report.runId })}</p>
    <p>${t('report.footer.offline')}</p>
  </footer>`;
}
