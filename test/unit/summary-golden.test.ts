/**
 * Summaries of generated customers, held to what the first, plainly written `summarize` said
 * of them (test/fixtures/summaries.golden.json, written by that version with
 * `GOLDEN=write npx vitest run test/unit/summary-golden.test.ts`). The summary was later
 * rewritten to run in one pass for speed; this keeps every rule where it was: due dates,
 * reasons, stage, heat, flags and counts, over entries in any order, on days before, among
 * and after the entries, under two configs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config.js';
import { addDays } from '../../src/domain/dates.js';
import { CONTACT_KINDS, KINDS } from '../../src/domain/format/vocabulary.js';
import { summarize } from '../../src/domain/summary.js';
import type { Digest, EntryFacts } from '../../src/domain/types.js';

const GOLDEN = new URL('../fixtures/summaries.golden.json', import.meta.url);

function generator(seed: number) {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return { rand, pick };
}

const STAGES = ['lead', 'Qualified', 'proposal', 'negotiation', 'won', 'pilot'];
const ACTIONS = ['send the quote', 'Send  the quote', 'visit the plant', 'meet the CFO', ''];

function customers(count: number): Digest[] {
  const { rand, pick } = generator(7);
  const out: Digest[] = [];
  for (let i = 0; i < count; i++) {
    const entries: EntryFacts[] = [];
    let date = addDays('2026-09-01', Math.floor(rand() * 60));
    const n = Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) {
      date = addDays(date, pick([0, 0, 1, 3, 7, 14, 30, -5]));
      const kind = pick(KINDS);
      const stage = rand() < 0.3 ? { from: rand() < 0.5 ? pick(STAGES) : null, to: pick(STAGES) } : null;
      const next = rand() < 0.5 ? { date: rand() < 0.8 ? addDays(date, pick([3, 7, 14, -2])) : null, action: pick(ACTIONS) } : null;
      const fields: EntryFacts['fields'] = rand() < 0.5 ? { purpose: pick(ACTIONS) } : {};
      entries.push({
        index: k,
        line: 10 + k * 5,
        date,
        time: null,
        kind,
        isContact: (CONTACT_KINDS as readonly string[]).includes(kind),
        fields,
        next,
        stage,
        closeAsked: pick([null, null, true, false]),
      });
    }
    // Entries written out of order, as a hand-edited file may have them.
    if (rand() < 0.3 && entries.length > 2) {
      const [a] = entries.splice(0, 1);
      entries.push(a!);
      entries.forEach((e, k) => {
        e.index = k;
      });
    }
    out.push({
      slug: `c${i}`,
      relPath: `c${i}.md`,
      profile: {
        name: `C${i}`,
        contact: null,
        phone: null,
        stage: rand() < 0.7 ? pick(STAGES) : null,
        cadence: rand() < 0.3 ? pick([5, 10, 30]) : null,
        tags: rand() < 0.3 ? [pick(['key', 'KEY', 'small'])] : [],
        owners: [],
        status: pick(['active', 'active', 'active', 'won', 'lost', 'released'] as const),
        created: rand() < 0.5 ? addDays('2026-08-01', Math.floor(rand() * 30)) : null,
      },
      entries,
    });
  }
  return out;
}

const other: Config = {
  ...structuredClone(DEFAULT_CONFIG),
  stages: ['lead', 'qualified', 'pilot', 'proposal', 'negotiation'],
  lateStages: ['Pilot', 'negotiation'],
  cadenceByStage: { qualified: 4, negotiation: 3 },
  cadenceByTag: { key: 6 },
  stalledAfter: 2,
  noCloseAfter: 1,
};

/** What a summary says, in a short row. */
function row(c: Digest, config: Config, today: string) {
  const s = summarize(c, config, today);
  return [
    s.stage,
    s.cadence,
    s.contacts,
    s.lastContact,
    s.daysSinceContact,
    s.due,
    s.reason,
    s.overdueDays,
    s.nextDate,
    s.nextAction,
    s.heat,
    s.flags.join(' '),
    s.stalledContacts,
    s.contactsSinceClose,
  ];
}

describe('summaries of generated customers', () => {
  it('say what the plain version said, rule by rule', () => {
    const rows: unknown[] = [];
    for (const c of customers(160)) {
      for (const config of [DEFAULT_CONFIG, other]) {
        for (const today of ['2026-09-20', '2026-10-15', '2026-11-30', '2027-03-01']) rows.push(row(c, config, today));
      }
    }
    if (process.env.GOLDEN === 'write') writeFileSync(GOLDEN, `${JSON.stringify(rows).replaceAll('],[', '],\n[')}\n`);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as unknown[];
    expect(rows.length).toBe(golden.length);
    rows.forEach((r, i) => {
      expect({ i, r }).toEqual({ i, r: golden[i] });
    });
  });
});
