// How the build is run: dist/followup.cjs (one bundle, made by scripts/build.mjs) compiled
// with the V8 code cache the build wrote beside it (dist/followup.cache), so that a run neither
// parses the whole bundle nor compiles again what the daily commands use. bin/followup runs
// it; the build uses it to make the cache, so both compile the bundle the same way.
//
// V8 checks a cache against the source's length only, not its text: the bundle's first line
// names its build (a digest of the bundle), and a cache is handed to V8 only when it starts
// with the same name. V8 itself refuses a cache made by another version of Node or with
// other flags; the bundle is then compiled as any script is.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

/** The first line of the bundle: its build's name, 16 hexadecimal digits. */
const BUILD = /^\/\/ followup build ([0-9a-f]{16})\n/;
const NAME_BYTES = 16;

/**
 * Compiles and runs the bundle in `dist`; returns its exports, the compiled script and its
 * build's name. `useCache: false` compiles without the cache (the build, making it).
 */
function load(dist = path.join(__dirname, '..', 'dist'), { useCache = true } = {}) {
  const bundle = path.join(dist, 'followup.cjs');
  // The build writes the bundle in ASCII, so Latin-1 reads it as it is, without decoding UTF-8.
  const source = readFileSync(bundle, 'latin1');
  const build = BUILD.exec(source)?.[1] ?? null;
  let cachedData;
  if (useCache && build !== null) {
    try {
      const cache = readFileSync(path.join(dist, 'followup.cache'));
      if (cache.toString('latin1', 0, NAME_BYTES) === build) cachedData = cache.subarray(NAME_BYTES);
    } catch {
      // No cache: compiled as usual.
    }
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, dist);
  return { exports: module.exports, script, build, cached: cachedData !== undefined && !script.cachedDataRejected };
}

module.exports = { load };
