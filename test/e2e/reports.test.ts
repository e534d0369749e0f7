import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook, type Run, badInput, json as jsonOf } from '../helpers.js';

const json = <T = any>(r: Run): T => jsonOf<T>(r, { quiet: true });

const TODAY = '2026-11-20'; // a Friday
const FIXTURE = new URL('../fixtures/hangzhou-lakeside-trading.md', import.meta.url);

const ITEM_KEYS = ['slug', 'name', 'stage', 'due', 'overdueDays', 'lastContact', 'nextAction'];

/** A notebook with one customer in each situation the reports tell apart, as of 2026-11-20. */
function mixed(config?: string): string {
  return notebook(
    {
      // planned for today
      'planned-today.md': customerFile('name: Planned Today\nstage: proposal', '## 2026-11-10 visit\n- Next: 2026-11-20 demo the tracking\n'),
      // on a 7-day rhythm since 2026-11-01: due 2026-11-08, 12 days late
      'east/late-cadence.md': customerFile('name: Late Cadence\nstage: lead\ncadence: 7', '## 2026-11-01 call\n- Purpose: intro\n'),
      // created 2026-11-01, never contacted: new, due one cadence later (11-15), 5 days late
      'new-old.md': customerFile('name: New Old\ncreated: 2026-11-01'),
      // planned tomorrow
      'due-tomorrow.md': customerFile('name: Due Tomorrow', '## 2026-11-10 visit\n- Next: 2026-11-21 call back\n'),
      // due 2026-11-23 on the 14-day rhythm
      'later.md': customerFile('name: Later Co\ncadence: 14', '## 2026-11-09 visit\n'),
      // won: never on the agenda
      'won.md': customerFile('name: Won Co\nstatus: won', '## 2026-01-01 visit\n'),
    },
    config,
  );
}

function run(root: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return followup(args, { cwd: root, env });
}

describe('the example file from the issue', () => {
  function book(): string {
    const root = notebook();
    copyFileSync(FIXTURE, path.join(root, 'hangzhou-lakeside-trading.md'));
    return root;
  }

  it('show --json reports the profile, the entry and the plan as the issue describes', async () => {
    const s = json(await run(book(), ['show', 'hangzhou', '--json', '--today', TODAY]));
    expect(s).toMatchObject({
      slug: 'hangzhou-lakeside-trading',
      name: 'Hangzhou Lakeside Trading',
      stage: 'proposal',
      cadence: 14,
      tags: ['export', 'key-account'],
      status: 'active',
      lastContact: '2026-11-13',
      due: '2026-11-27',
      reason: 'planned',
      overdueDays: 0,
      nextAction: 'bring the revised quote, ask for the trial signature',
    });
    expect(s.profile).toMatchObject({
      name: 'Hangzhou Lakeside Trading',
      contact: 'Wang Zhiming',
      phone: '+86 138 0000 0000',
      stage: 'proposal',
      tags: ['export', 'key-account'],
    });
    expect(s.entries).toHaveLength(1);
    expect(s.entries[0]).toMatchObject({
      date: '2026-11-13',
      kind: 'visit',
      isContact: true,
      fields: {
        purpose: 'demo order tracking to the purchasing team',
        discussed: 'ERP integration; pricing for 50 seats #pricing',
        state: 'interested; CFO must approve the budget',
        problems: 'budget approval; ERP export format',
        close: 'asked, CFO wants a revised quote first',
        stage: 'qualified -> proposal',
        next: '2026-11-27 bring the revised quote, ask for the trial signature',
      },
      topics: ['pricing'],
      next: { date: '2026-11-27', action: 'bring the revised quote, ask for the trial signature' },
      closeAsked: true,
      text: ['Anything written by hand under an entry belongs to it.'],
    });
    expect(Object.keys(s.entries[0].fields)).toHaveLength(7);
  });

  it('agenda --json on 2026-11-27 has it due that day, as planned, with the next action', async () => {
    const a = json(await run(book(), ['agenda', '--json', '--today', '2026-11-27']));
    expect(a.date).toBe('2026-11-27');
    expect(a.items).toHaveLength(1);
    expect(a.items[0]).toMatchObject({
      slug: 'hangzhou-lakeside-trading',
      name: 'Hangzhou Lakeside Trading',
      stage: 'proposal',
      due: '2026-11-27',
      reason: 'planned',
      overdueDays: 0,
      lastContact: '2026-11-13',
      nextAction: 'bring the revised quote, ask for the trial signature',
    });
    expect(json(await run(book(), ['agenda', '--json', '--today', '2026-11-26'])).items).toEqual([]);
    expect(json(await run(book(), ['overdue', '--json', '--today', '2026-11-28'])).items[0]).toMatchObject({ slug: 'hangzhou-lakeside-trading', overdueDays: 1 });
  });

  it('reads the same when saved with Windows line endings', async () => {
    const root = notebook({ 'hangzhou-lakeside-trading.md': readFileSync(FIXTURE, 'utf8').replace(/\n/g, '\r\n') });
    const r = await run(root, ['show', 'hangzhou', '--json', '--today', TODAY]);
    const lf = json(await run(book(), ['show', 'hangzhou', '--json', '--today', TODAY]));
    expect(json(r)).toEqual(lf);
  });

  it('show prints the brief: profile, plan, open problems, topics, the entry', async () => {
    const r = await run(book(), ['show', 'hangzhou', '--today', TODAY]);
    expect(r.code).toBe(0);
    for (const text of [
      'Hangzhou Lakeside Trading',
      'Wang Zhiming',
      '+86 138 0000 0000',
      'proposal',
      '2026-11-27',
      'bring the revised quote, ask for the trial signature',
      'budget approval',
      'ERP export format',
      '#pricing',
      'Anything written by hand under an entry belongs to it.',
    ]) {
      expect(r.stdout).toContain(text);
    }
  });
});

describe('show', () => {
  const HISTORY = customerFile(
    'name: History Co\nstage: qualified\ncadence: 14',
    [
      '## 2026-10-01 visit\n- Purpose: first visit\n- Problems: budget; timing\n- Discussed: #intro',
      '## 2026-10-15 call\n- Purpose: second contact\n- Discussed: #pricing',
      '## 2026-11-12 visit\n- Purpose: fourth contact\n- Problems: timing\n- Next: 2026-11-26 bring the contract',
      '## 2026-10-29 visit\n- Purpose: third contact, written late\n- Discussed: #pricing again',
    ].join('\n\n') + '\n',
  );

  it('prints the last entries newest first, by date, with open problems and topics', async () => {
    const r = await run(notebook({ 'h.md': HISTORY }), ['show', 'history', '--today', TODAY]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).not.toContain('first visit');
    const order = ['fourth contact', 'third contact, written late', 'second contact'].map((t) => out.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(out).toContain('bring the contract');
    expect(out).toMatch(/Open problems\n\s+- timing\n/);
    expect(out).not.toMatch(/- budget/);
    expect(out).toMatch(/#pricing/);
    expect(out).toMatch(/#intro/);
    expect((await run(notebook({ 'h.md': HISTORY }), ['show', 'history', '--all', '--today', TODAY])).stdout).toContain('first visit');
  });

  it('--json has the item fields, the profile and every entry, newest first', async () => {
    const s = json(await run(notebook({ 'h.md': HISTORY }), ['show', 'history', '--json', '--today', TODAY]));
    expect(s).toMatchObject({ slug: 'h', name: 'History Co', stage: 'qualified', due: '2026-11-26', overdueDays: 0, lastContact: '2026-11-12', nextAction: 'bring the contract' });
    expect(s.profile).toEqual({ name: 'History Co', stage: 'qualified', cadence: '14' });
    expect(s.entries.map((e: any) => e.date)).toEqual(['2026-11-12', '2026-10-29', '2026-10-15', '2026-10-01']);
  });
});

describe('the same results in every time zone', () => {
  const zones = ['America/Los_Angeles', 'Asia/Shanghai'];

  // The commands run in this process, which takes each run's TZ: this shows that the zone really
  // changes, so that the tests below compare two zones and not one zone twice.
  it('reads the clock in the zone it runs in: one instant, two dates', async () => {
    const now = new Date('2026-11-20T20:00:00Z'); // noon in Los Angeles, 4 a.m. the next day in Shanghai
    const dates: string[] = [];
    for (const TZ of zones) dates.push(json(await followup(['agenda', '--json'], { cwd: notebook(), env: { TZ }, now })).date);
    expect(dates).toEqual(['2026-11-20', '2026-11-21']);
  });

  it.each([['agenda', '--json'], ['agenda', '--json', '--days', '7'], ['list', '--json'], ['overdue', '--json'], ['show', 'new old', '--json']])(
    '%s %s gives identical output with --today and FOLLOWUP_TODAY',
    async (...args) => {
      const root = mixed();
      const outputs: Run[] = [];
      for (const TZ of zones) {
        outputs.push(await run(root, [...args, '--today', TODAY], { TZ }));
        outputs.push(await run(root, args, { TZ, FOLLOWUP_TODAY: TODAY }));
      }
      for (const o of outputs) {
        expect(o.code).toBe(0);
        expect(o.stderr).toBe('');
        expect(o.stdout).toBe(outputs[0]!.stdout);
      }
    },
  );

  it('a date-only created: value does not shift', async () => {
    const root = notebook({ 'c.md': customerFile('name: Created Co\ncreated: 2026-11-13') });
    for (const TZ of zones) {
      const s = json(await run(root, ['show', 'created', '--json', '--today', TODAY], { TZ }));
      expect(s.profile.created).toBe('2026-11-13');
      expect(s).toMatchObject({ due: '2026-11-27', reason: 'new', overdueDays: 0 });
      expect(json(await run(root, ['list', '--json'], { TZ, FOLLOWUP_TODAY: '2026-11-28' }))[0]).toMatchObject({ due: '2026-11-27', overdueDays: 1 });
    }
  });

  it('new and log write the same files', async () => {
    const files: string[][] = [];
    for (const TZ of zones) {
      const root = notebook({ 'acme.md': customerFile('name: Acme\ncadence: 14') });
      expect((await run(root, ['new', 'Zone Co', '--next', 'mon', '--today', TODAY], { TZ })).code).toBe(0);
      expect((await run(root, ['log', 'acme', '--date', 'yesterday', '--next', '+2w', '-m', 'x'], { TZ, FOLLOWUP_TODAY: TODAY })).code).toBe(0);
      files.push([readFileSync(path.join(root, 'zone-co.md'), 'utf8'), readFileSync(path.join(root, 'acme.md'), 'utf8')]);
    }
    expect(files[0]).toEqual(files[1]);
    expect(files[0]![0]).toContain('created: 2026-11-20\n');
    expect(files[0]![0]).toContain('- Next: 2026-11-23\n');
    expect(files[0]![1]).toContain('## 2026-11-19 visit\n- Discussed: x\n- Next: 2026-12-03\n');
  });
});

describe('agenda', () => {
  it('lists who is due today, overdue first, each with why, last contact and next action', async () => {
    const a = json(await run(mixed(), ['agenda', '--json', '--today', TODAY]));
    expect(Object.keys(a).sort()).toEqual(expect.arrayContaining(['date', 'items', 'spillover']));
    expect(a.date).toBe(TODAY);
    expect(a.spillover).toEqual([]);
    expect(a.items.map((i: any) => [i.slug, i.due, i.overdueDays, i.reason, i.lastContact, i.nextAction])).toEqual([
      ['late-cadence', '2026-11-08', 12, 'cadence', '2026-11-01', null],
      ['new-old', '2026-11-15', 5, 'new', null, null],
      ['planned-today', TODAY, 0, 'planned', '2026-11-10', 'demo the tracking'],
    ]);
    for (const item of a.items) expect(Object.keys(item)).toEqual(expect.arrayContaining(ITEM_KEYS));
    expect(a.items[2].stage).toBe('proposal');
    expect(a.items[1].stage).toBeNull();
  });

  it('covers N days with --days N', async () => {
    const a = json(await run(mixed(), ['agenda', '--json', '--days', '4', '--today', TODAY]));
    expect(a.items.map((i: any) => i.slug)).toEqual(['late-cadence', 'new-old', 'planned-today', 'due-tomorrow', 'later']);
    expect(json(await run(mixed(), ['agenda', '--json', '--days', '3', '--today', TODAY])).items.map((i: any) => i.slug)).not.toContain('later');
  });

  it('fills the day up to the configured capacity, planned visits first, and spills the rest over', async () => {
    const a = json(await run(mixed('capacity: 2\n'), ['agenda', '--json', '--today', TODAY]));
    expect(a.items.map((i: any) => i.slug)).toEqual(['late-cadence', 'planned-today']);
    expect(a.spillover.map((i: any) => i.slug)).toEqual(['new-old']);
    for (const item of a.spillover) expect(Object.keys(item)).toEqual(expect.arrayContaining(ITEM_KEYS));
    const text = await run(mixed('capacity: 2\n'), ['agenda', '--today', TODAY]);
    expect(text.stdout).toMatch(/1 more over capacity/);
    expect(text.stdout).toMatch(/New Old/);
  });

  it('in text, shows why and previews the next day', async () => {
    const r = await run(mixed(), ['agenda', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    const row = (name: string) => lines.find((l) => l.startsWith(name)) ?? '';
    expect(row('Late Cadence')).toMatch(/2026-11-08\s+12d\s+7-day rhythm/);
    expect(row('New Old')).toMatch(/2026-11-15\s+5d\s+new/);
    expect(row('Planned Today')).toMatch(/planned.*2026-11-10\s+demo the tracking$/);
    expect(lines.findIndex((l) => l.startsWith('Late Cadence'))).toBeLessThan(lines.findIndex((l) => l.startsWith('Planned Today')));
    expect(r.stdout).not.toMatch(/^Won Co/m);
    expect(r.stdout).toMatch(/Due Tomorrow.*call back/);
  });

  it('says so when nothing is due', async () => {
    const root = notebook({ 'a.md': customerFile('name: Calm Co', '## 2026-11-19 visit\n') });
    expect(json(await run(root, ['agenda', '--json', '--today', TODAY]))).toMatchObject({ date: TODAY, items: [], spillover: [] });
    expect((await run(root, ['agenda', '--today', TODAY])).stdout).toMatch(/Nothing due/);
  });
});

describe('overdue', () => {
  it('lists the active customers due before today, most overdue first', async () => {
    const o = json(await run(mixed(), ['overdue', '--json', '--today', TODAY]));
    expect(o.date).toBe(TODAY);
    expect(o.items.map((i: any) => [i.slug, i.overdueDays])).toEqual([
      ['late-cadence', 12],
      ['new-old', 5],
    ]);
    for (const item of o.items) expect(Object.keys(item)).toEqual(expect.arrayContaining(ITEM_KEYS));
  });

  it('prints the overdue customers in text', async () => {
    const r = await run(mixed(), ['overdue', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Late Cadence\s+2026-11-08\s+12d/m);
    expect(r.stdout).toMatch(/^New Old\s+2026-11-15\s+5d/m);
    expect(r.stdout).not.toMatch(/^Planned Today/m);
  });
});

describe('list', () => {
  it('--json is an array with one item per active customer, overdue first', async () => {
    const l = json(await run(mixed(), ['list', '--json', '--today', TODAY]));
    expect(Array.isArray(l)).toBe(true);
    expect(l.map((i: any) => [i.slug, i.due, i.overdueDays])).toEqual([
      ['late-cadence', '2026-11-08', 12],
      ['new-old', '2026-11-15', 5],
      ['planned-today', TODAY, 0],
      ['due-tomorrow', '2026-11-21', 0],
      ['later', '2026-11-23', 0],
    ]);
    for (const item of l) expect(Object.keys(item)).toEqual(expect.arrayContaining(ITEM_KEYS));
  });

  it('prints one row per customer: stage, last contact, due, days overdue', async () => {
    const r = await run(mixed(), ['list', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Late Cadence\s+lead\s+.*2026-11-01\s+2026-11-08\s+12d/m);
    expect(r.stdout).toMatch(/^New Old\s+-\s+.*never\s+2026-11-15\s+5d/m);
    expect(r.stdout).toMatch(/^Later Co\s+-\s+.*2026-11-09\s+2026-11-23\s*$/m);
  });

  it('prints an empty array for an empty notebook', async () => {
    expect(json(await run(notebook(), ['list', '--json', '--today', TODAY]))).toEqual([]);
  });
});

describe('text views without a terminal', () => {
  const LONG = 'The Extremely Long Customer Name Incorporated International Holdings Group Of Companies Limited Partnership';
  const ZH = '浙江省杭州市西湖区湖畔国际贸易有限责任公司第二分公司华东大区销售服务中心';
  const PLAN = 'bring the revised quote with every one of the seven configurations they asked about, and ask for the signature on the trial agreement before the end of the month';

  it.each([['agenda'], ['list'], ['overdue'], ['show', 'extremely']])('%s never wraps or cuts names and plans', async (...args) => {
    const root = notebook({
      'long.md': customerFile(`name: ${LONG}\ncadence: 7`, `## 2026-11-06 visit\n- Next: 2026-11-19 ${PLAN}\n`),
      'zh.md': customerFile(`name: ${ZH}\ncreated: 2026-11-18`),
    });
    const r = await run(root, [...args, '--today', TODAY], { COLUMNS: '40' });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.some((l) => l.includes(LONG))).toBe(true);
    if (args[0] !== 'list') expect(lines.some((l) => l.includes(PLAN))).toBe(true);
    if (args[0] !== 'show') expect(lines.some((l) => l.includes(ZH))).toBe(true);
  });
});

describe('bad input to the reports', () => {
  it.each([
    [['list', '--today', '2026-02-30'], /'2026-02-30' is not a --today date/],
    [['agenda', '--today', 'someday'], /'someday' is not a --today date/],
    [['agenda', '--days', '0'], /--days/],
    [['agenda', '--days', 'abc'], /--days/],
    [['list', '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['show'], /missing required argument 'customer'/],
    [['agenda', '--today', ''], /--today needs a date/],
  ])('%j: exit 2, one line', async (args, message) => {
    expect(badInput(await run(mixed(), args))).toMatch(message);
  });

  it('overdue --exit-code exits 1 when someone is overdue, 0 when nobody is, for a script', async () => {
    const late = await run(mixed(), ['overdue', '--exit-code', '--today', TODAY]);
    expect(late.code).toBe(1);
    expect(late.stdout).toMatch(/Late Cadence/);
    const calm = notebook({ 'calm.md': customerFile('name: Calm Co\ncadence: 14', `## ${TODAY} visit\n`) });
    expect((await run(calm, ['overdue', '--exit-code', '--today', TODAY])).code).toBe(0);
    expect((await run(mixed(), ['overdue', '--today', TODAY])).code).toBe(0);
  });

  it('a bad $FOLLOWUP_TODAY is bad input too', async () => {
    expect(badInput(await run(mixed(), ['agenda'], { FOLLOWUP_TODAY: 'tomorrowish' }))).toMatch(/'tomorrowish' is not a \$FOLLOWUP_TODAY date/);
  });

  it('--today wins over $FOLLOWUP_TODAY', async () => {
    expect(json(await run(mixed(), ['agenda', '--json', '--today', TODAY], { FOLLOWUP_TODAY: '2026-01-01' })).date).toBe(TODAY);
  });

  it('init on a file says so, as bad input', async () => {
    const root = mixed();
    expect(badInput(await run(root, ['init', 'planned-today.md']))).toMatch(/planned-today\.md is a file/);
  });

  it('a broken config.yml is reported with its name', async () => {
    expect(badInput(await run(mixed('capacity: lots\n'), ['agenda', '--today', TODAY]))).toMatch(/config\.yml.*capacity/);
    expect(badInput(await run(mixed('capacity: [\n'), ['agenda', '--today', TODAY]))).toMatch(/config\.yml/);
  });
});
