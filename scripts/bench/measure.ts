/**
 * Runs one benchmark stage as a child process and measures its wall time and the peak memory of
 * its whole process tree. Memory is polled from /proc (Linux) rather than read from
 * `/usr/bin/time -v`: GNU time reports the largest single process, not the sum of a tree (astro
 * starts workers and Pagefind's binary), and /proc needs no extra Debian package in CI.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface StageResult {
  /** Wall time in ms. */
  ms: number;
  /** Peak resident memory of the process tree, in bytes (sampled every `POLL_MS`). */
  peakRss: number;
  /** 1-minute load average just before the stage started. */
  load: number;
  status: number | null;
  output: string;
}

const POLL_MS = 200;
const PAGE = 4096;

/** Resident bytes of `root` and all its descendants, from /proc/<pid>/stat. */
export const treeRss = (root: number): number => {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
};

/** Runs `command args` and resolves with its time, peak tree memory and output. */
export const runStage = (command: string, args: string[], o: { cwd: string; env: NodeJS.ProcessEnv }): Promise<StageResult> =>
  new Promise((done, fail) => {
    const load = loadavg()[0] ?? 0;
    const started = performance.now();
    const child = spawn(command, args, { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakRss = 0;
    const poll = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, POLL_MS);
    child.on('error', (e) => {
      clearInterval(poll);
      fail(e);
    });
    child.on('close', (status) => {
      clearInterval(poll);
      done({ ms: performance.now() - started, peakRss, load, status, output });
    });
  });
