import { createRequire } from 'node:module';
import { SourceError } from '../errors.js';

// linkedom and @mozilla/readability are loaded through require with the few DOM types we use declared
// here: their own declarations need TypeScript's DOM library, which this Node project does not load
// (and linkedom's fail the strict check even with it).
const require = createRequire(import.meta.url);

/** The part of a DOM node that Herald reads. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** An element: attributes, selectors, removal. */
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** A parsed HTML document. */
export interface DomDocument extends DomElement {
  body: DomElement | null;
  title: string;
}

interface ReadabilityResult {
  title?: string | null;
  content?: DomElement | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

const linkedom = require('linkedom') as { parseHTML(html: string): { document: DomDocument } };
const readability = require('@mozilla/readability') as {
  Readability: new (
    doc: DomDocument,
    options: { serializer: (n: DomElement) => DomElement; maxElemsToParse: number },
  ) => { parse(): ReadabilityResult | null };
};

/** Deeper nesting than this is refused before parsing: linkedom's parse time grows with its square. */
export const MAX_NESTING = 1000;
// Elements whose end tag may be left out: they do not nest in a sloppy page, so they are not counted.
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** How deeply tags nest in raw HTML, estimated in one linear scan (script and style contents skipped). */
export function nestingOf(html: string, limit = MAX_NESTING): number {
  // The name is taken whole (the lookahead): without it a "<" before a long word and no ">" was
  // retried with every shorter name, each reading to the word's end, quadratic in the word.
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?![a-zA-Z0-9-])[^<>]*?(\/?)>/g;
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (m[1] === '' && (name === 'script' || name === 'style')) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (OPTIONAL_END.has(name) || VOID.has(name) || m[3] === '/') continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest && (deepest = depth) > limit) break;
  }
  return deepest;
}

/** Parses an HTML document (or fragment: it is wrapped in a body). Throws SourceError when it nests absurdly deep. */
export function parseHtml(html: string): DomDocument {
  if (nestingOf(html) > MAX_NESTING)
    throw new SourceError('no-article', `cannot read the page: tags nested more than ${MAX_NESTING} deep`);
  const full = /<html[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return linkedom.parseHTML(full).document;
}

/** Readability's main-content element, or null. Readability changes the document: read metadata first. */
export function readArticle(doc: DomDocument, maxElems: number): ReadabilityResult | null {
  return new readability.Readability(doc, { serializer: (n) => n, maxElemsToParse: maxElems }).parse();
}

/** How deeply elements nest under `root`, counted without recursion; stops counting past `limit`. */
export function depthOf(root: DomNode, limit: number): number {
  let deepest = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DomNode, number];
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid && kid.nodeType === 1) stack.push([kid, depth + 1]);
    }
  }
  return deepest;
}
