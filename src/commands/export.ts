/** `followup export ics|csv|json`: the notebook for a phone calendar, a spreadsheet or a script. */
import path from 'node:path';
import type { Context } from '../context.js';
import { calendarEvents, windowEnd, type VisitEvent } from '../domain/calendar.js';
import { issue, UserError } from '../domain/errors.js';
import { CUSTOMER_COLUMNS, cells, customerRecords, ENTRY_COLUMNS, entryRecords, type CustomerRecord, type EntryRecord } from '../domain/export.js';
import { summarize, type Summarized } from '../domain/summary.js';
import type { FileProblem } from '../domain/types.js';
import type { Messages } from '../i18n/messages.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { writeOutput } from '../store/output.js';
import { exportView } from '../ui/views/export.js';
import { skipped } from './shared.js';

const FORMATS = ['ics', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The words of one event: what a phone shows the evening before. */
function eventText(t: Messages['calendar'], e: VisitEvent): { summary: string; description: string } {
  const lines = [
    e.plan ? t.plan(e.plan) : t.noPlan,
    e.kind === 'overdue' ? t.dueSince(e.due) : null,
    t.state(e.lastContact, e.lastState),
    e.stage ? t.stage(e.stage) : null,
    e.contact ? t.contact(e.contact, e.phone) : e.phone ? t.phone(e.phone) : null,
    t.show(e.slug),
  ];
  return { summary: t.summary(e.kind, e.name, e.overdueDays), description: lines.filter((l): l is string => l !== null).join('\n') };
}

export default async function exportCommand(ctx: Context, [given]: string[], o: OptionsOf<'export'>): Promise<Outcome> {
  const format = (given ?? '').toLowerCase() as Format;
  if (!FORMATS.includes(format)) throw new UserError(issue('export.badFormat', { format: given ?? '', formats: FORMATS }));
  if (o.days !== undefined && format !== 'ics') throw new UserError(issue('export.optionFor', { option: '--days', formats: ['ics'] }));
  if (o.entries && format === 'ics') throw new UserError(issue('export.optionFor', { option: '--entries', formats: ['csv', 'json'] }));
  const book = ctx.notebook();
  const config = await book.config();
  const summaries = (customers: Summarized[]) => new Map(customers.map((c) => [c.relPath, summarize(c, config, ctx.today)]));

  let data: string;
  let count: number;
  let what: 'events' | 'customers' | 'entries';
  let problems: FileProblem[];
  if (format === 'ics') {
    // The calendar's events need the entries themselves: every file is read.
    const loaded = await book.load();
    problems = loaded.problems;
    const { renderCalendar } = await import('../adapters/ical.js');
    const summary = summaries(loaded.customers);
    const sources = loaded.customers.map((c) => ({ summary: summary.get(c.relPath)!, contact: c.profile.contact, phone: c.profile.phone, created: c.profile.created, entries: c.entries }));
    const events = calendarEvents(sources, ctx.today, windowEnd(ctx.today, o.days), config.reminder);
    data = renderCalendar(ctx.t.calendar.name, events.map((e) => ({ ...e, ...eventText(ctx.t.calendar, e) })));
    count = events.length;
    what = 'events';
  } else {
    let records: (CustomerRecord | EntryRecord)[];
    if (o.entries) {
      const loaded = await book.load();
      problems = loaded.problems;
      records = entryRecords(loaded.customers);
    } else {
      // A row per customer needs what the reports need: the digests, through the summary index.
      const read = await book.digests();
      problems = read.problems;
      records = customerRecords(read.digests, summaries(read.digests));
    }
    const columns = o.entries ? ENTRY_COLUMNS : CUSTOMER_COLUMNS;
    if (format === 'json') data = JSON.stringify(records, null, 2) + '\n';
    else {
      const { writeCsv } = await import('../adapters/csv.js');
      data = writeCsv([...columns], records.map((r) => cells(r, columns)));
    }
    count = records.length;
    what = o.entries ? 'entries' : 'customers';
  }

  const warnings = skipped(problems);
  if (o.out === undefined) {
    // The data itself is the output: written as it is, byte for byte (iCalendar and CSV lines end in CRLF).
    if (!ctx.json) ctx.io.stdout.write(data);
    return outcome({ result: { format, count, what, file: null }, warnings });
  }
  const file = path.resolve(ctx.io.cwd, o.out);
  await writeOutput(file, data);
  return outcome({ result: { format, count, what, file }, view: exportView, warnings });
}
