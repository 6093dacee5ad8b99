// `npm run gen:content -- --entries 10000 --out <dir> [--seed N]`: writes a synthetic content
// folder (scripts/gen-content/generate.ts) that `CONTENT_DIR=<dir> npm run build` accepts.
import { parseArgs } from 'node:util';
import { generateContent } from './gen-content/generate.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
if (!values.out) throw new Error('Podaj folder: --out <katalog>');
const started = Date.now();
const { counts, files } = generateContent({ entries: Number(values.entries), out: values.out, seed: Number(values.seed) });
console.log(`Zapisano ${files} wpisów w ${values.out} (${Date.now() - started} ms):`, counts);
