import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Language } from '../../src-main/shared/i18n/languages.ts';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';
import { CONTROL_SITE, SLOWED_SITE, STEADY_SITE, weekdayEveningSeries } from '../support/speed-series.ts';
import { pastReport } from './history-fake.tsx';
import { renderApp } from './render-app.tsx';

/** A local Monday, so the day × hour map is the same in every time zone the tests run in. */
const MONDAY = new Date(2025, 2, 3);
/** A few hours of each day, enough for the map's states and small enough for jsdom. */
const SERIES = weekdayEveningSeries(MONDAY, 3, [9, 19]);
const REPORTS = [
  pastReport({ runId: 'r1', startedAt: new Date(2025, 2, 3, 9).toISOString(), statuses: { [SLOWED_SITE]: 'ok' } }),
  pastReport({ runId: 'r2', startedAt: new Date(2025, 2, 3, 19).toISOString(), statuses: { [SLOWED_SITE]: 'ok' } }),
];

async function openSpeed(language: Language = 'en') {
  const t = createTranslator(language);
  const rendered = renderApp({ consented: true, settings: { language }, history: { reports: REPORTS }, speed: SERIES });
  await rendered.user.click(
    within(await screen.findByRole('navigation', { name: t('ui.nav.label') })).getByRole('button', {
      name: t('history.nav'),
    }),
  );
  await rendered.user.click(screen.getByRole('button', { name: t('history.part.timeline') }));
  await screen.findByRole('heading', { name: t('pattern-ui.heading') });
  return { ...rendered, t };
}

function heatMapOf(): Element {
  const map = document.querySelector('[data-chart="heatmap"] svg[role="img"]');
  if (map === null) throw new Error('no heat map drawn');
  return map;
}

describe('speed over time', () => {
  test('the judge’s sentence, and a week heat map whose cells carry a symbol and a figure, not colour alone', async () => {
    const { t } = await openSpeed();
    expect(screen.getByText(t('pattern.site.targeted.controls-normal'))).toBeDefined();
    expect(screen.getByText(/slowed to about a tenth of normal, weekdays 19:00–20:00/)).toBeDefined();
    // Role queries over a week of cells are slow in jsdom: the chart is found by its mark, its name checked.
    const map = heatMapOf();
    expect(map.getAttribute('aria-label')).toBe(t('pattern-ui.heatmap.title', { site: SLOWED_SITE }));
    const cells = [...map.querySelectorAll('g')].map((g) => [g.querySelector('title')?.textContent, g.textContent]);
    const monday19 = cells.find(([title]) => title?.startsWith('Mon 19:00'));
    expect(monday19?.[0]).toMatch(/slowed down, 0\.1× normal speed, 3 samples/);
    expect(monday19?.[1]).toContain('X');
    expect(cells.find(([title]) => title?.startsWith('Sat 19:00'))?.[1]).toContain('o');

    const table = screen.getByText(t('pattern-ui.table.heatmap-caption', { site: SLOWED_SITE })).closest('table');
    const monday = [...(table?.querySelectorAll('tbody tr') ?? [])][0];
    expect(monday?.querySelector('th')?.textContent).toBe('Mon');
    expect(monday?.querySelectorAll('td')[19]?.textContent).toBe('X 0.1');
    expect(monday?.querySelectorAll('td')[9]?.textContent).toBe('o 1');
  });

  test('the timeline draws the site beside the neutral site, with every check’s speeds in a table', async () => {
    const { t, user } = await openSpeed();
    expect(screen.getByRole('img', { name: t('pattern-ui.timeline.title', { site: SLOWED_SITE }) })).toBeDefined();
    const table = screen.getByRole('table', { name: t('pattern-ui.table.timeline-caption', { site: SLOWED_SITE }) });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(header).toEqual(['Time', `neutral sites: ${CONTROL_SITE} (Mbit/s)`, `${SLOWED_SITE} (Mbit/s)`]);
    expect(within(table).getAllByRole('row')).toHaveLength(SERIES.runs.length + 1);

    await user.selectOptions(screen.getByRole('combobox', { name: t('pattern-ui.site') }), STEADY_SITE);
    expect(screen.getByText(t('pattern.site.steady', { samples: SERIES.runs.length }))).toBeDefined();
    expect(screen.getByRole('img', { name: t('pattern-ui.timeline.title', { site: STEADY_SITE }) })).toBeDefined();
  });

  test.each(['az', 'ru'] as const)(
    'in %s: the judge, the charts and their tables speak the language',
    async (language) => {
      const { t } = await openSpeed(language);
      expect(screen.getByText(t('pattern.site.targeted.controls-normal'))).toBeDefined();
      const map = screen.getByRole('img', { name: t('pattern-ui.heatmap.title', { site: SLOWED_SITE }) });
      const titles = [...map.querySelectorAll('g > title')].map((title) => title.textContent);
      expect(titles).toContain(
        t('pattern-ui.cell', {
          day: t('pattern.day.0'),
          time: '19:00',
          state: t('pattern-ui.state.slowed'),
          speed: 0.1,
          samples: 3,
        }),
      );
      expect(
        screen.getByRole('table', { name: t('pattern-ui.table.timeline-caption', { site: SLOWED_SITE }) }),
      ).toBeDefined();
      expect(t('pattern-ui.heading')).not.toBe(createTranslator('en')('pattern-ui.heading'));
    },
  );
});
