// Raw HTML in Markdown and MDX: the sanitiser keeps what editors use (headings, lists, tables,
// links, images, <details>) and drops scripts, event handlers and javascript:/data: URLs; the
// content check names each of those with file, field and line before the build starts.
import { mdxToJs, markdownToHtml } from 'satteri';
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeHastPlugin, unsafeMarkup } from '../../src/lib/content/markdown-safety.ts';
import { pageIds } from '../../src/lib/site/node/page-ids.ts';
import { checkContent } from '../../src/lib/content/node/content-check.ts';
import { copyFixture } from '../../scripts/lib/build-site.ts';

const render = (md: string) => markdownToHtml(md, { hastPlugins: [sanitizeHastPlugin()] }).html;
const renderMdx = (mdx: string) => mdxToJs(mdx, { hastPlugins: [sanitizeHastPlugin()] }).code;

describe('sanitised Markdown', () => {
  it('drops <script> with its content', () => {
    const html = render('Przed\n\n<script>alert("x")</script>\n\nPo');
    expect(html).not.toMatch(/script|alert/);
    expect(html).toContain('<p>Po</p>');
  });

  it('drops event-handler attributes and keeps the element', () => {
    const html = render('Zdjęcie <img src="/uploads/a.png" alt="mapa" onerror="alert(1)"> i <a href="/faq/" onclick="x()">FAQ</a>');
    expect(html).toContain('<img src="/uploads/a.png" alt="mapa">');
    expect(html).toContain('<a href="/faq/">FAQ</a>');
    expect(html).not.toMatch(/onerror|onclick/i);
  });

  it('drops javascript: and data: URLs from links and images', () => {
    const html = render('[klik](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) ![x](data:image/svg+xml;base64,PHN2Zz4=) <a href="vbscript:x">v</a>');
    expect(html).not.toMatch(/javascript|vbscript|data:/i);
    expect(html).toContain('<a>klik</a>');
  });

  it('drops them from plain Markdown too (no HTML in the body: the light path)', () => {
    const html = render('[klik](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) ![x](data:image/png;base64,AA) [c](vbscript:x) [ok](/faq/) [tel](mailto:a@b.pl) [zewn](https://x.pl/a:b?c=d:e)');
    expect(html).not.toMatch(/javascript|vbscript|data:/i);
    expect(html).toContain('<a>klik</a>');
    expect(html).toContain('<img alt="x">');
    expect(html).toContain('<a href="/faq/">ok</a>');
    expect(html).toContain('<a href="mailto:a@b.pl">tel</a>');
    expect(html).toContain('<a href="https://x.pl/a:b?c=d:e">zewn</a>');
  });

  it('keeps headings, lists, tables with alignment, links, images and <details>', () => {
    const html = render(
      '## Nagłówek\n\n- punkt\n1. pierwszy\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n[BIP](https://bip.example/) [e-mail](mailto:a@b.pl) ![mapa](/uploads/mapa.png "Mapa")\n\n<details>\n<summary>Więcej</summary>\n\nUkryta **treść**\n\n</details>\n',
    );
    expect(html).toContain('<h2');
    expect(html).toContain('<li>punkt</li>');
    expect(html).toContain('<th style="text-align: left">a</th>');
    expect(html).toContain('<a href="https://bip.example/">BIP</a>');
    expect(html).toContain('<a href="mailto:a@b.pl">e-mail</a>');
    expect(html).toContain('<img src="/uploads/mapa.png" alt="mapa" title="Mapa">');
    expect(html).toMatch(/<details>\s*<summary>Więcej<\/summary>\s*<p>Ukryta <strong>treść<\/strong><\/p>\s*<\/details>/);
  });

  it('drops iframes, forms, styles and inline style attributes', () => {
    const html = render('<iframe src="https://x.example"></iframe>\n\n<form action="https://x.example"><input name="a"></form>\n\n<style>body{display:none}</style>\n\n<p style="position:fixed">tekst</p>');
    expect(html).not.toMatch(/iframe|<form|<style|position:fixed/);
    expect(html).toContain('tekst');
  });
});

describe('sanitised MDX', () => {
  it('drops <script>, handlers, javascript: links, expressions and components; keeps <details>', () => {
    const code = renderMdx(
      '# Tytuł\n\n<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onClick="x">klik</a>\n\n<img src="/uploads/a.png" alt="a" onError="alert(1)" />\n\n<details>\n<summary>Więcej</summary>\n\nUkryte\n\n</details>\n\n{globalThis.process}\n\n<Komponent />\n',
    );
    expect(code).not.toMatch(/alert|javascript|onClick|onError|globalThis|Komponent/);
    expect(code).toContain('_components.details');
    expect(code).toContain('"Więcej"');
    expect(code).toContain('"/uploads/a.png"');
  });
});

describe('the content check names unsafe markup', () => {
  it('finds each class with its line, but not inside code', () => {
    const body = ['Tekst', '<script src="x.js"></script>', '<img src=x onerror="a()">', '[x](javascript:void(0))', '<a href="data:text/html,x">d</a>', '`<script>` w kodzie', '```', '<script>też w kodzie</script>', '```'].join('\n');
    expect(unsafeMarkup(body).map((p) => `${p.line}: ${p.message.split(' ')[0]} ${p.message.split(' ')[1]}`)).toEqual([
      '2: znacznik <script>',
      '3: atrybut onerror=',
      '4: link z',
      '5: link z',
    ]);
  });

  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it.each([
    ['news', 'md', '<script>alert(1)</script>', 'znacznik <script>'],
    ['news', 'md', '<img src="/x.png" onerror="alert(1)">', 'atrybut onerror='],
    ['news', 'md', '[kliknij](javascript:alert(1))', 'link z adresem javascript:'],
    ['faq', 'mdx', '<script>alert(1)</script>', 'znacznik <script>'],
    ['faq', 'mdx', '<button onClick="alert(1)">x</button>', 'atrybut onclick='],
    ['faq', 'mdx', '<a href="javascript:alert(1)">x</a>', 'link z adresem javascript:'],
  ])('%s .%s: %s → file, field body and line', (collection, ext, markup, message) => {
    const dir = copyFixture('unsafe');
    made.push(dir);
    const file = `${collection}/niebezpieczny.${ext}`;
    const fm = collection === 'news'
      ? 'title: Niebezpieczny wpis\nsummary: Test\ndate: 2026-11-01\nforums: [mobilnosc]'
      : 'title: Niebezpieczne pytanie\nansweredBy: Biuro\ndate: 2026-11-01\nforums: [mobilnosc]';
    writeFileSync(join(dir, file), `---\n${fm}\n---\n\nAkapit.\n\n${markup}\n`);
    const problems = checkContent(dir).map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)) }));
    expect(problems).toEqual([{ file, field: 'body', message: expect.stringMatching(new RegExp(`^linia 10: ${message.replace(/[<>]/g, '.')}`)) }]);
  });
});

describe('heading ids', () => {
  it('never repeat an id the page templates use', () => {
    const html = (markdownToHtml('## Pliki\n\n## Harmonogram\n\n## Inny', { hastPlugins: [sanitizeHastPlugin(pageIds())] })).html;
    expect(pageIds()).toEqual(expect.arrayContaining(['pliki', 'tresc']));
    expect(html).toContain('<h2 id="pliki-1">Pliki</h2>');
    expect(html).toContain('<h2 id="inny">Inny</h2>');
  });
});
