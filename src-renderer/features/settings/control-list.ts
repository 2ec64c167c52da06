import { DEFAULT_CONTROLS, MAX_CONTROLS } from '../../../src-main/shared/controls.ts';
import { parseTarget } from '../../../src-main/shared/target.ts';

/** Why a neutral site is in Detour's own set, by address: each default has its words in the catalogs. */
const DEFAULT_SOURCES: Readonly<Record<string, string>> = {
  'https://example.com/': 'ui.controls.source.example',
  'https://1.1.1.1/': 'ui.controls.source.address',
  'https://www.apple.com/library/test/success.html': 'ui.controls.source.apple',
  'http://detectportal.firefox.com/success.txt': 'ui.controls.source.firefox',
  'http://connectivitycheck.gstatic.com/generate_204': 'ui.controls.source.android',
};

/** The catalog key saying where a neutral site comes from: Detour's own set, or the user. */
export function controlSourceKey(url: string): string {
  return DEFAULT_SOURCES[url] ?? 'ui.controls.source.own';
}

/** Every default has its source said (a test holds DEFAULT_CONTROLS to it). */
export function defaultsWithoutSource(): string[] {
  return DEFAULT_CONTROLS.map((site) => site.url).filter((url) => DEFAULT_SOURCES[url] === undefined);
}

/** A message for the user: a catalog key, its parameters, and the key of its reason when it has one. */
export interface ControlMessage {
  key: string;
  params: Record<string, string | number>;
  reason?: string;
}

export type ControlChange = { ok: true; controls: string[]; url: string } | { ok: false; error: ControlMessage };

/**
 * The list with one more neutral site, or the one reason it cannot be added. The
 * address is kept as the engine reads it (`example.org` becomes `https://example.org/`),
 * so the same site typed twice is caught. An address with a user name or password is
 * refused: the neutral sites go into every report and the history.
 */
export function addControl(current: readonly string[], input: string): ControlChange {
  const typed = input.trim();
  const parsed = parseTarget(typed);
  if (!parsed.ok) {
    const error = {
      key: 'ui.controls.error.invalid',
      params: { input: typed },
      reason: `ui.target.error.${parsed.code}`,
    };
    return { ok: false, error };
  }
  if (parsed.target.kind !== 'url')
    return { ok: false, error: { key: 'ui.controls.error.not-web', params: { input: typed } } };
  const url = new URL(parsed.target.url);
  if (url.username !== '' || url.password !== '') {
    return { ok: false, error: { key: 'ui.controls.error.credentials', params: { input: url.host } } };
  }
  if (current.includes(url.href))
    return { ok: false, error: { key: 'ui.controls.error.duplicate', params: { url: url.href } } };
  if (current.length >= MAX_CONTROLS) {
    return { ok: false, error: { key: 'ui.controls.error.full', params: { max: MAX_CONTROLS } } };
  }
  return { ok: true, controls: [...current, url.href], url: url.href };
}

/** The list without one site; the last one stays (a run needs a neutral site, or offline cannot be told). */
export function removeControl(current: readonly string[], url: string): ControlChange {
  if (current.length <= 1) return { ok: false, error: { key: 'ui.controls.error.last', params: {} } };
  return { ok: true, controls: current.filter((entry) => entry !== url), url };
}
