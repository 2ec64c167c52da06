import { join } from 'node:path';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { TFunction } from 'i18next';
import { MARKS } from '../../src-main/core/view/verdict-look.ts';
import { createTranslator, type Language } from '../../src-main/shared/i18n/index.ts';
import { VERDICT_STATUSES } from '../../src-main/shared/verdict.ts';

type Screen = 'home' | 'targets' | 'routes' | 'settings';

/** The symbols a finished cell shows beside its word: the one table of marks (core/view/verdict-look.ts). */
const VERDICT_SYMBOLS = Object.values(MARKS);

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The app as a person uses it, found by roles and the accessible names of the current
 * language, which the tests take from the same catalogs as the app: a string that is
 * missing or wrong in a language makes the test fail.
 */
export class DetourPage {
  language: Language = 'en';
  t: TFunction = createTranslator('en');

  readonly page: Page;
  private readonly testInfo: TestInfo;

  constructor(page: Page, testInfo: TestInfo) {
    this.page = page;
    this.testInfo = testInfo;
  }

  languageChooser(): Locator {
    return this.page.getByRole('combobox', { name: this.t('ui.settings.language') });
  }

  /** Each language by its own name, as the chooser lists them: names, the same in every language. */
  async languageNames(): Promise<string[]> {
    return this.languageChooser().getByRole('option').allInnerTexts();
  }

  /** Chooses a language in the header, as the first thing on the notice or anywhere later. */
  async switchLanguage(language: Language): Promise<void> {
    await this.languageChooser().selectOption(language);
    this.language = language;
    this.t = createTranslator(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  heading(key: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t(key), exact: true });
  }

  button(key: string, params?: Record<string, string | number>): Locator {
    return this.page.getByRole('button', { name: this.t(key, params ?? {}), exact: true });
  }

  navigation(): Locator {
    return this.page.getByRole('navigation', { name: this.t('ui.nav.label') });
  }

  async acceptNotice(): Promise<void> {
    await expect(this.heading('ui.consent.title')).toBeVisible();
    await this.button('ui.consent.accept').click();
    await expect(this.heading('ui.home.title')).toBeVisible();
  }

  async goTo(screen: Screen): Promise<void> {
    await this.navigation()
      .getByRole('button', { name: this.t(`ui.nav.${screen}`), exact: true })
      .click();
    const titles: Record<Screen, string> = {
      home: 'ui.home.title',
      targets: 'ui.targets.title',
      routes: 'ui.routes.title',
      settings: 'ui.settings.title',
    };
    await expect(this.heading(titles[screen])).toBeVisible();
  }

  /** Pastes the sites, one a line, on the Sites screen. */
  async addSites(sites: readonly string[]): Promise<void> {
    await this.goTo('targets');
    await this.page.getByRole('textbox', { name: this.t('ui.targets.add-label') }).fill(sites.join('\n'));
    await this.button('ui.targets.add').click();
    await expect(
      this.page.getByRole('status').filter({ hasText: this.t('ui.targets.added', { count: sites.length }) }),
    ).toBeVisible();
  }

  async removeSite(site: string): Promise<void> {
    await this.goTo('targets');
    await this.button('ui.targets.remove-label', { target: site }).click();
    await expect(this.button('ui.targets.remove-label', { target: site })).toHaveCount(0);
  }

  /** Fills the route form and saves it; the caller checks what came of it. */
  async submitRoute(name: string, address: string): Promise<void> {
    await this.page.getByRole('textbox', { name: this.t('ui.routes.name'), exact: true }).fill(name);
    await this.routeAddress().fill(address);
    await this.button('ui.routes.save').click();
  }

  routeAddress(): Locator {
    return this.page.getByRole('textbox', { name: this.t('ui.routes.address'), exact: true });
  }

  async addRoute(name: string, address: string): Promise<void> {
    await this.goTo('routes');
    await this.submitRoute(name, address);
    await expect(this.page.getByRole('status').filter({ hasText: this.t('ui.routes.saved', { name }) })).toBeVisible();
    await expect(this.button('ui.routes.remove-label', { name })).toBeVisible();
  }

  async setTimeoutSeconds(seconds: number): Promise<void> {
    await this.goTo('settings');
    await this.page.getByRole('textbox', { name: this.t('ui.settings.timeout'), exact: true }).fill(String(seconds));
    await this.button('ui.settings.save').click();
    await expect(this.page.getByRole('status').filter({ hasText: this.t('ui.settings.saved') })).toBeVisible();
  }

  /** Presses Diagnose on the start screen; a run of quick sites may be over before progress shows. */
  async pressDiagnose(): Promise<void> {
    await this.goTo('home');
    await this.button('ui.home.diagnose').click();
  }

  /** Presses Diagnose and waits for the progress screen: for runs with a site that takes its time. */
  async diagnose(): Promise<void> {
    await this.pressDiagnose();
    await expect(this.heading('ui.progress.title')).toBeVisible();
  }

  progressCount(done: number, total: number): Locator {
    return this.page.getByRole('status').filter({ hasText: this.t('ui.progress.count', { done, total }) });
  }

  /** The grid's row of one site. */
  row(table: Locator, site: string): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: site, exact: true }) });
  }

  progressMatrix(): Locator {
    return this.page.getByRole('table', { name: this.t('ui.progress.matrix') });
  }

  resultMatrix(): Locator {
    return this.page.getByRole('table', { name: this.t('ui.result.matrix') });
  }

  /** Opens the result's route-by-route detail: the summary's sentences and the routes' checks. */
  async openResultDetails(): Promise<void> {
    await this.page.getByText(this.t('advice.details'), { exact: true }).click();
    await expect(this.page.getByRole('list', { name: this.t('ui.result.summary') })).toBeVisible();
  }

  /** A finished cell: a symbol and a verdict word in the current language. */
  verdictCell(): RegExp {
    const words = [
      ...VERDICT_STATUSES.map((status) => this.t(`status.${status}`)),
      this.t('ui.verdict.refused-or-blocked-unencrypted'),
    ].map(escapeRegExp);
    const symbols = VERDICT_SYMBOLS.map(escapeRegExp);
    return new RegExp(`^\\s*(${symbols.join('|')})\\s*(${words.join('|')})\\s*$`, 'u');
  }

  /** A cell of a finished site, as its button (it opens the evidence). */
  cellButton(site: string, route: string): Locator {
    const routeShown = route === 'direct' ? this.t('ui.route.direct') : route;
    const label = this.t('ui.matrix.cell-label', { target: site, route: routeShown, status: '§' });
    const [before = '', after = ''] = label.split('§');
    return this.page.getByRole('button', {
      name: new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after)}$`, 'u'),
    });
  }

  /** The page's text as shown, for the language checks. */
  async visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }

  /** A full-page PNG, one of the run's artifacts: test-results/e2e/screenshots/<screen>-<language>.png. */
  async screenshot(screen: string): Promise<void> {
    const path = join(this.testInfo.project.outputDir, 'screenshots', `${screen}-${this.language}.png`);
    await this.page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  }
}
