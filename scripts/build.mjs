// The build: src/ bundled by esbuild into one CommonJS file, dist/followup.cjs, and V8's code
// cache for it, dist/followup.cache. bin/followup compiles the bundle with that cache, so a
// run neither parses the whole bundle nor compiles again what every run needs
// (docs/performance.md): the cache holds the compiled code of every function a warm-up run
// below called. V8 refuses a cache made by another version of Node, and the bundle is then
// compiled as any script is. Types are checked by `npm run typecheck` (tsc), not here.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = path.join(root, 'dist', 'followup.cjs');
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
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
  banner: { js: "const __followupUrl = require('node:url').pathToFileURL(__filename).href;" },
});
mkdirSync(path.dirname(bundle));
for (const file of built.outputFiles) writeFileSync(file.path, file.path === bundle ? asciiOnly(file.text) : file.contents);

/**
 * The bundle with every character past ASCII written as a \u escape, so that bin/followup can
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

// The warm-up: the bundle compiled exactly as bin/followup compiles it, then the commands a rep
// runs every day, on a demo notebook in a temporary folder, their output dropped. The demo is
// made by a second copy, so that its code stays out of the cache.
function load() {
  const script = new Script(Module.wrap(readFileSync(bundle, 'latin1')), { filename: bundle });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return { script, run: module.exports.run };
}
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
const cached = load();
try {
  for (const [run, argv] of [[load().run, ['demo', 'notes', '--quiet']], ...DAILY.map((a) => [cached.run, a])]) {
    const code = await run([...argv, ...today], io);
    if (code !== 0) throw new Error(`the warm-up run 'followup ${argv.join(' ')}' exited with ${code}: ${said.join('')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(path.join(root, 'dist', 'followup.cache'), cached.script.createCachedData());
