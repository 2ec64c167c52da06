import { cleanup, render, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test } from 'vitest';
import { TONES } from '../../src-main/core/view/verdict-look.ts';
import { LANGUAGES, type Language } from '../../src-main/shared/i18n/languages.ts';
import type { Report } from '../../src-main/shared/report.ts';
import { VERDICT_STATUSES } from '../../src-main/shared/verdict.ts';
import { createUiI18n } from '../../src-renderer/app/i18n.ts';
import { RunMatrix } from '../../src-renderer/features/run/RunMatrix.tsx';
import { expectedLook, reportOfEveryStatus, siteOf, type Shown } from './every-status.ts';

afterEach(cleanup);

/** The app's result grid (RunMatrix over the report, as the result screen draws it). */
function appCells(report: Report, language: Language): Map<string, Shown> {
  const view = render(
    <I18nextProvider i18n={createUiI18n(language)}>
      <RunMatrix report={report} caption="every status" />
    </I18nextProvider>,
  );
  const cells = new Map<string, Shown>(
    VERDICT_STATUSES.map((status) => {
      const row = view.getByRole('row', { name: new RegExp(`^${siteOf(status).replaceAll('.', '\\.')}`) });
      const badge = within(row).getAllByRole('cell')[0]?.firstElementChild;
      const mark = badge?.querySelector('[aria-hidden="true"]')?.textContent ?? '';
      // CSS modules name a class `_broken_<hash>` (or `broken`, unhashed).
      const classes = badge?.className.split(/\s+/) ?? [];
      const tone = TONES.find((name) => classes.some((c) => c === name || c.startsWith(`_${name}_`)));
      return [status, { mark, words: (badge?.textContent ?? '').slice(mark.length).trim(), ...(tone && { tone }) }];
    }),
  );
  view.unmount();
  return cells;
}

describe('every verdict reads in the app as in the CLI and the HTML export', () => {
  test.each(LANGUAGES)('in %s: the mark, words and tone of the one view model for every status', (language) => {
    const app = appCells(reportOfEveryStatus(), language);
    for (const status of VERDICT_STATUSES) {
      expect({ status, ...app.get(status) }).toEqual({ status, ...expectedLook(status, language) });
    }
  });
});
