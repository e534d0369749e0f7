/** What `import` did: counts, then a line per row created, skipped or refused. */
import type { Issue } from '../../domain/errors.js';
import { describe } from '../../i18n/messages.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';

export interface ImportResult {
  file: string;
  encoding: string;
  rows: number;
  dryRun: boolean;
  merge: boolean;
  created: { line: number; name: string; path: string | null }[];
  /** `path`: null for a customer an earlier row of a dry run would have created. */
  existing: { line: number; name: string; path: string | null; added: string[] }[];
  bad: { line: number; issue: Issue }[];
}

export function importView(r: ImportResult, { t: all, colors: c }: ViewEnv): string[] {
  const t = all.importer;
  if (r.rows === 0) return [t.nothing];
  const counts = [
    t.created(r.created.length, r.dryRun),
    r.existing.length > 0 ? (r.merge ? t.merged(r.existing.length, r.dryRun) : t.existing(r.existing.length)) : null,
    r.bad.length > 0 ? c.red(t.bad(r.bad.length)) : null,
  ].filter((x): x is string => x !== null);
  return [
    `${t.title(clean(r.file), r.encoding, r.rows, r.dryRun)} ${counts.join(', ')}`,
    ...r.created.map((x) => t.createdLine(x.line, clean(x.name), x.path === null ? '-' : clean(x.path))),
    ...r.existing.map((x) => t.existingLine(x.line, clean(x.name), x.path === null ? '-' : clean(x.path), x.added)),
    ...r.bad.map((x) => t.badLine(clean(describe(all, { code: 'import.row', params: { line: x.line, issue: x.issue } })))),
  ];
}
