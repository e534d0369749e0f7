// The build: src/ bundled by esbuild into one CommonJS file, dist/followup.cjs, and V8's code
// cache for it, dist/followup.cache, which bin/load.cjs hands to V8 (docs/performance.md): the
// cache holds the compiled code of every function a warm-up run below called. Types are
// checked by `npm run typecheck` (tsc), not here.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const bundle = path.join(dist, 'followup.cjs');
const built = await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts'],
  outfile: bundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Large and seldom needed: required from node_modules when a run needs them.
  external: ['pinyin-pro', 'iconv-lite'],
  supported: { 'dynamic-import': false },
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  write: false,
  // Code that finds the tool's files from import.meta.url finds them from the bundle's path.
  define: { 'import.meta.url': '__followupUrl' },
  // The first line names the build (bin/load.cjs), filled in below. The code is strict, as the
  // modules it was made of were: esbuild's own "use strict" would come after the banner, where
  // it is no longer a directive.
  banner: { js: `// followup build ${'0'.repeat(16)}\n'use strict';\nconst __followupUrl = require('node:url').pathToFileURL(__filename).href;` },
});
// Each file takes its place in one rename, and nothing is removed first: a followup started
// meanwhile (the tests run the tool while \`npm pack\` builds) runs the old build or the new
// one. A new bundle beside the old cache is only compiled without it (bin/load.cjs).
mkdirSync(dist, { recursive: true });
const written = new Set(['followup.cjs', 'followup.cjs.map', 'followup.cache']);
for (const name of readdirSync(dist)) if (!written.has(name)) rmSync(path.join(dist, name), { recursive: true, force: true });
for (const file of built.outputFiles) put(file.path, file.path === bundle ? named(asciiOnly(file.text)) : file.contents);

function put(file, data) {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

/** The bundle with its build's name in its first line: a digest of the rest, the same length as the zeros it replaces. */
function named(code) {
  const name = createHash('sha256').update(code).digest('hex').slice(0, 16);
  return code.replace(`// followup build ${'0'.repeat(16)}\n`, `// followup build ${name}\n`);
}

/**
 * The bundle with every character past ASCII written as a \u escape, so that bin/load.cjs can
 * read it as Latin-1, which takes a millisecond where decoding UTF-8 takes ten. esbuild
 * escapes strings itself, but not regular expressions (the Chinese date patterns) or comments.
 * An escape means the same character in a string, a template, a regular expression or a name;
 * a character escaped with a backslash (`\。`) is that character, so the backslash goes.
 */
function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// The warm-up: the bundle compiled as bin/followup compiles it (bin/load.cjs), then the
// commands a rep runs every day, on a demo notebook in a temporary folder, their output dropped.
// The demo is made by a second copy, so that its code stays out of the cache.
const { load } = createRequire(import.meta.url)('../bin/load.cjs');
const work = mkdtempSync(path.join(tmpdir(), 'followup-build-'));
const said = [];
const io = { stdout: { write: () => true }, stderr: { write: (s) => said.push(s) }, stdinIsTTY: false, env: {}, cwd: work, home: work, now: () => new Date(2026, 10, 20) };
const today = ['--today', '2026-11-20'];
const DAILY = [
  ['--dir', 'notes', 'agenda'],
  ['--dir', 'notes', 'overdue'],
  ['--dir', 'notes', 'list', '--json'],
  ['--dir', 'notes', 'show', 'hefei'],
  ['--dir', 'notes', 'log', 'hefei', '-m', 'Called about the spring order.'],
];
const cached = load(dist, { useCache: false });
try {
  for (const [run, argv] of [[load(dist, { useCache: false }).exports.run, ['demo', 'notes', '--quiet']], ...DAILY.map((a) => [cached.exports.run, a])]) {
    const code = await run([...argv, ...today], io);
    if (code !== 0) throw new Error(`the warm-up run 'followup ${argv.join(' ')}' exited with ${code}: ${said.join('')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
put(path.join(dist, 'followup.cache'), Buffer.concat([Buffer.from(cached.build, 'latin1'), cached.script.createCachedData()]));
