import type { Context } from '../context.js';
import { issue, UserError } from '../domain/errors.js';
import { appendBlock, oneLine, renderEntry, setFrontMatterValue } from '../domain/format.js';
import { localeOfText } from '../domain/format/detect.js';
import { LOCALES } from '../domain/format/vocabulary.js';
import { followupRecord } from '../domain/record.js';
import { summarize } from '../domain/summary.js';
import type { Customer, Status } from '../domain/types.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { clean, fitLines } from '../ui/text.js';
import { briefLine, doneView, recordView } from '../ui/views/status.js';

type Name = 'release' | 'won' | 'lost' | 'reopen';

const TARGET: Record<Name, Status> = { release: 'released', won: 'won', lost: 'lost', reopen: 'active' };

/** Refuses a change that makes no sense from the customer's present status. */
function checkTransition(name: Name, c: Customer): void {
  const from = c.profile.status;
  if (name === 'reopen' && from === 'active') throw new UserError(issue('status.activeAlready', { name: c.profile.name }));
  if (name !== 'reopen' && from !== 'active') {
    throw new UserError(issue('status.notActive', { name: c.profile.name, status: from, already: from === TARGET[name], handle: c.slug }));
  }
}

/**
 * `followup release|won|lost|reopen <customer>`: sets `status:` and appends a note entry with
 * the status and the reason. Release and lost show the follow-up record first and, at a
 * terminal, ask before writing.
 */
export default async function status<N extends Name>(ctx: Context, [query]: string[], o: OptionsOf<N>, name: N): Promise<Outcome> {
  const book = ctx.notebook();
  const config = await book.config();
  const customer = await book.find(query!, { for: 'write' });
  const reason = o.reason === undefined ? null : oneLine(o.reason);
  if ((name === 'release' || name === 'lost') && !reason) throw new UserError(issue('status.needReason'));
  checkTransition(name, customer);
  const record = name === 'release' || name === 'lost' ? followupRecord(customer, config, ctx.today) : null;
  const { term } = ctx;
  const env = { colors: term.colors, width: term.width, t: ctx.t };
  if (!ctx.json) {
    if (record) term.print(fitLines([...recordView(customer.profile.name, record, env), ''], term.width));
    else term.print(fitLines([briefLine(summarize(customer, config, ctx.today), env)], term.width));
  }
  // Without a terminal nobody reads the record before the write: a record that points at the
  // follow-up needs --yes, so a script cannot let such a customer go unread.
  if (!term.interactive && !o.yes && record?.followupFailed) {
    throw new UserError(issue('status.needYes', { name: customer.profile.name, command: name, handle: customer.slug }));
  }
  if (term.interactive && !o.yes) {
    const { yesNo } = await import('../ui/prompts.js');
    if (!(await yesNo(ctx.t.status.question[name](clean(customer.profile.name)), ctx.t))) {
      return outcome({ result: null, warnings: [issue('status.declined')], code: 1 });
    }
  }

  const target = TARGET[name];
  const note = (text: string) =>
    renderEntry({ date: ctx.today, kind: 'note', fields: { status: target, ...(reason ? { reason } : {}) } }, LOCALES[localeOfText(text, config.locale)]);
  const written = await book.update(customer.relPath, (text, current) => {
    // Checked again on the file as it is now: someone may have changed it meanwhile.
    checkTransition(name, current);
    return appendBlock(setFrontMatterValue(text, 'status', target), note(text));
  });
  const after = summarize(written, config, ctx.today);
  return outcome({
    result: { name, after, reason, record, status: target },
    view: doneView,
    json: (r, e) => ({ customer: r.after, record: r.record && { ...r.record, message: e.t.record.verdict(r.record.verdict) }, status: r.status }),
  });
}
