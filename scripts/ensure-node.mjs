// Plain JavaScript on purpose: this file must run on ANY Node, including the Node 20 that many
// machines (and our CI image) have, while the project's own scripts need Node ≥ 22.18 (Astro 7,
// and `node scripts/*.ts` strips TypeScript types only from 22.18 on).
//
// `node scripts/ensure-node.mjs`          (root postinstall, after `npm ci` / `npm install`):
//   on an older Node, installs Node NODE_PIN from the npm registry into .tools/ and links it as
//   node_modules/.bin/node — npm puts node_modules/.bin first on PATH for every `npm run …`, so
//   `npm start`, `npm test` and the rest then run on that Node without anyone changing PATH.
// `node scripts/ensure-node.mjs --check`  (pre-hook of start, build, test, dev, serve, cms):
//   stops at once with ONE line saying what to install, instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

const FLOOR = [22, 18];
const NODE_PIN = '24.21.0';
const root = join(import.meta.dirname, '..');

const [major, minor] = process.versions.node.split('.').map(Number);
const oldEnough = major > FLOOR[0] || (major === FLOOR[0] && minor >= FLOOR[1]);
const floor = FLOOR.join('.');

if (process.argv.includes('--check')) {
  if (!oldEnough) {
    console.error(
      `Ten projekt potrzebuje Node ≥ ${floor} (jest ${process.version}): uruchom ponownie \`npm ci\` (doinstaluje Node ${NODE_PIN} do .tools/) albo zainstaluj Node 24 (np. \`nvm install 24\`).`,
    );
    process.exit(1);
  }
  process.exit(0);
}

if (oldEnough) process.exit(0);

// The npm registry ships Node itself as node-<platform>-<arch> packages (only the binary).
const pkg = `node-${process.platform}-${process.arch}`;
const binary = join(root, '.tools/node_modules', pkg, 'bin/node');
if (!['linux', 'darwin'].includes(process.platform)) {
  console.warn(`Node ${process.version} jest za stary (potrzebny ≥ ${floor}): zainstaluj Node 24 i uruchom \`npm ci\` ponownie.`);
  process.exit(0);
}
if (!existsSync(binary)) {
  console.log(`Node ${process.version} jest starszy niż ${floor}: instaluję Node ${NODE_PIN} z rejestru npm do .tools/ (tylko dla skryptów tego projektu).`);
  const run = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', '.tools', `${pkg}@${NODE_PIN}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0 || !existsSync(binary)) {
    // Not fatal for the install itself: the --check pre-hooks then say what is missing, in one line.
    console.warn(`Nie udało się pobrać Node ${NODE_PIN}: zainstaluj Node 24 (np. \`nvm install 24\`) i uruchom \`npm ci\` ponownie.`);
    process.exit(0);
  }
}
const binDir = join(root, 'node_modules/.bin');
mkdirSync(binDir, { recursive: true });
rmSync(join(binDir, 'node'), { force: true });
symlinkSync(relative(binDir, binary), join(binDir, 'node'));
console.log(`Skrypty npm tego projektu używają Node ${NODE_PIN} (node_modules/.bin/node).`);
