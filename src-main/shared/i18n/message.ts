import type { TFunction } from 'i18next';
import { VERDICT_STATUSES, type PathVerdict, type SummaryMessage, type VerdictStatus } from '../verdict.ts';
import { EN } from './en.ts';

/** The words of one verdict, ready to show. */
export interface VerdictText {
  /** The status in a few plain words ("Blocked by site name"). */
  name: string;
  /** What the status means for the person. */
  explain: string;
  /** What gets through it. */
  helps: string;
  /** The technical detail: the rule that decided, with its figures. */
  reason: string;
  /** How sure the verdict is, in one word. */
  confidence: string;
}

type Params = Record<string, string | number | boolean>;

const ENGLISH: Readonly<Record<string, string>> = EN;
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/** The English strings of a key: the key itself, or its plural forms. */
function englishForms(key: string): string[] {
  const plain = ENGLISH[key];
  if (plain !== undefined) return [plain];
  return PLURAL_SUFFIXES.flatMap((suffix) => ENGLISH[key + suffix] ?? []);
}

/** The `{{parameter}}` names of a key, from the English catalog (every language has the same). */
export function catalogParameters(key: string): string[] {
  const names = new Set<string>();
  for (const text of englishForms(key)) {
    for (const match of text.matchAll(/\{\{([^}]+)\}\}/g)) {
      const name = match[1]?.split(',')[0]?.trim();
      if (name !== undefined && name !== '') names.add(name);
    }
  }
  return [...names];
}

/**
 * Translates a key with its parameters. i18next leaves `{{x}}` in the text when `x`
 * is not given, so every parameter the key names starts as ''. Values go through
 * `replace` so that a parameter can never be mistaken for an i18next option
 * (`lng`, `defaultValue`…); `count` is also given on its own to pick the plural form.
 */
function translate(t: TFunction, key: string, params: Params): string {
  const replace: Params = {};
  for (const name of catalogParameters(key)) replace[name] = '';
  Object.assign(replace, params);
  const count = params['count'];
  return count === undefined ? t(key, { replace }) : t(key, { count, replace });
}

function isVerdictStatus(value: unknown): value is VerdictStatus {
  return typeof value === 'string' && (VERDICT_STATUSES as readonly string[]).includes(value);
}

/** A count as a number (i18next picks no plural form for "3"); anything else unchanged. */
function asCount(value: string | number): string | number {
  if (typeof value === 'number') return value;
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

/**
 * One summary sentence in the translator's language. A `status` parameter is a
 * verdict status code and is shown by its name; `count` chooses the plural form.
 */
export function renderMessage(t: TFunction, message: SummaryMessage): string {
  const params: Params = {};
  for (const [name, value] of Object.entries(message.params)) {
    if (name === 'status' && isVerdictStatus(value)) params[name] = t(`status.${value}`);
    else if (name === 'count') params[name] = asCount(value);
    else params[name] = value;
  }
  return translate(t, message.key, params);
}

/** A verdict about a host a redirect led to says which one. */
function withHop(t: TFunction, reason: string, hop: unknown): string {
  return typeof hop === 'string' && hop !== '' ? `${reason} ${translate(t, 'detail.redirect-hop', { hop })}` : reason;
}

/**
 * The words of one verdict in the translator's language. The reason is rendered
 * with the verdict's figures (a missing figure renders as nothing).
 */
export function verdictText(t: TFunction, verdict: PathVerdict): VerdictText {
  return {
    name: t(`status.${verdict.status}`),
    explain: t(`status.${verdict.status}.explain`),
    helps: t(`status.${verdict.status}.helps`),
    reason: withHop(t, translate(t, `reason.${verdict.reason}`, verdict.params), verdict.params['hop']),
    confidence: t(`confidence.${verdict.confidence}`),
  };
}
