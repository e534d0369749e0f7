import type { Context } from '../context.js';
import { UserError } from '../domain/errors.js';
import { appendBlock, oneLine, renderEntry, setFrontMatterValue } from '../domain/format.js';
import { followupRecord, type FollowupRecord } from '../domain/record.js';
import { summarize, type Summary } from '../domain/summary.js';
import type { Customer, Status } from '../domain/types.js';
import { LOCALES } from '../i18n/vocabulary.js';
import { messages as m } from '../i18n/messages.js';
import type { Colors } from '../ui/color.js';
import { renderTable } from '../ui/table.js';
import { clean } from '../ui/text.js';
import { openNotebook, pickCustomer, updateCustomer } from './shared.js';

type Name = 'release' | 'won' | 'lost' | 'reopen';

interface Options {
  reason?: string;
  yes?: boolean;
}

const TARGET: Record<Name, Status> = { release: 'released', won: 'won', lost: 'lost', reopen: 'active' };

/** Refuses a change that makes no sense from the customer's present status. */
function checkTransition(name: Name, c: Customer): void {
  const from = c.profile.status;
  const who = clean(c.profile.name);
  const handle = clean(c.slug);
  if (name === 'reopen' && from === 'active') throw new UserError(m.status.activeAlready(who));
  if (name !== 'reopen' && from !== 'active') throw new UserError(m.status.notActive(who, from, from === TARGET[name], handle));
}

/**
 * `followup release|won|lost|reopen <customer>`: sets `status:` and appends a note entry with
 * the status and the reason. Release and lost show the follow-up record first and, at a
 * terminal, ask before writing.
 */
export default async function status(ctx: Context, [query]: string[], o: Options, command: string): Promise<number | void> {
  const name = command as Name;
  if (!Object.hasOwn(TARGET, name)) throw new Error(`status.ts cannot run '${command}'`);
  const opened = await openNotebook(ctx);
  const customer = pickCustomer(opened, query!);
  const reason = o.reason === undefined ? null : oneLine(o.reason);
  if ((name === 'release' || name === 'lost') && !reason) {
    throw new UserError(m.status.needReason);
  }
  checkTransition(name, customer);
  const record = name === 'release' || name === 'lost' ? followupRecord(customer, opened.config, ctx.today) : null;
  const c = ctx.colors;
  if (!ctx.json) {
    if (record) ctx.print([...renderRecord(customer, record, c, ctx.width), '']);
    else ctx.print(shortLine(summarize(customer, opened.config, ctx.today), c));
  }
  if (ctx.interactive && !o.yes) {
    const { confirm } = await import('../ui/prompts.js');
    if (!(await confirm({ message: m.status.question[name](clean(customer.profile.name)), default: false }))) {
      ctx.warn(m.status.nothingWritten);
      return 1;
    }
  }

  const target = TARGET[name];
  const vocab = LOCALES[opened.config.locale];
  const note = renderEntry({ date: ctx.today, kind: 'note', fields: { status: target, ...(reason ? { reason } : {}) } }, vocab);
  const written = await updateCustomer(opened.book, customer.relPath, (text, current) => {
    // Checked again on the file as it is now: someone may have changed it meanwhile.
    checkTransition(name, current);
    return appendBlock(setFrontMatterValue(text, 'status', target), note);
  });
  const after = summarize(written, opened.config, ctx.today);
  if (ctx.json) return ctx.printJson({ customer: after, record, status: target });
  ctx.print(doneLine(name, after, reason, c));
}

function shortLine(s: Summary, c: Colors): string {
  return `${c.bold(clean(s.name))} ${c.dim(m.status.brief(s.status, clean(s.stage ?? '-'), s.contacts, s.lastContact))}`;
}

function doneLine(name: Name, s: Summary, reason: string | null, c: Colors): string[] {
  const t = m.status;
  const why = reason ? t.because(clean(reason)) : '';
  if (name === 'reopen') {
    const late = s.overdueDays > 0 ? c.red(t.late(s.overdueDays)) : '';
    return [t.reopened(c.bold(clean(s.name)), why, s.due, late)];
  }
  return [t.done(t.closed[name], c.bold(clean(s.name)), why, s.status, clean(s.path)), c.dim(t.undo(clean(s.slug)))];
}

/** The follow-up record as a rep reads it before letting a customer go. */
export function renderRecord(customer: Customer, r: FollowupRecord, c: Colors, width: number | null): string[] {
  const t = m.record;
  const out = [c.bold(t.title(clean(customer.profile.name))) + c.dim(t.asOf(r.date))];
  out.push(`  ${t.history(r.contacts, r.firstContact, r.lastContact, r.cadence)}`);
  if (r.gaps.length > 0) {
    const longest = r.longestGap!;
    out.push(`  ${t.lateGaps(r.gapsOverCadence, r.gaps.length)}` + c.dim(t.longest(longest.days)));
    const late = r.gaps.filter((g) => g.overCadence);
    if (late.length > 0) {
      const rows = late.map((g) => [g.from, g.open ? t.openGap(g.to) : g.to, t.days(g.days), c.red(`+${g.days - r.cadence}`)]);
      const k = t.columns;
      out.push(...renderTable([{ header: k.from }, { header: k.to }, { header: k.gap, align: 'right' }, { header: k.late, align: 'right' }], rows, width === null ? null : width - 4, c.dim).map((l) => `    ${l}`));
    }
  }
  const stall = r.longestStall;
  out.push(`  ${t.stall(stall?.contacts ?? null)}` + (stall ? c.dim(t.stallSpan(stall.from, stall.to)) : ''));
  out.push(`  ${t.close(r.closesAsked, r.contacts)}`);
  const paint = r.followupFailed ? c.yellow : c.green;
  out.push(`  ${paint(r.verdict)}`);
  return out;
}
