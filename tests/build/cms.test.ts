// The editors' panel is part of the members build only: /admin/ with Decap bundled from npm
// and its generated configuration. The public build must carry neither the page nor any of
// Decap's code.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURE, allFiles, readPage } from '../../scripts/lib/build-site.ts';

// The fixture's two builds from the global setup (which stops the run if either build fails).
const pub = { outDir: inject('fixtureBuild').public };
const members = { outDir: inject('fixtureBuild').members };

/** Text that only Decap's bundle contains (its version banner and its app root). */
const DECAP_MARKERS = ['decap-cms-app', 'decap-cms-core', 'nc-root'];

describe('the admin (/admin/)', () => {
  it('is built into the members site, in Polish, not indexed', () => {
    const html = readPage(members.outDir, '/admin/');
    expect(html).toMatch(/<html lang="pl"/);
    expect(html).toContain('<title>Panel redakcji — Metropolia Krakowska</title>');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    const config = JSON.parse(/<script type="application\/json" id="cms-config">([^<]*)<\/script>/.exec(html)![1]!);
    expect(config).toMatchObject({ locale: 'pl', slug: { encoding: 'ascii', clean_accents: true } });
  });

  it('bundles Decap from npm (no CDN) within a size budget', () => {
    const html = readPage(members.outDir, '/admin/');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.every((s) => s.startsWith('/_astro/')), scripts.join()).toBe(true);
    expect(scripts).toHaveLength(1);
    const bundle = readFileSync(join(members.outDir, scripts[0]!));
    expect(bundle.toString()).toContain('decap-cms-app');
    // Measured 1.51 MB gzipped (decap-cms-app 3.16.3, React 19); the budget catches a doubling.
    expect(gzipSync(bundle).length).toBeLessThan(1_800_000);
  });

  it('serves the generated configuration as YAML, marked as generated', () => {
    const yaml = readFileSync(join(members.outDir, 'admin/config.yml'), 'utf8');
    expect(yaml).toMatch(/^# generated from src\/schema .*— do not edit/);
    const config = load(yaml) as { collections: { name: string; folder: string }[] };
    expect(config.collections.map((c) => c.folder)).toEqual([
      'content/forums',
      'content/municipalities',
      'content/contacts',
      'content/practices',
      'content/documents',
      'content/faq',
      'content/events',
      'content/news',
      'content/calls',
      'content/projects',
      'content/data',
    ]);
  });

  it('offers a room folder for attachments of each forum of the content, named by the forum', () => {
    const yaml = readFileSync(join(members.outDir, 'admin/config.yml'), 'utf8');
    type Field = { name: string; label: string; fields?: Field[]; forum?: string; media_folder?: string; public_folder?: string };
    const config = load(yaml) as { collections: { name: string; fields: Field[] }[] };
    const path = config.collections.find((c) => c.name === 'documents')!.fields.find((f) => f.name === 'files')!.fields!.find((f) => f.name === 'path')!;
    const rooms = path.fields!.filter((f) => f.forum);
    const forums = readdirSync(join(FIXTURE, 'forums')).map((f) => f.replace(/\.md$/, ''));
    expect(rooms.map((r) => r.forum).sort()).toEqual(forums.sort());
    expect(rooms.find((r) => r.forum === 'mobilnosc')).toMatchObject({
      label: 'Mobilność — Forum Zrównoważonego Transportu',
      media_folder: '/content/uploads-rooms/mobilnosc',
      public_folder: '/pokoje/mobilnosc/pliki',
    });
  });
});

describe('the public build', () => {
  it('has no admin page and no Decap code anywhere', () => {
    const files = allFiles(pub.outDir);
    expect(files.filter((f) => f.includes(`${pub.outDir}/admin`))).toEqual([]);
    const withDecap = files.filter((f) => {
      const text = readFileSync(f, 'latin1');
      return DECAP_MARKERS.some((m) => text.includes(m));
    });
    expect(withDecap).toEqual([]);
    // The 404 page answers /admin/ on the public host.
    expect(files.some((f) => f.endsWith('/404.html'))).toBe(true);
  });
});
