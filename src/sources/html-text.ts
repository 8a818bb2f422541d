import { parseHtml, type DomNode } from './dom.js';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
// Never part of the article's text; captions are left out because the digest would take them for sentences.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'FIGCAPTION',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'HEAD',
]);

/**
 * The text of an element with one paragraph per block (separated by a blank line) and whitespace
 * collapsed inside paragraphs. Walks with an explicit stack, so deeply nested markup cannot overflow it.
 */
export function textOf(root: DomNode): string {
  const paras: string[] = [];
  let buf = '';
  const flush = (): void => {
    const p = buf.replace(/\s+/g, ' ').trim();
    if (p !== '') paras.push(p);
    buf = '';
  };
  const stack: Array<{ node: DomNode; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as { node: DomNode; exit: boolean };
    const name = node.nodeName.toUpperCase();
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3 || node.nodeType === 4) {
      buf += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIP.has(name)) continue;
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push({ node, exit: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, exit: false });
    }
  }
  flush();
  return paras.join('\n\n');
}

/** Plain text of an HTML snippet (a feed item's summary or content). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  const doc = parseHtml(html);
  return textOf(doc.body ?? doc);
}
