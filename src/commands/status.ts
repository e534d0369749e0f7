import type { Context } from '../context.js';
import { UserError } from '../domain/errors.js';
import { appendBlock, oneLine, renderEntry, setFrontMatterValue } from '../domain/format.js';
import { followupRecord, type FollowupRecord } from '../domain/record.js';
import { summarize, type Summary } from '../domain/summary.js';
import type { Customer, Status } from '../domain/types.js';
import { LOCALES } from '../i18n/vocabulary.js';
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
const DONE: Record<Name, string> = { release: 'Released', won: 'Won', lost: 'Lost', reopen: 'Reopened' };
const QUESTION: Record<Name, (who: string) => string> = {
  release: (who) => `Release ${who} from your pipeline?`,
  won: (who) => `Mark ${who} as won?`,
  lost: (who) => `Mark ${who} as lost?`,
  reopen: (who) => `Reopen ${who}?`,
};

/** Refuses a change that makes no sense from the customer's present status. */
function checkTransition(name: Name, c: Customer): void {
  const from = c.profile.status;
  const who = clean(c.profile.name);
  const handle = clean(c.slug);
  if (name === 'reopen' && from === 'active') throw new UserError(`${who} is active already; there is nothing to reopen`);
  if (name !== 'reopen' && from !== 'active') {
    const again = from === TARGET[name] ? 'already ' : '';
    throw new UserError(`${who} is ${again}${from}; run 'followup reopen ${handle}' first to make it active again`);
  }
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
    throw new UserError(`say why with --reason "<text>": the reason is what a colleague reads before trying again`);
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
    if (!(await confirm({ message: QUESTION[name](clean(customer.profile.name)), default: false }))) {
      ctx.warn('nothing was written');
      return 1;
    }
  }

  // Checked again on the file as it is now: someone may have changed it meanwhile.
  checkTransition(name, await opened.book.reload(customer.relPath));
  const target = TARGET[name];
  const vocab = LOCALES[opened.config.locale];
  const note = renderEntry({ date: ctx.today, kind: 'note', fields: { status: target, ...(reason ? { reason } : {}) } }, vocab);
  await updateCustomer(opened.book, customer.relPath, (text) => appendBlock(setFrontMatterValue(text, 'status', target), note));

  const after = summarize(await opened.book.reload(customer.relPath), opened.config, ctx.today);
  if (ctx.json) return ctx.printJson({ customer: after, record, status: target });
  ctx.print(doneLine(name, after, reason, c));
}

function shortLine(s: Summary, c: Colors): string {
  const history = s.contacts === 0 ? 'no contact recorded' : `${s.contacts} ${s.contacts === 1 ? 'contact' : 'contacts'}, the last on ${s.lastContact}`;
  return `${c.bold(clean(s.name))} ${c.dim(`(${s.status}, stage ${clean(s.stage ?? '-')}, ${history})`)}`;
}

function doneLine(name: Name, s: Summary, reason: string | null, c: Colors): string[] {
  const why = reason ? ` (${clean(reason)})` : '';
  if (name === 'reopen') {
    const late = s.overdueDays > 0 ? c.red(`, ${s.overdueDays} days overdue`) : '';
    return [`${DONE[name]} ${c.bold(clean(s.name))}${why}: active again, due ${s.due}${late}.`];
  }
  return [
    `${DONE[name]}: ${c.bold(clean(s.name))}${why}. Status ${s.status} in ${clean(s.path)}; it leaves agenda and overdue.`,
    c.dim(`Changed your mind? followup reopen ${clean(s.slug)}`),
  ];
}

/** The follow-up record as a rep reads it before letting a customer go. */
export function renderRecord(customer: Customer, r: FollowupRecord, c: Colors, width: number | null): string[] {
  const out = [c.bold(`Follow-up record of ${clean(customer.profile.name)}`) + c.dim(` as of ${r.date}`)];
  const span = r.firstContact === r.lastContact ? `on ${r.firstContact}` : `from ${r.firstContact} to ${r.lastContact}`;
  const history = r.contacts === 0 ? 'No contact recorded' : `${r.contacts} ${r.contacts === 1 ? 'contact' : 'contacts'} ${span}`;
  out.push(`  ${history}, cadence ${r.cadence} days`);
  if (r.gaps.length > 0) {
    const longest = r.longestGap!;
    out.push(`  Gaps longer than the cadence: ${r.gapsOverCadence} of ${r.gaps.length}` + c.dim(` (longest ${longest.days} days)`));
    const late = r.gaps.filter((g) => g.overCadence);
    if (late.length > 0) {
      const rows = late.map((g) => [g.from, g.open ? `${g.to} (today)` : g.to, `${g.days} days`, c.red(`+${g.days - r.cadence}`)]);
      out.push(...renderTable([{ header: 'From' }, { header: 'To' }, { header: 'Gap', align: 'right' }, { header: 'Late', align: 'right' }], rows, width === null ? null : width - 4, c.dim).map((l) => `    ${l}`));
    }
  }
  const stall = r.longestStall;
  out.push(stall ? `  Longest run without a stage change: ${stall.contacts} ${stall.contacts === 1 ? 'contact' : 'contacts'}` + c.dim(stall.from === stall.to ? ` (${stall.from})` : ` (${stall.from} to ${stall.to})`) : '  Longest run without a stage change: none');
  const contacts = `${r.contacts} ${r.contacts === 1 ? 'contact' : 'contacts'}`;
  out.push(`  Close asked: ${r.closesAsked === 0 ? `never, in ${contacts}` : `in ${r.closesAsked} of ${contacts}`}`);
  const paint = r.followupFailed ? c.yellow : c.green;
  out.push(`  ${paint(r.verdict)}`);
  return out;
}
