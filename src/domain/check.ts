/**
 * `followup check`: every problem of every file of a notebook, from what reading each file
 * found, and the names that collide across files. Files only: not the git setup, not the
 * method's warnings about customers.
 */
import { issue, type Issue } from './errors.js';
import type { Diagnostic } from './format.js';
import { append } from './lists.js';
import { nameKey } from './resolve.js';
import { slugKey } from './slug.js';

/** What reading one file found. */
export interface FileRead {
  relPath: string;
  /** The customer's name, when the file is a readable customer. */
  name: string | null;
  diagnostics: Diagnostic[];
}

export interface CheckProblem {
  file: string;
  /** 1-based, or null for the file as a whole. */
  line: number | null;
  /** An error keeps the file out of reports and writes; a warning is only said. */
  severity: 'error' | 'warning';
  issue: Issue;
}

export interface CheckResult {
  /** Markdown files looked at. */
  files: number;
  customers: number;
  problems: CheckProblem[];
}

/** Each member of a group of colliding keys, with the first other member named. */
function twins(items: { relPath: string; key: string }[], by: 'file' | 'name'): CheckProblem[] {
  const groups = new Map<string, string[]>();
  for (const { relPath, key } of items) groups.set(key, [...(groups.get(key) ?? []), relPath]);
  const out: CheckProblem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const other = group.find((f) => f !== file)!;
      out.push({ file, line: null, severity: 'warning', issue: issue('file.twin', { other, by }) });
    }
  }
  return out;
}

/** Every problem of the files read, sorted by file and line; `links` are symbolic links found. */
export function checkFiles(read: FileRead[], links: string[] = [], unreadable: { relPath: string; issue: Issue }[] = []): CheckResult {
  const problems: CheckProblem[] = [];
  for (const f of read) {
    for (const d of f.diagnostics) problems.push({ file: f.relPath, line: d.line, severity: d.severity, issue: d.issue });
  }
  for (const l of links) problems.push({ file: l, line: null, severity: 'warning', issue: issue('file.symlink') });
  for (const u of unreadable) problems.push({ file: u.relPath, line: null, severity: 'error', issue: u.issue });
  // Alice.md and alice.md are one file on macOS and Windows; é written two ways is one name
  // to a person and two to a file system.
  append(problems, twins(read.map((f) => ({ relPath: f.relPath, key: slugKey(f.relPath) })), 'file'));
  const named = read.filter((f) => f.name !== null);
  append(problems, twins(named.map((f) => ({ relPath: f.relPath, key: nameKey(f.name!) })), 'name'));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return { files: read.length, customers: named.length, problems };
}
