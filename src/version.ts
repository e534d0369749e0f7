/** The tool's version, from its package.json. */
import { readFileSync } from 'node:fs';
import { packageFile } from './package.js';

export function version(): string {
  const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
