// `npm run bench [-- --sizes 1000,5000,10000] [--seed 1] [--results bench/results.md]
//   [--check bench/baseline.json] [--write-baseline]`
// Builds both audiences from generated content (npm run gen:content) at each size, cold (a new
// content folder, so Astro's content cache is empty), and measures per size: wall time and peak
// memory of each build, Pagefind's time (from the integration's log), the feed endpoints' time
// (from Astro's per-route log), the internal link check's time, pages written, index size, the
// bytes and latency of search in Chromium, and a bare-Astro build of the same Markdown as the
// baseline. Prints a table and writes it into bench/results.md between the bench markers.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './gen-content/generate.ts';
import { writeBareProject } from './bench/bare-astro.ts';
import { compareWithBaseline, type Baseline } from './bench/baseline.ts';
import { runStage, type StageResult } from './bench/measure.ts';
import { measureSearch, type SearchFigures } from './bench/search.ts';
import { ROOT, TMP, TEST_NOW } from './lib/build-site.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    seed: { type: 'string', default: '1' },
    results: { type: 'string', default: join(ROOT, 'bench/results.md') },
    check: { type: 'string' },
    'write-baseline': { type: 'boolean', default: false },
    'keep-output': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const WORK = join(TMP, `bench-${process.pid}`);
const astroCaches = () => (existsSync(join(ROOT, 'node_modules/.astro')) ? readdirSync(join(ROOT, 'node_modules/.astro')) : []);
const cachesBefore = new Set(astroCaches());

interface Build extends StageResult {
  pages: number;
  indexBytes: number;
  pagefindMs?: number | undefined;
  feedsMs: number;
  linkCheckMs?: number | undefined;
}

interface SizeFigures {
  entries: number;
  public: Build;
  members: Build;
  bare: StageResult & { pages: number };
  search: SearchFigures;
}

const folderBytes = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
        const s = statSync(join(dir, f));
        return n + (s.isFile() ? s.size : 0);
      }, 0)
    : 0;
const htmlPages = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
const logMs = (output: string, re: RegExp) => {
  const m = re.exec(output);
  return m ? Number(m[1]) : undefined;
};
/** Sum of Astro's per-route times (`├─ /x.ics (+3ms)`) of the feed endpoints. */
const feedsMs = (output: string) =>
  [...output.matchAll(/\/[^\s]*\.(?:ics|vcf|csv|json) \(\+(\d+)ms\)/g)].reduce((n, m) => n + Number(m[1]), 0);

const buildAudience = async (content: string, audience: 'public' | 'members', outDir: string): Promise<Build> => {
  const env = { ...process.env, CONTENT_DIR: content, SITE_AUDIENCE: audience, OUT_DIR: outDir, SITE_NOW: TEST_NOW };
  const r = await runStage(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env });
  if (r.status !== 0) throw new Error(`astro build (${audience}) failed:\n${r.output.slice(-4000)}`);
  return {
    ...r,
    pages: htmlPages(outDir),
    indexBytes: folderBytes(join(outDir, 'pagefind')),
    pagefindMs: logMs(r.output, /Pagefind: \d+ stron w indeksie \((\d+) ms\)/),
    feedsMs: feedsMs(r.output),
    linkCheckMs: logMs(r.output, /Linki wewnętrzne sprawdzone w (\d+) ms/),
  };
};

const measureSize = async (entries: number): Promise<SizeFigures> => {
  const dir = join(WORK, String(entries));
  const content = join(dir, 'content');
  generateContent({ entries, out: content, seed: Number(values.seed) });
  console.log(`\n■ ${entries} wpisów — budowanie wersji publicznej…`);
  const pub = await buildAudience(content, 'public', join(dir, 'public'));
  console.log(`  public: ${(pub.ms / 1000).toFixed(1)} s; members…`);
  const members = await buildAudience(content, 'members', join(dir, 'members'));
  console.log(`  members: ${(members.ms / 1000).toFixed(1)} s; bare Astro…`);
  const bareDir = writeBareProject(join(dir, 'bare'), content, ROOT);
  const bare = await runStage(process.execPath, [ASTRO, 'build', '--silent'], { cwd: bareDir, env: process.env });
  if (bare.status !== 0) throw new Error(`bare astro build failed:\n${bare.output.slice(-4000)}`);
  console.log(`  bare: ${(bare.ms / 1000).toFixed(1)} s; wyszukiwanie w Chromium…`);
  const search = await measureSearch(join(dir, 'public'));
  const figures = { entries, public: pub, members, bare: { ...bare, pages: htmlPages(join(bareDir, 'dist')) }, search };
  if (!values['keep-output']) rmSync(dir, { recursive: true, force: true });
  return figures;
};

const s = (ms: number) => (ms / 1000).toFixed(1);
const gib = (b: number) => (b / 1024 ** 3).toFixed(2);
const kb = (b: number) => (b / 1024).toFixed(0);
const total = (f: SizeFigures) => f.public.ms + f.members.ms;
const ratio = (f: SizeFigures) => f.members.ms / f.bare.ms;

const rows = (all: SizeFigures[]): string[][] => {
  const col = (label: string, fn: (f: SizeFigures) => string) => [label, ...all.map(fn)];
  return [
    col('wpisy', (f) => String(f.entries)),
    col('load average (1 min) przed public / members / bare', (f) => `${f.public.load.toFixed(1)} / ${f.members.load.toFixed(1)} / ${f.bare.load.toFixed(1)}`),
    col('astro build public: czas [s]', (f) => s(f.public.ms)),
    col('astro build public: szczyt RSS [GiB]', (f) => gib(f.public.peakRss)),
    col('astro build members: czas [s]', (f) => s(f.members.ms)),
    col('astro build members: szczyt RSS [GiB]', (f) => gib(f.members.peakRss)),
    col('obie wersje: czas [s] (cel ≤ 300 s przy 10 000)', (f) => s(total(f))),
    col('obie wersje: szczyt RSS [GiB] (cel ≤ 4)', (f) => gib(Math.max(f.public.peakRss, f.members.peakRss))),
    col('czas na 1000 wpisów, obie wersje [s]', (f) => s(total(f) / (f.entries / 1000))),
    col('Pagefind public / members [s] (w buildzie)', (f) => `${s(f.public.pagefindMs ?? 0)} / ${s(f.members.pagefindMs ?? 0)}`),
    col('kanały .ics/.vcf/.csv/.json public / members [s] (w buildzie)', (f) => `${s(f.public.feedsMs)} / ${s(f.members.feedsMs)}`),
    col('kontrola linków public / members [s] (w buildzie)', (f) => `${s(f.public.linkCheckMs ?? 0)} / ${s(f.members.linkCheckMs ?? 0)}`),
    col('strony HTML public / members', (f) => `${f.public.pages} / ${f.members.pages}`),
    col('indeks Pagefind public / members [MB]', (f) => `${(f.public.indexBytes / 1e6).toFixed(1)} / ${(f.members.indexBytes / 1e6).toFixed(1)}`),
    col('pierwsze zapytanie pobiera [KB] (cel ≤ 300)', (f) => kb(f.search.firstQueryBytes)),
    col('pierwsze zapytanie z ładowaniem [ms]', (f) => String(f.search.firstQueryMs)),
    col('mediana 20 zapytań [ms] (cel ≤ 100)', (f) => String(f.search.medianMs)),
    col('bare Astro, te same pliki: czas [s] / strony', (f) => `${s(f.bare.ms)} / ${f.bare.pages}`),
    col('bare Astro: szczyt RSS [GiB]', (f) => gib(f.bare.peakRss)),
    col('stosunek: members / bare (cel ≤ 2,5)', (f) => ratio(f).toFixed(2)),
    // Pagefind is a feature the bare project does not have: this row shows how much of the
    // ratio it is.
    col('stosunek bez Pagefind: (members − Pagefind) / bare', (f) => ((f.members.ms - (f.members.pagefindMs ?? 0)) / f.bare.ms).toFixed(2)),
  ];
};

const markdownTable = (table: string[][]) => {
  const [head, ...body] = table;
  return [`| ${head!.join(' | ')} |`, `|${head!.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
};

const versions = () => {
  const astro = (JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  const pagefind = (JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  return `Node ${process.version}, Astro ${astro}, Pagefind ${pagefind}`;
};

const START = '<!-- bench:start (generated by npm run bench — do not edit between the markers) -->';
const END = '<!-- bench:end -->';

const writeResults = (file: string, table: string) => {
  const cpu = cpus()[0]?.model ?? '?';
  const section = [
    START,
    `Pomiar: ${new Date().toISOString()}; ${availableParallelism()} rdzenie (${cpu}); ${versions()}; seed ${values.seed}.`,
    '',
    table,
    END,
  ].join('\n');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const next = old.includes(START) && old.includes(END)
    ? old.slice(0, old.indexOf(START)) + section + old.slice(old.indexOf(END) + END.length)
    : `${old}${old ? '\n\n' : ''}${section}\n`;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, next);
};

try {
  const all: SizeFigures[] = [];
  for (const size of sizes) all.push(await measureSize(size));
  const table = markdownTable(rows(all));
  console.log(`\n${versions()}, ${availableParallelism()} rdzenie\n\n${table}\n`);
  writeResults(values.results, table);
  console.log(`Zapisano: ${values.results}`);

  const small = all.find((f) => f.entries === 1000);
  if (values['write-baseline'] && small) {
    const baseline: Baseline = {
      entries: 1000,
      bothAudiencesSeconds: Number(s(total(small))),
      measured: new Date().toISOString(),
      load: Number(small.public.load.toFixed(1)),
      cores: availableParallelism(),
    };
    writeFileSync(join(ROOT, 'bench/baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
    console.log('Zapisano: bench/baseline.json');
  }
  if (values.check) {
    const ref = JSON.parse(readFileSync(values.check, 'utf8')) as Baseline;
    const now = all.find((f) => f.entries === ref.entries);
    if (!now) throw new Error(`--check: brak pomiaru dla ${ref.entries} wpisów (dodaj --sizes ${ref.entries})`);
    const verdict = compareWithBaseline(total(now) / 1000, ref);
    if (verdict.ok) console.log(`✔ ${verdict.message}`);
    else {
      console.error(`✘ ${verdict.message}`);
      process.exitCode = 1;
    }
  }
} finally {
  // Cold builds made new content caches (one per content folder); they are of no further use.
  for (const cache of astroCaches()) if (!cachesBefore.has(cache)) rmSync(join(ROOT, 'node_modules/.astro', cache), { recursive: true, force: true });
  if (!values['keep-output']) rmSync(WORK, { recursive: true, force: true });
}
