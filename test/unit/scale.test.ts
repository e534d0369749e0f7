/**
 * A team's notebook of 100,000 customers: every list a report prints may be that long. Each
 * of these failed with "Maximum call stack size exceeded" when lines were added with
 * `push(...lines)` or measured with `Math.max(...widths)`, which pass every item as an argument.
 */
import { describe, expect, it } from 'vitest';
import { buildReview } from '../../src/domain/review.js';
import type { Summary } from '../../src/domain/summary.js';
import { en } from '../../src/i18n/en.js';
import { makeColors } from '../../src/ui/color.js';
import { renderTable } from '../../src/ui/table.js';
import { reviewView } from '../../src/ui/views/review.js';

const MANY = 150_000;
const TODAY = '2026-11-27';

function overdue(i: number): Summary {
  return {
    slug: `c${i}`,
    name: `Customer ${i}`,
    path: `c${i}.md`,
    phone: null,
    stage: 'lead',
    status: 'active',
    tags: [],
    cadence: 14,
    contacts: 1,
    lastContact: '2026-10-01',
    daysSinceContact: 57,
    due: '2026-10-15',
    reason: 'cadence',
    overdueDays: 43,
    nextDate: null,
    nextAction: null,
    heat: 20,
    flags: ['overdue'],
    stalledContacts: 1,
    contactsSinceClose: 1,
  };
}

describe(`reports over ${MANY.toLocaleString('en')} customers`, () => {
  const all = Array.from({ length: MANY }, (_, i) => overdue(i));

  it('the weekly review prints every overdue customer', () => {
    const lines = reviewView(buildReview(all, TODAY), { colors: makeColors(0), width: null, t: en });
    expect(lines.filter((l) => /^Customer \d+ /.test(l)).length).toBe(MANY);
  });

  it('a table lays out every row', () => {
    const rows = all.map((s) => [s.name, s.due]);
    expect(renderTable([{ header: 'name' }, { header: 'due' }], rows, null, (s) => s)).toHaveLength(MANY + 1);
  });

  it('a table wrapped to a narrow terminal lays out every row', () => {
    const rows = all.map((s) => [`${s.name} Trading and Manufacturing Company`, s.due]);
    const lines = renderTable([{ header: 'name', flex: true }, { header: 'due' }], rows, 40, (s) => s);
    expect(lines.filter((l) => /\d{4}-\d{2}-\d{2}/.test(l))).toHaveLength(MANY);
    expect(Math.max(...lines.slice(0, 1000).map((l) => l.length))).toBeLessThanOrEqual(40);
  });
});
