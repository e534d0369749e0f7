import type { Context } from '../context.js';
import { byDue } from '../domain/agenda.js';
import { sameStage } from '../domain/method/stages.js';
import type { Summary } from '../domain/summary.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { listView } from '../ui/views/list.js';
import { openDigests, skipped, summarizeAll } from './shared.js';

type Options = OptionsOf<'list'>;

// Chinese names sort by pinyin, as a Chinese reader expects; Latin names as usual.
const names = new Intl.Collator(['zh-Hans-CN', 'en'], { sensitivity: 'base', numeric: true });

const ORDER: Record<Options['sort'], (a: Summary, b: Summary) => number> = {
  due: byDue,
  name: (a, b) => names.compare(a.name, b.name),
  heat: (a, b) => (b.heat ?? -1) - (a.heat ?? -1) || byDue(a, b),
};

/** Active customers first (closed ones have no due date to sort by), each group in `order`. */
function ordered(order: (a: Summary, b: Summary) => number) {
  return (a: Summary, b: Summary) => Number(a.status !== 'active') - Number(b.status !== 'active') || order(a, b);
}

/** `followup list`: one row per customer. */
export default async function list(ctx: Context, _args: string[], o: Options): Promise<Outcome> {
  const opened = await openDigests(ctx, { owner: o.owner });
  const tag = o.tag?.toLowerCase();
  const rows = summarizeAll(opened, ctx.today)
    .filter((s) => o.all || s.status === 'active')
    .filter((s) => !tag || s.tags.some((t) => t.toLowerCase() === tag))
    .filter((s) => !o.stage || sameStage(s.stage, o.stage))
    .sort(ordered(ORDER[o.sort]));
  return outcome({
    result: { rows, all: o.all === true, customers: opened.digests.length },
    view: listView,
    json: (r) => r.rows,
    warnings: skipped(opened.problems),
  });
}
