import type { TFunction } from 'i18next';
import { busyWindowLines, patternMessage, siteWindowLines, slotLegend } from '../../core/view/pattern-words.ts';
import { DIRECT_ROUTE_NAME } from '../../core/view/labels.ts';
import { heatMapLayout, megabits, timelineLayout } from '../../core/view/speed-charts.ts';
import { heatMapSvg, timelineSvg } from '../../core/view/speed-svg.ts';
import { dayName, heatMapWords, timelineWords } from '../../core/view/speed-words.ts';
import { isWeekGrid } from '../../core/judge/time-slots.ts';
import { createTranslator } from '../../shared/i18n/index.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { SpeedPattern } from '../../shared/ipc/pattern.ts';
import type { SitePattern } from '../../shared/time-pattern.ts';
import { dataTable, html, trustedHtml, type Html } from './html-template.ts';
import { documentHtml } from './html.ts';

/**
 * The history's speed pattern as a page of its own (a history, not one run, holds a
 * series): the judge's sentences, and per site its week heat map and its speed beside
 * the neutral sites, the same SVG as the app draws (core/view/speed-svg.ts), each
 * with its figures in a table, so the picture is never the only way to read them.
 */
export function renderSpeedPatternHtml(speed: SpeedPattern, language: Language): string {
  const t = createTranslator(language);
  const { pattern } = speed;
  const title = t('pattern-ui.heading');
  const connection = html`<section>
    <h2>${t('pattern.connection.heading')}</h2>
    <p>${patternMessage(t, pattern.connection.message)}</p>
    ${windowList(busyWindowLines(t, pattern.grid, pattern.connection))}
  </section>`;
  const body =
    pattern.sites.length === 0
      ? html`<h1>${title}</h1>
          <p>${t('pattern-ui.empty')}</p>`
      : html`<h1>${title}</h1>
          <p class="lead">${t('pattern-ui.intro')}</p>
          ${connection} ${pattern.sites.map((site) => siteSection(t, language, speed, site))}
          <p>${slotLegend(t)}</p>`;
  return documentHtml({ language }, title, body);
}

function siteSection(t: TFunction, language: Language, speed: SpeedPattern, site: SitePattern): Html {
  const { grid } = speed.pattern;
  const name = site.route === DIRECT_ROUTE_NAME ? site.site : `${site.site} (${site.route})`;
  const layout = heatMapLayout(grid, site.cells);
  const week = isWeekGrid(grid);
  const heatTitle = t('pattern-ui.heatmap.title', { site: name });
  // Both SVG texts escape every word they hold (escapeXml).
  const heat = trustedHtml(heatMapSvg(layout, heatMapWords(t, heatTitle, grid.slotMinutes, week)));
  const words = timelineWords(t, site.site, language);
  const timeline = trustedHtml(timelineSvg(timelineLayout(speed.lines, site.site, site.route), words));
  const hours = layout.cells.filter((cell) => cell.row === 0);
  const heatRows = layout.rows.map(
    ({ row }) =>
      html`<tr>
        <th scope="row">${dayName(t, row, week)}</th>
        ${layout.cells
          .filter((cell) => cell.row === row)
          .map((cell) => html`<td>${cell.symbol}${cell.relativeSpeed === null ? '' : ` ${cell.relativeSpeed}`}</td>`)}
      </tr>`,
  );
  const drawn = speed.lines.filter((line) => line.route === site.route && (line.control || line.site === site.site));
  const times = [...new Set(drawn.flatMap((line) => line.points.map((p) => p.at)))].sort(
    (a, b) => Date.parse(a) - Date.parse(b),
  );
  const timeRows = times.map(
    (at) =>
      html`<tr>
        <th scope="row">${words.time(at)}</th>
        ${drawn.map((line) => {
          const point = line.points.find((p) => p.at === at);
          return html`<td>${point === undefined ? '–' : megabits(point.bytesPerSecond)}</td>`;
        })}
      </tr>`,
  );
  return html`<section>
    <h2>${name}</h2>
    <p>${patternMessage(t, site.message)}</p>
    ${windowList(siteWindowLines(t, grid, site))}
    <figure>
      ${heat}
      <details>
        <summary>${t('pattern-ui.table.show')}</summary>
        ${dataTable(
          [t('pattern-ui.table.day'), ...hours.map((cell) => String((cell.column * grid.slotMinutes) / 60))],
          heatRows,
        )}
      </details>
    </figure>
    <figure>
      ${timeline}
      <details>
        <summary>${t('pattern-ui.table.show')}</summary>
        ${dataTable(
          [
            t('pattern-ui.table.when'),
            ...drawn.map((line) =>
              t('pattern-ui.table.speed', { name: line.control ? `${words.controls}: ${line.site}` : line.site }),
            ),
          ],
          timeRows,
        )}
      </details>
    </figure>
  </section>`;
}

function windowList(lines: readonly string[]): Html {
  return lines.length === 0
    ? html``
    : html`<ul>
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>`;
}
