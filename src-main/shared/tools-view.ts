import type { TFunction } from 'i18next';
import { FAILURE_CLASSES } from './failure.ts';
import { renderMessage } from './i18n/message.ts';
import type { ToolEndpoint, ToolResult, ToolsPlan } from './tools.ts';
import { hostPort } from './host-port.ts';

/**
 * "Your tools" as every view shows them (the CLI, the app, HTML and CSV exports): one
 * entry per configuration and bridge of the plan, with its result once checked, and
 * its words from the catalogs (`tools.*`). A mark and a word for each state, never a
 * colour alone.
 */

export interface ToolEntry {
  kind: 'wireguard' | 'bridge';
  name: string;
  /** What it is, in the words of its technology: `WireGuard`, `obfs4`, `vanilla`, `snowflake`. */
  technology: string;
  /** `host:port`, or '' when the line names no address. */
  where: string;
  /** Absent until checked, or when the run ended first. */
  result?: ToolResult;
}

export type ToolTone = 'ok' | 'blocked' | 'down' | 'unclear' | 'none';

export const TOOL_MARKS: Readonly<Record<ToolTone, string>> = {
  ok: '✓',
  blocked: '✗',
  down: '!',
  unclear: '?',
  none: '—',
};

export interface ToolWords {
  mark: string;
  tone: ToolTone;
  /** The state in a few plain words. */
  status: string;
  /** Why, with its figures. */
  reason: string;
  /** How sure, in one word; '' when not checked. */
  confidence: string;
  /** "Works through: dante" / "Its address answers through: office"; '' when none. */
  through: string;
}

export function endpointText(endpoint: ToolEndpoint | undefined): string {
  if (endpoint === undefined) return '';
  return hostPort(endpoint.host, endpoint.port);
}

/** The plan's tools in its order, each with its result (a report's `tools`, or a live run's so far). */
export function toolEntries(tools: ToolsPlan | null | undefined, results: readonly ToolResult[] = []): ToolEntry[] {
  const find = (kind: ToolEntry['kind'], name: string): ToolResult | undefined =>
    results.find((result) => result.kind === kind && result.name === name);
  const entry = (kind: ToolEntry['kind'], name: string, technology: string, where: string): ToolEntry => {
    const result = find(kind, name);
    return { kind, name, technology, where, ...(result === undefined ? {} : { result }) };
  };
  if (tools === undefined || tools === null) return [];
  return [
    ...tools.wireguard.map((spec) => entry('wireguard', spec.name, 'WireGuard', endpointText(spec.endpoint))),
    ...tools.bridges.map((spec) => entry('bridge', spec.name, spec.transport, endpointText(spec.address))),
  ];
}

export function toolTone(result: ToolResult | undefined): ToolTone {
  switch (result?.status) {
    case undefined:
      return 'none';
    case 'works':
    case 'handshake-done':
      return 'ok';
    case 'address-blocked':
    case 'wireguard-blocked':
    case 'connected':
    case 'no-connection':
      return 'blocked';
    case 'wrong-config':
      return 'down';
    case 'inconclusive':
    case 'cannot-check':
      return 'unclear';
  }
}

/** A failure class in words (`ui.failure.*`); a flag as text; anything else unchanged. */
function failureWords(t: TFunction, value: string | number | boolean): string | number {
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'string' && (FAILURE_CLASSES as readonly string[]).includes(value)
    ? t(`ui.failure.${value}`)
    : value;
}

export function toolWords(t: TFunction, entry: ToolEntry): ToolWords {
  const result = entry.result;
  const tone = toolTone(result);
  if (result === undefined) {
    return {
      mark: TOOL_MARKS[tone],
      tone,
      status: t('tools.not-checked'),
      reason: t('tools.not-checked.reason'),
      confidence: '',
      through: '',
    };
  }
  const params: Record<string, string | number> = { transport: entry.technology };
  for (const [name, value] of Object.entries(result.params)) params[name] = failureWords(t, value);
  const routes = result.kind === 'wireguard' ? result.restoredBy : result.reachableThrough;
  const throughKey = result.kind === 'wireguard' ? 'tools.works-through' : 'tools.reachable-through';
  const through =
    routes.length === 0 ? '' : renderMessage(t, { key: throughKey, params: { routes: routes.join(', ') } });
  return {
    mark: TOOL_MARKS[tone],
    tone,
    status: t(`tools.${result.kind}.status.${result.status}`),
    reason: renderMessage(t, { key: `tools.${result.kind}.reason.${result.reason}`, params }),
    // "Not checked" is no judgement: nothing to be sure of.
    confidence: result.status === 'cannot-check' ? '' : t(`confidence.${result.confidence}`),
    through,
  };
}
