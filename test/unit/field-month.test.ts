/** The rules changed after a month in the field: each test fails on the rules before. */
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../src/domain/agenda.js';
import { DEFAULT_CONFIG } from '../../src/domain/config.js';
import { parseUserDate } from '../../src/domain/dates.js';
import { buildEntry, closeFromText, entryWarnings } from '../../src/domain/entry.js';
import { topicsIn } from '../../src/domain/format.js';
import { LOCALES } from '../../src/domain/format/vocabulary.js';
import { buildReview } from '../../src/domain/review.js';
import { buildStats, funnel } from '../../src/domain/stats.js';
import { summarize } from '../../src/domain/summary.js';
import { wrap } from '../../src/ui/text.js';
import { customer, customerFile } from '../helpers.js';
import { en } from '../../src/i18n/en.js';

const make = (front: string, ...entries: string[]) => customer(customerFile(front, entries.map((e) => `## ${e.trim()}\n`).join('\n')), 'x');
const TODAY = '2026-12-04';

describe('the record', () => {
  it('--close "not asked" and 暂未提出 record no close asked, in either label set', () => {
    for (const [locale, text, written] of [['en', 'not asked', 'not asked'], ['zh', '暂未提出', '暂未提出'], ['en', '暂未提出', '暂未提出']] as const) {
      const { entry } = buildEntry({ date: TODAY, time: null, kind: 'visit', topics: [], problems: [], close: closeFromText(text) }, null, 14, LOCALES[locale]);
      expect(entry.fields.close).toBe(written);
      const c = make('name: A', `${TODAY} visit\n- Close: ${entry.fields.close}`);
      expect(c.entries[0]!.closeAsked).toBe(false);
    }
    expect(closeFromText('CFO wants a revised quote')).toEqual({ asked: true, outcome: 'CFO wants a revised quote' });
  });

  it('reads #topic after a Chinese character and the full-width ＃', () => {
    expect(topicsIn('聊了价格#折扣，还有＃付款方式')).toEqual(['折扣', '付款方式']);
    expect(topicsIn('a#b http://x/#y')).toEqual([]);
  });

  it('a late-stage contact with nothing said about the close gets a word', () => {
    const c = make('name: A\nstage: proposal', '2026-11-20 visit');
    const w = entryWarnings({ date: TODAY, kind: 'visit', fields: { purpose: 'x' } }, c.entries, c, TODAY, {
      stage: 'proposal', moved: false, lateStages: ['proposal'], openPlan: null,
    });
    expect(w.map((x) => x.code)).toEqual(['warn.noCloseSaid']);
  });

  it('no repeat warning on a visit that moved the stage and asked for the close', () => {
    const c = make('name: A', '2026-11-20 visit\n- Discussed: #pricing');
    const entry = { date: TODAY, kind: 'visit' as const, fields: { purpose: 'x', discussed: '#pricing', close: 'asked, yes' } };
    expect(entryWarnings(entry, c.entries, c, TODAY, { stage: 'proposal', moved: true, lateStages: [], openPlan: null })).toEqual([]);
  });
});

describe('plans', () => {
  it('a message after the planned date postpones the plan: it stays open, due on its date', () => {
    const c = make('name: A', '2026-11-20 visit\n- Next: 2026-11-30 demo', '2026-12-02 message\n- Discussed: 赵总这周出差，约下周');
    expect(summarize(c, DEFAULT_CONFIG, TODAY)).toMatchObject({ reason: 'planned', due: '2026-11-30', nextAction: 'demo', overdueDays: 4 });
  });

  it('a visit on or after the date, or a contact with the plan as its purpose, carries it out', () => {
    expect(summarize(make('name: A', '2026-11-20 visit\n- Next: 2026-11-30 demo', '2026-12-01 visit'), DEFAULT_CONFIG, TODAY).reason).toBe('cadence');
    expect(summarize(make('name: A', '2026-11-20 visit\n- Next: 2026-11-30 demo', '2026-12-01 call\n- Purpose: demo'), DEFAULT_CONFIG, TODAY).reason).toBe('cadence');
  });
});

describe('new customers', () => {
  const fresh = (created: string) => make(`name: N\ncreated: ${created}`);
  it('are new, not overdue, until one cadence after they were created', () => {
    expect(summarize(fresh('2026-12-01'), DEFAULT_CONFIG, '2026-12-02')).toMatchObject({ reason: 'new', overdueDays: 0, flags: [] });
    expect(summarize(fresh('2026-11-01'), DEFAULT_CONFIG, TODAY).flags).toContain('overdue');
  });

  it('have their own section in the agenda and the review', () => {
    const s = summarize(fresh('2026-12-01'), DEFAULT_CONFIG, '2026-12-02');
    const a = buildAgenda([s], '2026-12-02', 1, 15);
    expect([a.items.length, a.newCustomers.length]).toEqual([0, 1]);
    const r = buildReview([s], '2026-12-02');
    expect([r.items.length, r.newCustomers.length]).toEqual([0, 1]);
  });
});

describe('heat, stalls and the close', () => {
  it('a budget freeze visited every week cannot get hot: contacts without progress add less and less', () => {
    const visits = Array.from({ length: 8 }, (_, i) => `2026-${i < 4 ? '10' : '11'}-${String(1 + (i % 4) * 7).padStart(2, '0')} visit`);
    expect(summarize(make('name: A\ncadence: 7', ...visits), DEFAULT_CONFIG, '2026-11-22').heat!).toBeLessThan(45);
  });

  it('two contacts on one day count once', () => {
    const one = summarize(make('name: A', '2026-11-20 visit'), DEFAULT_CONFIG, TODAY).heat;
    expect(summarize(make('name: A', '2026-11-20 visit', '2026-11-20 call'), DEFAULT_CONFIG, TODAY).heat).toBe(one);
  });

  it('an unchanged stage on the first entry is not progress', () => {
    const c = make('name: A\nstage: lead', '2026-11-06 visit\n- Stage: lead', '2026-11-13 visit', '2026-11-20 visit');
    expect(summarize(c, DEFAULT_CONFIG, '2026-11-21')).toMatchObject({ stalledContacts: 3, flags: ['stalled'] });
    expect(summarize(c, DEFAULT_CONFIG, '2026-11-21').heat).toBe(summarize(make('name: A', '2026-11-06 visit', '2026-11-13 visit', '2026-11-20 visit'), DEFAULT_CONFIG, '2026-11-21').heat);
  });

  it('no-close counts only contacts made once the deal reached a late stage', () => {
    const c = make('name: A\nstage: qualified', '2026-11-10 visit', '2026-11-17 visit', '2026-12-02 visit\n- Stage: qualified -> proposal');
    expect(summarize(c, DEFAULT_CONFIG, TODAY)).toMatchObject({ contactsSinceClose: 0 });
    expect(summarize(c, DEFAULT_CONFIG, TODAY).flags).not.toContain('no-close');
  });

  it('a hand-written Stage line moves the stage in the summary and the funnel', () => {
    const c = make('name: A\nstage: lead', '2026-11-20 visit\n- 阶段：lead -> qualified');
    expect(summarize(c, DEFAULT_CONFIG, TODAY).stage).toBe('qualified');
    expect(funnel([c], DEFAULT_CONFIG).stages.find((s) => s.stage === 'qualified')!.customers).toBe(1);
  });

  it('stats count a gap still open and already late', () => {
    const c = make('name: A\ncadence: 7', '2026-11-01 visit', '2026-11-05 visit');
    expect(buildStats([c], DEFAULT_CONFIG, '2026-11-01', '2026-11-25').gaps).toMatchObject({ count: 2, overCadence: 1 });
  });
});

describe('words and dates', () => {
  it('next friday is the Friday of next week; fri the next one', () => {
    expect(parseUserDate('fri', '2026-11-18')).toBe('2026-11-20');
    expect(parseUserDate('next friday', '2026-11-18')).toBe('2026-11-27');
  });

  it('says 1 day, not 1 days', () => {
    expect(en.show.late(1)).toBe(' 1 day overdue');
    expect(en.stats.averageGap(1, 14)).toBe('average gap 1 day against an average cadence of 14 days');
  });
});

describe('wrapping', () => {
  it('never breaks inside a #topic, even one of Chinese characters', () => {
    const lines = wrap('讨论了 #付款方式 和交期', 9);
    expect(lines.some((l) => l.includes('#付款方式'))).toBe(true);
  });
});
