/** The line after `export --out` wrote its file. */
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';

export interface ExportResult {
  format: string;
  count: number;
  what: 'events' | 'customers' | 'entries';
  file: string | null;
}

export function exportView(r: ExportResult, { t }: ViewEnv): string[] {
  if (r.file === null) return [];
  const file = clean(r.file);
  return [r.what === 'events' ? t.calendar.wrote(r.count, file) : t.exporter.wrote(r.count, r.what, file)];
}
