/**
 * What content may put into a page. Markdown (and MDX) bodies are sanitised at build time with
 * the allow-list of rehype-sanitize (hast-util-sanitize, GitHub's rules): headings, lists, tables,
 * links, images, <details>/<summary> stay; <script>, event-handler attributes, style, iframes and
 * links or images with javascript:, data: or any scheme other than http(s)/mailto go.
 *
 * Astro 7's Markdown processor (satteri) runs its own plugin API, not unified's, so the sanitiser
 * runs as a satteri hast plugin (sanitizeHastPlugin) over the whole document: raw HTML is parsed
 * together with the Markdown around it (a <details> that spans paragraphs stays one element).
 * The unified pipeline with rehype-sanitize would do the same but made builds ~70 % slower.
 *
 * The content check (unsafeMarkup) reports the same classes to the editor with file and field,
 * so sanitising is the second guard, never a silent fix the editor does not hear about.
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from 'hast';

const TEXT_ALIGN = /^text-align:\s*(left|right|center);?$/;

/** rehype-sanitize's default (GitHub) schema, with ids kept as written and table alignment. */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  // GitHub prefixes ids with "user-content-"; footnote links (#user-content-fn-1) already carry
  // the prefix, so a second one would break them. The pages run no script that reads ids.
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    th: [...(defaultSchema.attributes?.['th'] ?? []), ['style', TEXT_ALIGN]],
    td: [...(defaultSchema.attributes?.['td'] ?? []), ['style', TEXT_ALIGN]],
  },
};

type MdxAttribute = { type: string; name?: string; value?: unknown };
type MdxElement = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: MdxAttribute[]; children: unknown[] };

/**
 * MDX parses HTML as JSX. Lower-case JSX elements are HTML written by the editor: they become
 * plain elements (literal attributes only) so the allow-list judges them like Markdown's raw
 * HTML; components, expressions and import/export have no place in editors' content and go.
 */
const fromMdx = (node: unknown): (RootContent | ElementContent)[] => {
  const type = (node as { type: string }).type;
  if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
    const n = node as MdxElement;
    if (!n.name || !/^[a-z][a-z0-9-]*$/.test(n.name)) return [];
    const properties: Properties = {};
    for (const a of n.attributes) {
      if (a.type === 'mdxJsxAttribute' && a.name && (typeof a.value === 'string' || a.value === null || a.value === undefined)) {
        properties[a.name] = typeof a.value === 'string' ? a.value : true;
      }
    }
    return [{ type: 'element', tagName: n.name, properties, children: n.children.flatMap(fromMdx) as ElementContent[] }];
  }
  if (type.startsWith('mdx')) return [];
  const plain = node as RootContent;
  if ('children' in plain) {
    return [{ ...(plain as Element), children: plain.children.flatMap(fromMdx) as ElementContent[] }];
  }
  return [{ ...plain }];
};

const text = (n: Nodes): string =>
  n.type === 'text' ? n.value : 'children' in n ? n.children.map((c) => text(c as Nodes)).join('') : '';

/**
 * Heading ids, as Astro would give them (github-slugger), but never one the page itself uses:
 * a body heading "Pliki" next to the attachments section (id="pliki") becomes "pliki-1", so
 * links and aria-labelledby on the page keep pointing at the page's own element.
 */
const headingIds = (root: Root, pageIds: readonly string[]) => {
  const slugger = new GithubSlugger();
  for (const id of pageIds) slugger.slug(id, true);
  const visit = (n: Nodes) => {
    if (n.type === 'element' && /^h[1-6]$/.test(n.tagName) && typeof n.properties['id'] !== 'string') {
      n.properties['id'] = slugger.slug(text(n));
    }
    if ('children' in n) n.children.forEach((c) => visit(c as Nodes));
  };
  visit(root);
  return root;
};

/** Sanitises one document's hast: raw HTML is parsed in context, then the allow-list applies. */
export const sanitizeTree = (root: Root, pageIds: readonly string[] = []): Root => {
  const plain: Root = { type: 'root', children: root.children.flatMap(fromMdx) as RootContent[] };
  const html = toHtml(plain as Nodes, { allowDangerousHtml: true });
  return headingIds(sanitize(fromHtml(html, { fragment: true }), SANITIZE_SCHEMA) as Root, pageIds);
};

/** Whether a URL keeps its place: relative, or with a scheme the allow-list names (as hast-util-sanitize decides). */
export const allowedUrl = (url: string, protocols: readonly string[]): boolean => {
  const value = url.trim();
  const colon = value.indexOf(':');
  const before = (c: string) => {
    const i = value.indexOf(c);
    return i > -1 && i < colon;
  };
  if (colon === -1 || before('/') || before('?') || before('#')) return true;
  return protocols.includes(value.slice(0, colon).toLowerCase());
};

type Ctx = {
  source: string;
  sourceFormat: string;
  replaceNode: (node: never, replacement: never) => void;
  setProperty: (node: never, key: string, value: unknown) => void;
  textContent: (node: never) => string;
};
type HastElement = Readonly<Element>;

/** The whole tree, re-parsed and sanitised: for bodies with raw HTML or MDX. */
const fullPlugin = (pageIds: readonly string[]) => ({
  name: 'smk-sanitize',
  before(root: Readonly<Root>, ctx: Ctx) {
    ctx.replaceNode(root as never, sanitizeTree(root as Root, pageIds) as never);
  },
});

/**
 * Plain Markdown makes only allow-listed elements; what can still be unsafe is a link or image
 * address. Only those elements and the headings cross from the Rust parser: reading the whole
 * tree in JavaScript costs about 20 times the rendering itself.
 */
const lightPlugin = (pageIds: readonly string[]) => {
  const slugger = new GithubSlugger();
  for (const id of pageIds) slugger.slug(id, true);
  const protocols = SANITIZE_SCHEMA.protocols ?? {};
  return {
    name: 'smk-sanitize',
    element: [
      {
        filter: ['a', 'img'],
        visit(node: HastElement, ctx: Ctx) {
          for (const key of ['href', 'src'] as const) {
            const value = node.properties[key];
            if (typeof value === 'string' && !allowedUrl(value, protocols[key] ?? [])) ctx.setProperty(node as never, key, undefined);
          }
        },
      },
      {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node: HastElement, ctx: Ctx) {
          if (typeof node.properties['id'] !== 'string') ctx.setProperty(node as never, 'id', slugger.slug(ctx.textContent(node as never)));
        },
      },
    ],
  };
};

/**
 * The satteri hast plugin (astro.config.mjs), chosen per document: bodies that may hold HTML
 * (any "<" followed by a letter, "!", "/" or "?") or are MDX get the whole-tree sanitiser,
 * plain Markdown the light one. `pageIds`: ids the page templates use
 * (src/lib/site/node/page-ids.ts), kept free for them.
 */
export const sanitizeHastPlugin =
  (pageIds: readonly string[] = []) =>
  (ctx: { source: string; sourceFormat: string }) =>
    ctx.sourceFormat === 'mdx' || /<[a-z!/?]/i.test(ctx.source) ? fullPlugin(pageIds) : lightPlugin(pageIds);

export interface MarkupProblem {
  line: number;
  message: string;
}

/** Fenced and inline code show markup as text, so it is harmless there and not reported. */
const blankCode = (body: string): string =>
  body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]+`/g, (m) => ' '.repeat(m.length));

const RULES: { pattern: RegExp; message: (m: RegExpExecArray) => string }[] = [
  { pattern: /<\s*script\b/gi, message: () => 'znacznik <script> jest niedozwolony (skrypty nie trafią na stronę)' },
  {
    pattern: /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi,
    message: (m) => `atrybut ${m[1]?.toLowerCase()}= (obsługa zdarzeń) jest niedozwolony`,
  },
  {
    pattern: /(?:\]\(\s*<?|\b(?:href|src)\s*=\s*["']?\s*)((?:java|vb)script|data):/gi,
    message: (m) => `link z adresem ${m[1]?.toLowerCase()}: jest niedozwolony — użyj adresu https:// albo pliku z /uploads/`,
  },
];

/** Raw <script>, event-handler attributes and javascript:/data: links in a body, by line. */
export const unsafeMarkup = (body: string): MarkupProblem[] => {
  const text = blankCode(body);
  const problems: MarkupProblem[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      problems.push({ line: text.slice(0, m.index).split('\n').length, message: rule.message(m as RegExpExecArray) });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
};
