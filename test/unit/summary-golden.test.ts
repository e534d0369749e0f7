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
import { summarize } from '../../src/domain/summary.js';
import type { Digest } from '../../src/domain/types.js';
import { generatedDigests } from '../helpers.js';

const GOLDEN = new URL('../fixtures/summaries.golden.json', import.meta.url);

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
    for (const c of generatedDigests(160)) {
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
