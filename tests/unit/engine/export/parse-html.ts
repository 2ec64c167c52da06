import { createRequire } from 'node:module';

/**
 * A parsed page to inspect, through jsdom (which ships no type declarations, and the
 * Node test project has no DOM library): only the parts these tests use, typed here.
 */
export interface ParsedElement {
  readonly textContent: string | null;
  readonly attributes: Iterable<{ readonly name: string; readonly value: string }>;
  readonly children: Iterable<ParsedElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): ParsedElement | null;
  querySelectorAll(selector: string): Iterable<ParsedElement> & { readonly length: number };
}

export interface ParsedDocument extends ParsedElement {
  readonly body: ParsedElement;
}

interface JsdomModule {
  JSDOM: new (html: string) => { window: { document: ParsedDocument } };
}

const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

export function parseHtml(page: string): ParsedDocument {
  return new JSDOM(page).window.document;
}

/** Every attribute of every element, as name=value. */
export function attributes(document: ParsedDocument): string[] {
  return [...document.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
  );
}

/** Text as a reader sees it: white space collapsed, none at the ends. */
export function words(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Markup without the line breaks and indentation of the source templates. */
export function squash(markup: string): string {
  return markup
    .replace(/\s*\n\s*</g, '<')
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*/g, ' ');
}
