import { collationKey, hasHan, loadPinyin } from '../adapters/pinyin.js';
import type { Context } from '../context.js';
import { byDue } from '../domain/agenda.js';
import type { Summary } from '../domain/summary.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { listView } from '../ui/views/list.js';
import { openSummaries, skipped } from './shared.js';

type Options = OptionsOf<'list'>;

// Made when a list is sorted by name: making a collator costs about 10 ms.
let names: Intl.Collator | null = null;

/**
 * Names in alphabetical order, Chinese ones by their pinyin among the Latin ones (杭州 among
 * the H names, as a Chinese reader files them); pinyin-pro is loaded only when a name is Chinese.
 */
async function byName(rows: Summary[]): Promise<(a: Summary, b: Summary) => number> {
  const pinyinOf = rows.some((s) => hasHan(s.name)) ? await loadPinyin() : null;
  const keys = new Map(rows.map((s) => [s.name, pinyinOf ? collationKey(s.name, pinyinOf) : s.name]));
  names ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const by = names;
  return (a, b) => by.compare(keys.get(a.name)!, keys.get(b.name)!) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

const ORDER: Record<Exclude<Options['sort'], 'name'>, (a: Summary, b: Summary) => number> = {
  due: byDue,
  heat: (a, b) => (b.heat ?? -1) - (a.heat ?? -1) || byDue(a, b),
};

/** Active customers first (closed ones have no due date to sort by), each group in `order`. */
function ordered(order: (a: Summary, b: Summary) => number) {
  return (a: Summary, b: Summary) => Number(a.status !== 'active') - Number(b.status !== 'active') || order(a, b);
}

/** `followup list`: one row per customer. */
export default async function list(ctx: Context, _args: string[], o: Options): Promise<Outcome> {
  const opened = await openSummaries(ctx, o);
  const rows = opened.summaries
    .filter((s) => o.all || s.status === 'active')

  rows.sort(ordered(o.sort === 'name' ? await byName(rows) : ORDER[o.sort]));
  return outcome({
    result: { rows, all: o.all === true, customers: opened.customers },
    view: listView,
    json: (r) => r.rows,
    warnings: skipped(opened.problems),
  });
}
