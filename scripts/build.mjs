// The build: src/ bundled by esbuild into dist/main.js, with one chunk per part loaded on
// demand (each command, the parser, the prompts, pinyin...). Node resolves, reads and
// compiles one file per module: a report's start-up loaded about 60 of them from src/ and
// node_modules, and the bundle cuts what that costs (docs/performance.md). Types are checked
// by `npm run typecheck` (tsc), not here.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  // Bundled CommonJS packages (commander, iconv-lite) call require() for Node's own modules.
  banner: { js: "import { createRequire as __followupRequire } from 'node:module'; const require = __followupRequire(import.meta.url);" },
});
