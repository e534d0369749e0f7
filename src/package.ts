/**
 * Files shipped with the tool (package.json, templates, the bin), found from wherever this
 * code runs: the sources under src/ in tests, the bundle under dist/, an installed copy.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The tool's own folder: the nearest one above this code that holds a package.json. */
function packageRoot(): string {
  if (root !== null) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  root = dir;
  return dir;
}

/** The absolute path of a file of the tool, given relative to its folder. */
export function packageFile(...parts: string[]): string {
  return path.join(packageRoot(), ...parts);
}
