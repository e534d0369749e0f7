import { describe, expect, it } from 'vitest';
import { buildAgenda, byDue } from '../../src/domain/agenda.js';
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config.js';
import { buildReview } from '../../src/domain/review.js';
import { chronological } from '../../src/domain/order.js';
import { cadenceOf, summarize, type Summary } from '../../src/domain/summary.js';
import { customer, customerFile } from '../helpers.js';

const config: Config = structuredClone(DEFAULT_CONFIG);
const TODAY = '2026-11-20';

/** A customer from front matter lines and `## heading` blocks. */
function make(front: string, ...entries: string[]) {
  const slug = front.match(/name: (.*)/)![1]!.toLowerCase().replace(/\W+/g, '-');
  return customer(customerFile(front, entries.map((e) => `## ${e.trim()}\n`).join('\n')), slug);
}

describe('last contact', () => {
  it('is the latest contact entry by date, wherever it stands in the file; plans and notes do not count', () => {
    const c = make('name: A', '2026-11-10 visit', '2026-11-01 call', '2026-11-15 plan', '2026-11-16 note', '2026-11-17 dinner');
    expect(summarize(c, config, TODAY)).toMatchObject({ lastContact: '2026-11-10', contacts: 2, daysSinceContact: 10 });
  });

  it('counts every contact kind, in either language', () => {
    for (const kind of ['visit', 'call', 'meeting', 'message', 'email', '拜访', '电话', '会议', '微信', '邮件']) {
      expect(summarize(make('name: A', `2026-11-10 ${kind}`), config, TODAY).lastContact).toBe('2026-11-10');
    }
  });

  it('is null without contacts', () => {
    expect(summarize(make('name: A', '2026-11-10 plan\n- Next: 2026-11-20'), config, TODAY).lastContact).toBeNull();
  });
});

describe('the next plan', () => {
  it('is the Next line of the latest entry by date that has one', () => {
    const c = make(
      'name: A',
      '2026-11-12 visit\n- Next: 2026-11-30 later plan',
      '2026-11-05 visit\n- Next: 2026-12-24 older entry, later date',
      '2026-11-14 call\n- Purpose: no plan here',
    );
    expect(summarize(c, config, TODAY)).toMatchObject({ nextDate: '2026-11-30', nextAction: 'later plan' });
  });

  it('on one date, is the one later in the file', () => {
    const c = make('name: A', '2026-11-12 visit\n- Next: 2026-11-30 first', '2026-11-12 plan\n- Next: 2026-11-25 second');
    expect(summarize(c, config, TODAY)).toMatchObject({ nextDate: '2026-11-25', nextAction: 'second' });
  });

  it('orders entries by date and keeps file order on one date', () => {
    const c = make('name: A', '2026-11-12 visit', '2026-11-01 call', '2026-11-12 note');
    expect(chronological(c.entries).map((e) => `${e.date} ${e.kind}`)).toEqual(['2026-11-01 call', '2026-11-12 visit', '2026-11-12 note']);
  });
});

describe('due date', () => {
  it('is the planned Next date when it is later than the last contact', () => {
    const c = make('name: A\ncadence: 14', '2026-11-13 visit\n- Next: 2026-11-27 bring the quote');
    expect(summarize(c, config, TODAY)).toMatchObject({
      due: '2026-11-27',
      reason: 'planned',
      overdueDays: 0,
      nextDate: '2026-11-27',
      nextAction: 'bring the quote',
    });
  });

  it('is the last contact plus the cadence once a visit on or after the plan date carried it out', () => {
    const c = make('name: A\ncadence: 10', '2026-11-01 visit\n- Next: 2026-11-05 call back', '2026-11-05 visit');
    expect(summarize(c, config, TODAY)).toMatchObject({ due: '2026-11-15', reason: 'cadence', overdueDays: 5, nextDate: null, nextAction: null });
  });

  it('stays planned after a call on the plan date without a purpose or a new Next: the plan is still open', () => {
    const c = make('name: A\ncadence: 10', '2026-11-01 visit\n- Next: 2026-11-05 call back', '2026-11-05 call');
    expect(summarize(c, config, TODAY)).toMatchObject({ due: '2026-11-05', reason: 'planned', overdueDays: 15, nextAction: 'call back' });
  });

  it('a plan dated on the day of the entry that made it waits for a later contact to carry it out', () => {
    const c = make('name: A\ncadence: 7', '2026-11-10 visit\n- Next: 2026-11-10 same day');
    expect(summarize(c, config, TODAY)).toMatchObject({ due: '2026-11-10', reason: 'planned', nextAction: 'same day' });
  });

  it('uses the rhythm for the date of an undated plan written after the last contact, and shows its action', () => {
    const c = make('name: A\ncadence: 14', '2026-11-10 visit\n- Next: after the trade fair');
    expect(summarize(c, config, TODAY)).toMatchObject({ due: '2026-11-24', reason: 'cadence', nextDate: null, nextAction: 'after the trade fair' });
  });

  it('a plan without a contact makes a new customer due on the plan', () => {
    const c = make('name: A\ncreated: 2026-11-01', '2026-11-01 plan\n- Next: 2026-11-25 first visit');
    expect(summarize(c, config, TODAY)).toMatchObject({ due: '2026-11-25', reason: 'planned', lastContact: null });
  });

  it('a customer without entries is new: due one cadence after it was created, overdue only after that', () => {
    expect(summarize(make('name: A\ncreated: 2026-11-13'), config, TODAY)).toMatchObject({ due: '2026-11-27', reason: 'new', overdueDays: 0, flags: [] });
    expect(summarize(make('name: A\ncreated: 2026-11-01'), config, TODAY)).toMatchObject({ due: '2026-11-15', reason: 'new', overdueDays: 5, flags: ['overdue'] });
  });

  it('a hand-made file without entries and without created is new and never overdue', () => {
    expect(summarize(make('name: A'), config, TODAY)).toMatchObject({ due: '2026-12-04', reason: 'new', overdueDays: 0 });
    expect(summarize(make('name: A'), config, '2027-03-01')).toMatchObject({ due: '2027-03-15', overdueDays: 0 });
  });

  it('is overdue only when due before today', () => {
    const c = make('name: A\ncadence: 14', '2026-11-06 visit');
    expect(summarize(c, config, '2026-11-20')).toMatchObject({ due: '2026-11-20', overdueDays: 0 });
    expect(summarize(c, config, '2026-11-21')).toMatchObject({ due: '2026-11-20', overdueDays: 1 });
    expect(summarize(c, config, '2026-11-21').flags).toContain('overdue');
    expect(summarize(c, config, '2026-11-19')).toMatchObject({ overdueDays: 0 });
    expect(summarize(c, config, '2026-11-19').flags).not.toContain('overdue');
  });

  it.each(['won', 'lost', 'released'])('a %s customer is never overdue and has no heat', (status) => {
    const s = summarize(make(`name: A\nstatus: ${status}`, '2026-01-01 visit'), config, TODAY);
    expect(s).toMatchObject({ status, overdueDays: 0, heat: null, flags: [] });
  });

  it('carries the identity the reports need', () => {
    const c = make('name: Hangzhou Lakeside Trading\nstage: proposal\ntags: [export]', '2026-11-13 visit');
    expect(summarize(c, config, TODAY)).toMatchObject({
      slug: 'hangzhou-lakeside-trading',
      name: 'Hangzhou Lakeside Trading',
      path: 'hangzhou-lakeside-trading.md',
      stage: 'proposal',
      status: 'active',
      tags: ['export'],
    });
  });
});

describe('cadence', () => {
  const tuned: Config = {
    ...structuredClone(DEFAULT_CONFIG),
    cadence: 21,
    cadenceByStage: { negotiation: 5, proposal: 10 },
    cadenceByTag: { 'key-account': 7, export: 9 },
  };

  it("is the file's own cadence first", () => {
    expect(cadenceOf(make('name: A\ncadence: 30\nstage: negotiation\ntags: [key-account]'), tuned, TODAY)).toBe(30);
  });

  it('else the cadence of its stage, in any case', () => {
    expect(cadenceOf(make('name: A\nstage: Negotiation\ntags: [key-account]'), tuned, TODAY)).toBe(5);
  });

  it('else the shortest cadence among its tags, in any case', () => {
    expect(cadenceOf(make('name: A\nstage: lead\ntags: [export, Key-Account, other]'), tuned, TODAY)).toBe(7);
    expect(cadenceOf(make('name: A\ntags: [export]'), tuned, TODAY)).toBe(9);
  });

  it("else the notebook's default, and 14 out of the box", () => {
    expect(cadenceOf(make('name: A\nstage: lead\ntags: [other]'), tuned, TODAY)).toBe(21);
    expect(cadenceOf(make('name: A'), config, TODAY)).toBe(14);
  });

  it('sets the due date', () => {
    const c = make('name: A\nstage: negotiation', '2026-11-10 visit');
    expect(summarize(c, tuned, TODAY)).toMatchObject({ cadence: 5, due: '2026-11-15', overdueDays: 5 });
  });
});

describe('agenda', () => {
  const s = (over: Partial<Summary> & { slug: string }): Summary => ({
    name: over.slug,
    path: `${over.slug}.md`,
    phone: null,
    stage: null,
    status: 'active',
    tags: [],
    cadence: 14,
    contacts: 1,
    lastContact: '2026-11-01',
    daysSinceContact: 19,
    due: TODAY,
    reason: 'cadence',
    overdueDays: 0,
    nextDate: null,
    nextAction: null,
    heat: 50,
    flags: [],
    stalledContacts: 0,
    contactsSinceClose: 0,
    ...over,
  });
  const all = [
    s({ slug: 'today-cadence', due: TODAY }),
    s({ slug: 'late-3', due: '2026-11-17', overdueDays: 3 }),
    s({ slug: 'planned-today', due: TODAY, reason: 'planned', nextAction: 'demo' }),
    s({ slug: 'late-9', due: '2026-11-11', overdueDays: 9 }),
    s({ slug: 'tomorrow', due: '2026-11-21' }),
    s({ slug: 'in-two-days', due: '2026-11-22' }),
    s({ slug: 'won', due: '2026-11-01', status: 'won' }),
  ];

  it('lists who is due today, overdue first, and previews the next working day (Monday, after a Friday)', () => {
    const a = buildAgenda(all, TODAY, 1, 15);
    expect(a.date).toBe(TODAY);
    expect(a.until).toBe(TODAY);
    expect(a.items.map((x) => x.slug)).toEqual(['late-9', 'late-3', 'planned-today', 'today-cadence']);
    expect(a.spillover).toEqual([]);
    expect(a.nextDay).toBe('2026-11-23');
    expect(a.tomorrow.map((x) => x.slug)).toEqual(['tomorrow', 'in-two-days']);
  });

  it('covers N days with --days N', () => {
    const a = buildAgenda(all, TODAY, 3, 15);
    expect(a.until).toBe('2026-11-22');
    expect(a.items.map((x) => x.slug)).toEqual(['late-9', 'late-3', 'planned-today', 'today-cadence', 'tomorrow', 'in-two-days']);
  });

  it('fills the day up to its capacity, planned visits first, and spills the rest', () => {
    const a = buildAgenda(all, TODAY, 1, 2);
    expect(a.items.map((x) => x.slug)).toEqual(['late-9', 'planned-today']);
    expect(a.spillover.map((x) => x.slug)).toEqual(['late-3', 'today-cadence']);
  });

  it('sorts list rows overdue first, then by due date', () => {
    const active = all.filter((x) => x.status === 'active');
    expect([...active].sort(byDue).map((x) => x.slug)).toEqual(['late-9', 'late-3', 'planned-today', 'today-cadence', 'tomorrow', 'in-two-days']);
  });

  it('the review lists active overdue customers, most overdue first', () => {
    const withFlags = all.map((x) => (x.overdueDays > 0 ? { ...x, flags: ['overdue' as const] } : x));
    const r = buildReview(withFlags, TODAY);
    expect(r.date).toBe(TODAY);
    expect(r.items.map((x) => x.slug)).toEqual(['late-9', 'late-3']);
  });
});
