// Malformed content in real builds: with every malformed file laid over the fixture the build
// stops before rendering, naming each file, without a stack trace; the valid-but-odd files (BOM,
// CRLF, HTML in a title, pasted HTML in a body, MDX) build and render as text, sanitised.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, describe, expect, it } from 'vitest';
import { TMP, buildSite, copyFixture, readPage } from '../../scripts/lib/build-site.ts';
import { slugOf } from '../../src/lib/content/node/content-dir.ts';
import { EXPECTED, MALFORMED, RENDERS } from '../helpers/malformed.ts';

const visit = (n: Nodes, f: (n: Element | Nodes) => unknown) => {
  f(n);
  if ('children' in n) n.children.forEach((c) => visit(c, f));
};

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a build with every malformed file', () => {
  it('fails before rendering, naming each file and field, without a stack trace', () => {
    const dir = copyFixture('malformed-build');
    made.push(dir);
    cpSync(MALFORMED, dir, { recursive: true });
    const outDir = join(TMP, 'malformed-build-out');
    made.push(outDir);
    const result = buildSite({ content: dir, audience: 'public', outDir });
    expect(result.status).not.toBe(0);
    for (const [file, e] of Object.entries(EXPECTED)) {
      expect(result.output).toContain(`${e.file ?? file} — pole „${e.field}”`);
    }
    // No "    at fn (file:line:col)" lines: the editor reads a list of problems, not a crash.
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // The members-only entry named like the open feed prefix was never written anywhere.
    expect(() => readFileSync(join(outDir, 'kalendarz/subskrypcja/index.html'))).toThrow();
  });
});

describe('a build with the valid-but-odd files', () => {
  const dir = copyFixture('odd-build');
  made.push(dir);
  for (const f of RENDERS) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    cpSync(join(MALFORMED, f), join(dir, f));
  }
  const outDir = join(TMP, 'odd-build-out');
  made.push(outDir);
  const result = buildSite({ content: dir, audience: 'public', outDir });
  const page = (file: string) => readPage(outDir, `/${file.startsWith('faq/') ? 'faq' : 'aktualnosci'}/${slugOf(file.split('/')[1]!)}/`);

  it('builds, and every one of them has its page', () => {
    expect(result.status, result.output).toBe(0);
    for (const f of RENDERS) expect(page(f)).toContain('<main');
  });

  it('reads BOM and CRLF files like any other', () => {
    expect(page('news/znak-bom.md')).toContain('<h1 data-pagefind-weight="10">Plik z BOM na początku</h1>');
    expect(page('news/konce-crlf.md')).toMatch(/<p>Pierwszy akapit\.<\/p>\s*<p>Drugi akapit\.<\/p>/);
    expect(page('news/bom-i-crlf.md')).toContain('BOM i CRLF razem');
  });

  it('shows HTML in a title or summary as text', () => {
    const html = page('news/html-w-tytule.md');
    expect(html).toContain('&lt;b&gt;Ważne&lt;/b&gt;&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // Parsed as a browser would: no element came out of the editor's text.
    const elements: { tagName: string; properties: Record<string, unknown> }[] = [];
    visit(fromHtml(html), (n) => n.type === 'element' && elements.push(n as Element));
    expect(elements.filter((e) => e.tagName === 'img' && e.properties['src'] === 'x')).toEqual([]);
    expect(elements.filter((e) => e.tagName === 'b')).toEqual([]);
    expect(html).toContain('<p class="lead">&lt;img src=x onerror=alert(1)&gt; w streszczeniu</p>');
  });

  it('drops pasted iframes, styles and forms from a body and keeps <details> and tables (Markdown and MDX)', () => {
    const md = page('news/html-w-tresci.md');
    const main = md.slice(md.indexOf('<main'), md.indexOf('</main>'));
    expect(main).not.toMatch(/<iframe|<style|<form|position: fixed|example\.com/);
    expect(main).toMatch(/<details>\s*<summary>Szczegóły wpisu<\/summary>/);
    expect(main).toContain('<td style="text-align: right">3</td>');
    const mdx = page('faq/szczegoly-mdx.mdx');
    const mdxMain = mdx.slice(mdx.indexOf('<main'), mdx.indexOf('</main>'));
    expect(mdxMain).toMatch(/<details><summary>Podstawa prawna<\/summary>/);
    expect(mdxMain).not.toMatch(/<iframe|example\.com/);
  });
});
