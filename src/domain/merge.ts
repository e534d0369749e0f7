/**
 * Three-way merge of a customer file, for git's merge driver: what two devices or two reps
 * wrote between syncs is kept, and conflict markers appear only where both sides changed the
 * same thing differently. The file is cut with the lossless document model: the front matter
 * (merged key by key), the head (everything before the first entry, merged as one value), and
 * the entries (each with the text sections that follow it up to the next entry).
 */
import { splitDocument } from './format/document.js';
import { frontMatterSpan } from './format/front-matter.js';
import { entryHead, headingOf } from './format/lines.js';
import { BOM } from './format/text.js';

export interface MergeLabels {
  ours: string;
  theirs: string;
}

export interface MergeResult {
  text: string;
  /** How many places hold conflict markers; 0 is a clean merge. */
  conflicts: number;
}

/** The versions of one value: null when that side has none (deleted, or never there). */
interface Three<T> {
  base: T | null;
  ours: T | null;
  theirs: T | null;
}

type Picked = { value: string | null } | { conflict: { ours: string; theirs: string } };

/** Two texts are the same when they differ only in line endings and trailing blank lines. */
function key(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : key(a) === key(b));

/** The classic rule: a value changed on one side only takes that side's value. */
function pick(v: Three<string>): Picked {
  if (same(v.ours, v.theirs)) return { value: v.ours };
  if (same(v.base, v.ours)) return { value: v.theirs };
  if (same(v.base, v.theirs)) return { value: v.ours };
  return { conflict: { ours: v.ours ?? '', theirs: v.theirs ?? '' } };
}

interface Out {
  eol: string;
  markers: number;
  labels: MergeLabels;
  conflicts: number;
}

/** Text from the other side in this file's line endings, so a merge never mixes them. */
const inEol = (s: string, eol: string) => s.replace(/\r?\n/g, eol);

const withEol = (s: string, eol: string) => (s === '' || s.endsWith('\n') ? s : s + eol);

function markers(o: Out, ours: string, theirs: string): string {
  o.conflicts++;
  const m = (c: string) => c.repeat(o.markers);
  return `${m('<')} ${o.labels.ours}${o.eol}${withEol(ours, o.eol)}${m('=')}${o.eol}${withEol(theirs, o.eol)}${m('>')} ${o.labels.theirs}${o.eol}`;
}

function resolve(o: Out, p: Picked): string {
  return 'value' in p ? (p.value ?? '') : markers(o, p.conflict.ours, p.conflict.theirs);
}

// ---- front matter ----

interface FrontMatter {
  open: string;
  /** Lines before the first key (comments). */
  lead: string;
  keys: Map<string, string>;
  order: string[];
  close: string;
}

const TOP_KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"\-?:[\]{},&*!|>%@`][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?:[ \t]|\r?$)/;

/** The front matter cut into its top-level keys, each with the lines below it; null when it cannot be cut so. */
function cutFrontMatter(block: string): FrontMatter | null {
  if (block === '') return null;
  const lines = block.split(/(?<=\n)/);
  const open = lines.shift()!;
  const last = lines[lines.length - 1];
  if (last === undefined || !/^---/.test(last)) return null;
  const close = lines.pop()!;
  const fm: FrontMatter = { open, lead: '', keys: new Map(), order: [], close };
  let current: string | null = null;
  for (const line of lines) {
    const m = TOP_KEY.exec(line);
    if (m) {
      current = m[1] ?? m[2] ?? m[3]!.trim();
      if (fm.keys.has(current)) return null;
      fm.keys.set(current, line);
      fm.order.push(current);
    } else if (current === null) {
      // Anything but comments and blank lines before the first key is YAML this cut does not know.
      if (!/^[ \t]*(#.*)?\r?\n?$/.test(line)) return null;
      fm.lead += line;
    } else {
      fm.keys.set(current, fm.keys.get(current)! + line);
    }
  }
  return fm;
}

function mergeFrontMatter(o: Out, v: Three<string>): string {
  const whole = pick(v);
  if ('value' in whole) return whole.value ?? '';
  const [b, a, t] = [v.base ?? '', v.ours ?? '', v.theirs ?? ''].map(cutFrontMatter);
  if (!b || !a || !t) return resolve(o, whole);
  const order = [...a.order];
  // A key only theirs has goes after the key it follows there.
  t.order.forEach((k, i) => {
    if (order.includes(k) || b.keys.has(k)) return;
    const before = t.order.slice(0, i).reverse().find((p) => order.includes(p));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, k);
  });
  for (const k of b.order) if (!order.includes(k) && (a.keys.has(k) || t.keys.has(k))) order.push(k);
  let body = resolve(o, pick({ base: b.lead, ours: a.lead, theirs: t.lead }));
  for (const k of order) {
    const p = pick({ base: b.keys.get(k) ?? null, ours: a.keys.get(k) ?? null, theirs: t.keys.get(k) ?? null });
    body += withEol(resolve(o, p), o.eol);
  }
  return a.open + body + a.close;
}

// ---- entries ----

interface Part {
  text: string;
  date: string;
  /** The entry's heading line, which pairs an edited entry with its earlier version. */
  heading: string;
  /** Whether it ended its file, where nothing had to follow it. */
  last: boolean;
}

interface Cut {
  bom: boolean;
  frontMatter: string;
  head: string;
  entries: Part[];
}

/** The date of an entry's heading, read as the format reads it (2026/11/20 and 2026年11月20日 too). */
function dateOf(heading: string): string {
  const head = entryHead(headingOf(heading.replace(/\r?\n$/, ''))!.text);
  return head && 'date' in head ? head.date : '';
}

function cut(text: string): Cut {
  const doc = splitDocument(text);
  const entries: Part[] = [];
  let head = '';
  for (const s of doc.sections) {
    if (s.kind === 'entry') {
      const heading = s.text.slice(0, s.text.indexOf('\n') + 1 || s.text.length);
      entries.push({ text: s.text, date: dateOf(heading), heading: key(heading), last: false });
    } else if (entries.length === 0) head += s.text;
    else entries[entries.length - 1]!.text += s.text;
  }
  if (entries.length > 0) entries[entries.length - 1]!.last = true;
  return { bom: doc.bom, frontMatter: doc.frontMatter, head, entries };
}

/** What one side did to each entry of the base, and the entries it added. */
interface Changes {
  /** Per base entry: the same entry on this side, its new version, or null when deleted. */
  fate: (Part | null)[];
  /** Per entry of this side: the base entry it stands for, or -1 when it is new. */
  from: number[];
}

function changes(base: Part[], side: Part[]): Changes {
  const fate: (Part | null)[] = base.map(() => null);
  const from = side.map(() => -1);
  // The same text is the same entry, wherever it stands: two devices may have put entries of
  // one day in different orders, and that is no change.
  const bySide = new Map<string, number[]>();
  side.forEach((p, s) => {
    const k = key(p.text);
    const list = bySide.get(k);
    if (list) list.push(s);
    else bySide.set(k, [s]);
  });
  base.forEach((p, b) => {
    const s = bySide.get(key(p.text))?.shift();
    if (s !== undefined) {
      fate[b] = side[s]!;
      from[s] = b;
    }
  });
  // An entry of the base that is gone was edited when exactly one new entry of this side has
  // its heading, and no other gone entry shares it; otherwise it was deleted, and the new ones
  // are new (two visits on one day are two entries, not one edited).
  const gone = base.map((_, b) => b).filter((b) => fate[b] === null);
  for (const b of gone) {
    const heading = base[b]!.heading;
    const candidates = side.map((_, s) => s).filter((s) => from[s] === -1 && side[s]!.heading === heading);
    const twins = gone.filter((x) => base[x]!.heading === heading);
    if (candidates.length === 1 && twins.length === 1) {
      from[candidates[0]!] = b;
      fate[b] = side[candidates[0]!]!;
    }
  }
  return { fate, from };
}

interface Slot {
  text: string;
  date: string;
  last: boolean;
}

function mergeEntries(o: Out, base: Part[], ours: Part[], theirs: Part[]): Slot[] {
  const a = changes(base, ours);
  const t = changes(base, theirs);
  const out: Slot[] = [];
  const taken = new Set<string>();
  const settle = (b: number): Slot | null => {
    const p = pick({ base: base[b]!.text, ours: a.fate[b]?.text ?? null, theirs: t.fate[b]?.text ?? null });
    if ('value' in p) {
      if (p.value === null) return null;
      const mine = same(p.value, a.fate[b]?.text ?? null);
      const source = mine ? a.fate[b]! : t.fate[b]!;
      return { text: mine ? source.text : inEol(source.text, o.eol), date: source.date, last: source.last };
    }
    return { text: markers(o, p.conflict.ours, p.conflict.theirs), date: base[b]!.date, last: false };
  };
  ours.forEach((e, i) => {
    const b = a.from[i]!;
    const slot = b === -1 ? { text: e.text, date: e.date, last: e.last } : settle(b);
    if (slot) out.push(slot);
    if (b === -1) taken.add(key(e.text));
  });
  const insert = (slot: Slot) => {
    // After the last entry dated on or before it, so entries stay in date order and entries of
    // the same date keep the order they came in.
    let at = out.length;
    while (at > 0 && out[at - 1]!.date > slot.date) at--;
    out.splice(at, 0, slot);
  };
  // Entries ours deleted and theirs changed: the change must not vanish unseen.
  base.forEach((_, b) => {
    if (a.fate[b] === null) {
      const slot = settle(b);
      if (slot) insert(slot);
    }
  });
  theirs.forEach((e, i) => {
    if (t.from[i] !== -1 || taken.has(key(e.text))) return;
    taken.add(key(e.text));
    insert({ text: inEol(e.text, o.eol), date: e.date, last: e.last });
  });
  return out;
}

/** Joins entries, giving the one that ended its file a line break (and a blank line) when another follows. */
function joinEntries(o: Out, slots: Slot[]): string {
  return slots
    .map((s, i) => {
      if (i === slots.length - 1) return s.text;
      let text = withEol(s.text, o.eol);
      if (s.last && !/\n[ \t]*\r?\n$/.test(text) && !/^[ \t]*\r?\n$/.test(text)) text += o.eol;
      return text;
    })
    .join('');
}

function lineEndingOf(text: string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  return crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
}

/** Whether a text is a file this merge knows: one with front matter. */
export function hasFrontMatter(text: string): boolean {
  return frontMatterSpan(text) !== null;
}

/**
 * Merges two versions of a customer file made from a common base. Entries of both sides are
 * kept, in date order, once each; the front matter is merged key by key; the head as a whole.
 * Conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) stand only where both sides changed the same
 * key, the head, or the same entry differently, or one side deleted an entry the other changed.
 */
export function mergeCustomer(base: string, ours: string, theirs: string, o: { labels?: MergeLabels; markerSize?: number } = {}): MergeResult {
  if (same(base, theirs) || ours === theirs) return { text: ours, conflicts: 0 };
  if (same(base, ours)) return { text: theirs, conflicts: 0 };
  const out: Out = { eol: lineEndingOf(ours), markers: o.markerSize ?? 7, labels: o.labels ?? { ours: 'ours', theirs: 'theirs' }, conflicts: 0 };
  const [b, a, t] = [base, ours, theirs].map(cut) as [Cut, Cut, Cut];
  const frontMatter = mergeFrontMatter(out, { base: b.frontMatter, ours: a.frontMatter, theirs: t.frontMatter });
  const head = resolve(out, pick({ base: b.head, ours: a.head, theirs: t.head }));
  const slots = mergeEntries(out, b.entries, a.entries, t.entries);
  const entries = joinEntries(out, slots);
  const body = slots.length > 0 ? withEol(head, out.eol) + entries : head;
  const text = (a.bom || (t.bom && !b.bom) ? BOM : '') + frontMatter + body;
  return { text, conflicts: out.conflicts };
}
