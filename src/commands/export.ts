/** `followup export ics|csv|json`: the notebook for a phone calendar, a spreadsheet or a script. */
import path from 'node:path';
import type { Context } from '../context.js';
import { calendarEvent, inCalendarOrder, windowEnd, type VisitEvent } from '../domain/calendar.js';
import type { Config } from '../domain/config.js';
import { issue, UserError } from '../domain/errors.js';
import { own } from '../domain/format/text.js';
import { CUSTOMER_COLUMNS, cells, customerRecord, ENTRY_COLUMNS, entryRecords, type CustomerRecord, type EntryRecord } from '../domain/export.js';
import { summarize } from '../domain/summary.js';
import type { FileProblem } from '../domain/types.js';
import type { Messages } from '../i18n/messages.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import type { Notebook } from '../store/notebook.js';
import { writeOutput } from '../store/output.js';
import { Pieces } from '../ui/pieces.js';
import { exportView } from '../ui/views/export.js';
import { skipped } from './shared.js';

const FORMATS = ['ics', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** What an export wrote: how many events, customers or entries, and the files it skipped. */
interface Made {
  count: number;
  problems: FileProblem[];
}

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

  // The output is made as it is written, a few rows at a time: an export of 100,000 customers
  // is never one string, nor, with their entries, all in memory at once.
  let made: Made = { count: 0, problems: [] };
  const write = async (put: (piece: string) => void): Promise<void> => {
    const out = new Pieces(put);
    if (format === 'ics') made = await calendar(ctx, book, config, o.days, out);
    else if (o.entries) made = await entries(book, await table(format, ENTRY_COLUMNS), out);
    else made = await customers(ctx, book, config, await table(format, CUSTOMER_COLUMNS), out);
    out.flush();
  };
  const what = format === 'ics' ? 'events' : o.entries ? 'entries' : 'customers';
  if (o.out === undefined) {
    // The data itself is the output: written as it is, byte for byte (iCalendar and CSV lines end in CRLF).
    await write((piece) => {
      if (!ctx.json) ctx.io.stdout.write(piece);
    });
    return outcome({ result: { format, count: made.count, what, file: null }, warnings: skipped(made.problems) });
  }
  const file = path.resolve(ctx.io.cwd, o.out);
  await writeOutput(file, write);
  return outcome({ result: { format, count: made.count, what, file }, view: exportView, warnings: skipped(made.problems) });
}

/** Records as CSV or JSON text: what comes before them, some of them, and what comes after. */
interface Table {
  head: string;
  rows(records: (CustomerRecord | EntryRecord)[], first: boolean): string;
  tail(count: number): string;
}

async function table(format: 'csv' | 'json', columns: readonly string[]): Promise<Table> {
  if (format === 'json') {
    // As JSON.stringify(records, null, 2) writes the whole list, a record at a time.
    return {
      head: '',
      rows: (records, first) => records.map((r, i) => `${first && i === 0 ? '[\n' : ',\n'}  ${JSON.stringify(r, null, 2).replaceAll('\n', '\n  ')}`).join(''),
      tail: (count) => (count === 0 ? '[]\n' : '\n]\n'),
    };
  }
  const { csvPiece } = await import('../adapters/csv.js');
  return {
    head: csvPiece([[...columns]], true),
    rows: (records) => csvPiece(records.map((r) => cells(r, columns)), false),
    tail: () => '',
  };
}

/** The calendar: every file is read (the events need the entries), one customer at a time. */
async function calendar(ctx: Context, book: Notebook, config: Config, days: number | undefined, out: Pieces): Promise<Made> {
  const until = windowEnd(ctx.today, days);
  const events: VisitEvent[] = [];
  const problems = await book.eachCustomer((c) => {
    const source = { summary: summarize(c, config, ctx.today), contact: c.profile.contact, phone: c.profile.phone, created: c.profile.created, entries: c.entries };
    const event = calendarEvent(source, ctx.today, until, config.reminder);
    // Kept until every file is read: its words are copied, so that it keeps no file's text.
    if (event) events.push(owning(event));
  });
  const { calendarPieces } = await import('../adapters/ical.js');
  const t = ctx.t.calendar;
  const worded = function* () {
    for (const e of inCalendarOrder(events)) yield { ...e, ...eventText(t, e) };
  };
  for (const piece of calendarPieces(t.name, worded())) out.add(piece);
  return { count: events.length, problems };
}

/** A copy of `o` whose strings are each a string of their own (own). */
function owning<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? own(v) : v])) as T;
}

/** A row per entry: every file is read, and its rows written, one customer at a time. */
async function entries(book: Notebook, table: Table, out: Pieces): Promise<Made> {
  out.add(table.head);
  let count = 0;
  const problems = await book.eachCustomer((c) => {
    const records = entryRecords([c]);
    if (records.length === 0) return;
    out.add(table.rows(records, count === 0));
    count += records.length;
  });
  out.add(table.tail(count));
  return { count, problems };
}

/** A row per customer: what the reports need, the digests, through the summary index; written 500 rows at a time, as the digests come. */
async function customers(ctx: Context, book: Notebook, config: Config, table: Table, out: Pieces): Promise<Made> {
  out.add(table.head);
  let written = 0;
  let rows: CustomerRecord[] = [];
  const flush = () => {
    if (rows.length === 0) return;
    out.add(table.rows(rows, written === 0));
    written += rows.length;
    rows = [];
  };
  const problems = await book.eachDigest((d) => {
    rows.push(customerRecord(d, summarize(d, config, ctx.today)));
    if (rows.length === 500) flush();
  });
  flush();
  out.add(table.tail(written));
  return { count: written, problems };
}
