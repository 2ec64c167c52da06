import { adviceFor } from '../../core/view/advice.ts';
import { adviceText } from '../../core/view/advice-text.ts';
import { networkLabel, routeList } from '../../core/view/labels.ts';
import { verdictLook } from '../../core/view/verdict-look.ts';
import { needsAnotherRoute, type RunSummary } from '../../shared/verdict.ts';
import type { Context } from './html.ts';
import { lookBadge } from './html-overview.ts';
import { dataTable, html, type Html } from './html-template.ts';

/**
 * Page 1 of a PDF: a handout a person can give away. What to do first, in one
 * sentence; when, on what network, and whether calls work; then each blocked site
 * with how it is blocked and what opens it. No system details and no evidence: those
 * follow on the next pages, after a page break.
 */
export function handoutSection(context: Context): Html {
  const { t, view, report, formats } = context;
  const summary = view.summary;
  const fact = (term: string, value: string): Html =>
    html`<dt>${term}</dt>
      <dd>${value}</dd>`;
  return html`<section class="handout">
      <h1>${t('handout.title')}</h1>
      <p class="advice">${adviceSentence(context)}</p>
      <dl class="meta">
        ${fact(t('handout.when'), formats.date(report.startedAt))}
        ${summary === undefined ? '' : fact(t('handout.network'), networkLabel(t, summary.network))}
        ${summary === undefined ? '' : fact(t('handout.calls'), callsWords(context, summary))}
      </dl>
      <h2>${t('handout.blocked.heading')}</h2>
      ${blockedTable(context)}
      <p class="muted">${t('handout.more')}</p>
    </section>
    <div class="page-break"></div>`;
}

/**
 * What to do, in the sentence the app's result and the CLI lead with (core/view/advice.ts),
 * from the verdicts as this export judged them (an interrupted run's included).
 */
function adviceSentence({ t, view, report }: Context): string {
  const targets = report.targets.map((entry) => ({ ...entry, verdict: view.verdicts.get(entry.target.id) }));
  const advice = adviceFor({ plan: report.plan, targets, summary: view.summary });
  return advice === null ? t('handout.advice.unjudged') : adviceText(t, advice.action);
}

/** The run's calls in a sentence: the summary's own words, which name the routes that restore them. */
function callsWords({ t }: Context, summary: RunSummary): string {
  const { status, restoredBy } = summary.calls;
  if (status === 'not-tested') return t('handout.calls.not-tested');
  if (status === 'blocked' && restoredBy.length > 0) {
    return t('summary.calls-restored', { routes: routeList(t, restoredBy) });
  }
  return t(`summary.calls-${status}`);
}

/** Every site blocked (or refused) on the user's own connection, with what opens it. */
function blockedTable(context: Context): Html {
  const { t, view, report } = context;
  const rows = report.targets.flatMap(({ target }) => {
    const verdict = view.verdicts.get(target.id);
    const direct = verdict?.direct;
    if (verdict === undefined || direct === undefined || !needsAnotherRoute(direct.status)) return [];
    const opens =
      verdict.restoredBy.length === 0 ? t('handout.blocked.opens-nothing') : routeList(t, verdict.restoredBy);
    return [
      html`<tr>
        <th scope="row">${context.siteName(target, false)}</th>
        <td>${lookBadge(verdictLook(t, direct))}</td>
        <td>${opens}</td>
      </tr>`,
    ];
  });
  if (rows.length === 0) return html`<p>${t('handout.blocked.none')}</p>`;
  return dataTable(
    ['handout.blocked.site', 'handout.blocked.how', 'handout.blocked.opens'].map((key) => t(key)),
    rows,
    'handout-sites',
  );
}
