// `npm run check:content`: validates the content folder (CONTENT_DIR or content/) and lists
// every problem with its file and field; exit code 1 when there is any.
import { checkContent, formatProblem } from '../src/lib/content/node/content-check.ts';
import { contentDir } from '../src/lib/content/node/content-dir.ts';

const problems = checkContent(contentDir());
for (const p of problems) console.error(formatProblem(p));
console.log(problems.length ? `Błędów: ${problems.length}` : 'Treść jest poprawna.');
process.exitCode = problems.length ? 1 : 0;
