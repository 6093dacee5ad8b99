// `npm run check:content`: validates the content folder (CONTENT_DIR or content/) and lists
// every problem with its file and field; exit code 1 when there is any.
import { checkContent, formatProblem } from '../src/lib/content/node/content-check.ts';
import { contentDir } from '../src/lib/content/node/content-dir.ts';
import { formatTagWarning, tagWarnings } from '../src/lib/content/node/tag-warnings.ts';

const problems = checkContent(contentDir());
for (const p of problems) console.error(formatProblem(p));
// Warnings do not fail the check: near-duplicate tags are the editor's call.
for (const w of tagWarnings(contentDir())) console.warn(`Uwaga — ${formatTagWarning(w)}`);
console.log(problems.length ? `Błędów: ${problems.length}` : 'Treść jest poprawna.');
process.exitCode = problems.length ? 1 : 0;
