import { describe, expect, test } from 'vitest';
import { speedPatternOf } from '../../../../src-main/core/view/speed-lines.ts';
import { heatMapLayout, timelineLayout } from '../../../../src-main/core/view/speed-charts.ts';
import { heatMapSvg, timelineSvg } from '../../../../src-main/core/view/speed-svg.ts';
import { heatMapWords, timelineWords } from '../../../../src-main/core/view/speed-words.ts';
import { renderSpeedPatternHtml } from '../../../../src-main/engine/export/index.ts';
import { createTranslator } from '../../../../src-main/shared/i18n/index.ts';
import { CONTROL_SITE, SLOWED_SITE, weekdayEveningSeries } from '../../../support/speed-series.ts';

const MONDAY = new Date(2025, 2, 3);
const OFFSET = -MONDAY.getTimezoneOffset();
const SPEED = speedPatternOf(weekdayEveningSeries(MONDAY, 3, [9, 19]), { utcOffsetMinutes: OFFSET });
const t = createTranslator('en');
const slowed = SPEED.pattern.sites.find((site) => site.site === SLOWED_SITE);

describe('the speed charts as SVG text', () => {
  test('a heat map: a cell per hour of the week, each with its colour, its symbol and its words', () => {
    const layout = heatMapLayout(SPEED.pattern.grid, slowed?.cells ?? []);
    const svg = heatMapSvg(layout, heatMapWords(t, 'Week <of> "news"', 60, true));
    expect(svg.match(/<rect /g)).toHaveLength(7 * 24);
    expect(svg).toContain('aria-label="Week &#60;of&#62; &#34;news&#34;"');
    // Monday 19:00 is slowed: dark red, an X, and its words in its title.
    expect(svg).toMatch(
      /<title>Mon 19:00: slowed down, 0\.1× normal speed, 3 samples<\/title><rect [^>]*fill="#b2182b"\/><text [^>]*>X<\/text>/,
    );
    expect(svg).toMatch(/<title>Sat 19:00: normal, 1× normal speed, 3 samples<\/title><rect [^>]*fill="#d9f0d3"\/>/);
    expect(svg).toContain('<title>Mon 03:00: no sample</title>');
  });

  test('a timeline: the site solid over the neutral site dashed, speeds up from zero, times across', () => {
    const layout = timelineLayout(SPEED.lines, SLOWED_SITE, 'direct');
    expect(layout.lines.map((line) => [line.site, line.control])).toEqual([
      [CONTROL_SITE, true],
      [SLOWED_SITE, false],
    ]);
    expect(layout.yTicks[0]).toEqual({ y: layout.plot.bottom, megabitsPerSecond: 0 });
    // The control at 4 Mbit/s and a little more: the axis tops at the next round figure.
    expect(layout.yTicks.at(-1)?.megabitsPerSecond).toBe(5);
    const svg = timelineSvg(layout, timelineWords(t, SLOWED_SITE, 'en'));
    expect(svg).toContain('stroke-dasharray="5 4"');
    expect(svg).toContain(`<title>neutral sites: ${CONTROL_SITE}</title>`);
    expect(svg.match(/<circle /g)).toHaveLength(42 + 1);
  });

  test('the history page: the judge’s words and both charts per site, with their tables, in Russian', () => {
    const page = renderSpeedPatternHtml(SPEED, 'ru');
    const ru = createTranslator('ru');
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain(ru('pattern.site.targeted.controls-normal'));
    expect(page.match(/class="speed-heatmap"/g)).toHaveLength(2);
    expect(page.match(/class="speed-timeline"/g)).toHaveLength(2);
    expect(page.match(/<table>/g)).toHaveLength(4);
    expect(page).not.toContain('<script');
    // The speed axis writes numbers the reader's way: a decimal comma in Russian.
    expect(page).toContain('>3,75</text>');
    expect(page).not.toContain('>3.75</text>');
  });
});
