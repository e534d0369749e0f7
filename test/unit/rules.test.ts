import type { FormatError } from '../../src/domain/errors.js';
import { say } from '../say.js';
import { describe, expect, it } from 'vitest';
import { buildAgenda, nextWorkday } from '../../src/domain/agenda.js';
import { DEFAULT_CONFIG } from '../../src/domain/config.js';
import { parseCustomer, setFrontMatterValue } from '../../src/domain/format.js';
import { summarize } from '../../src/domain/summary.js';
import { coveredTopics, openProblems, repeatedTopics } from '../../src/domain/topics.js';
import { customer, customerFile } from '../helpers.js';

const TODAY = '2026-11-27'; // a Friday

function make(...entries: string[]) {
  return customer(customerFile('name: Acme\ncadence: 14', entries.map((e) => `## ${e.trim()}\n`).join('\n')), 'acme');
}

describe('a plan carried out', () => {
  it('on or after its date is used up: the rhythm takes over', () => {
    const c = make('2026-11-13 visit\n- Next: 2026-11-20 bring the quote', '2026-11-20 visit\n- Purpose: something else');
    expect(summarize(c, DEFAULT_CONFIG, TODAY)).toMatchObject({ reason: 'cadence', due: '2026-12-04', nextAction: null });
  });

  it('early, with the plan as its purpose, is used up too', () => {
    const c = make('2026-11-20 plan\n- Next: 2026-11-30 collect the sample results', '2026-11-27 visit\n- Purpose: Collect the  sample results');
    expect(summarize(c, DEFAULT_CONFIG, TODAY)).toMatchObject({ reason: 'cadence', due: '2026-12-11', nextAction: null });
  });

  it('is still pending after an unrelated contact before its date', () => {
    const c = make('2026-11-20 visit\n- Next: 2026-12-01 demo', '2026-11-24 call\n- Purpose: answer a question on delivery');
    expect(summarize(c, DEFAULT_CONFIG, TODAY)).toMatchObject({ reason: 'planned', due: '2026-12-01', nextAction: 'demo' });
  });
});

describe('as of a date', () => {
  it('leaves out entries dated later: they have not happened yet, and no day count goes negative', () => {
    const c = make('2026-11-01 visit', '2026-11-07 visit\n- Next: 2026-11-21 demo');
    const s = summarize(c, DEFAULT_CONFIG, '2026-11-03');
    expect(s).toMatchObject({ lastContact: '2026-11-01', daysSinceContact: 2, contacts: 1, due: '2026-11-15', reason: 'cadence' });
  });
});

describe('topics covered', () => {
  it('count what was discussed, not what a Next line or a plan entry plans', () => {
    const c = make('2026-11-13 visit\n- Discussed: prices #pricing\n- Next: 2026-11-30 sign #contract', '2026-11-20 plan\n- Next: 2026-11-30 #legal review');
    expect(coveredTopics(c.entries).map((t) => t.topic)).toEqual(['pricing']);
    expect(repeatedTopics(['contract'], c.entries)).toBeNull();
    expect(repeatedTopics(['pricing'], c.entries)).not.toBeNull();
  });
});

describe('ways of saying no', () => {
  it.each(['Close: not asked', 'Close: nope', 'Close: — ', '成交：未提', '成交：暂未提出', '成交：还没问', '成交：不提', '成交：尚未'])('%s is no close asked', (line) => {
    expect(make(`2026-11-20 visit\n- ${line}`).entries[0]!.closeAsked).toBe(false);
  });

  it.each(['Close: asked, next quarter', '成交：不错，客户同意试用', '成交：已提出'])('%s is a close asked', (line) => {
    expect(make(`2026-11-20 visit\n- ${line}`).entries[0]!.closeAsked).toBe(true);
  });

  it.each(['Problems: None.', '待解决问题：暂无', '待解决问题：无', 'Problems: nothing'])('%s leaves no open problem', (line) => {
    expect(openProblems(make(`2026-11-10 visit\n- Problems: budget`, `2026-11-20 visit\n- ${line}`).entries)).toBeNull();
  });
});

describe('code blocks in an entry', () => {
  it('hold text, never fields', () => {
    const c = make('2026-11-20 visit\n- Purpose: real\n```\n- Next: 2026-12-01 inside code\n- Close: asked\n```');
    const e = c.entries[0]!;
    expect(e.fields).toEqual({ purpose: 'real' });
    expect(e.next).toBeNull();
    expect(e.closeAsked).toBeNull();
    expect(e.text).toContain('- Next: 2026-12-01 inside code');
  });
});

describe('setting a front matter line', () => {
  it('keeps an anchor or tag written before the value, so aliases still resolve', () => {
    const text = '---\nname: Alias Co\nstage: &s lead\nprev: *s\n---\n';
    const out = setFrontMatterValue(text, 'stage', 'qualified');
    expect(out).toBe('---\nname: Alias Co\nstage: &s qualified\nprev: *s\n---\n');
    expect(parseCustomer(out)!.profile.fields.prev).toBe('qualified');
  });

  it('keeps a comment that stands where the value would', () => {
    expect(setFrontMatterValue('---\nname: A\nstage: # not yet\n---\n', 'stage', 'lead')).toBe('---\nname: A\nstage: lead # not yet\n---\n');
  });
});

describe('a file whose front matter never closes', () => {
  it('is an error when it names a customer, and not a customer otherwise', () => {
    let unclosed: unknown = null;
    try {
      parseCustomer('---\nname: X\n\n## 2026-11-20 visit\n');
    } catch (e) {
      unclosed = e;
    }
    expect(say(unclosed as FormatError)).toBe('front matter has no closing --- line');
    expect(parseCustomer('---\n\nA note that starts with a rule.\n')).toBeNull();
  });
});

describe('the agenda', () => {
  const s = (name: string, heat: number, overdueDays: number, reason: 'planned' | 'cadence' = 'cadence') =>
    ({ ...summarize(make(), DEFAULT_CONFIG, TODAY), slug: name, name, heat, overdueDays, reason, due: overdueDays ? '2026-11-01' : TODAY });

  it('gives a full day to planned visits, then to the warmest deals, before long-cold accounts', () => {
    const a = buildAgenda([s('cold-a-year', 0, 370), s('warm', 70, 2), s('planned', 10, 0, 'planned'), s('lukewarm', 30, 0)], TODAY, 1, 3);
    expect(a.items.map((x) => x.name).sort()).toEqual(['lukewarm', 'planned', 'warm']);
    expect(a.spillover.map((x) => x.name)).toEqual(['cold-a-year']);
  });

  it('previews the next working day: Monday after a Friday, with what falls due over the weekend', () => {
    expect(nextWorkday(TODAY, [1, 2, 3, 4, 5])).toBe('2026-11-30');
    expect(nextWorkday(TODAY, [1, 2, 3, 4, 5, 6])).toBe('2026-11-28');
  });
});
