/**
 * The house's contracts: colour levels, every message in the table, the lossless document
 * model, diagnostics listed in full, and the method's numbers at known inputs and thresholds.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config.js';
import type { IssueCode } from '../../src/domain/errors.js';
import { joinDocument, readCustomer, splitDocument } from '../../src/domain/format.js';
import { heatOf } from '../../src/domain/method/heat.js';
import { buildReview } from '../../src/domain/review.js';
import { factsOf, summarize } from '../../src/domain/summary.js';
import { en } from '../../src/i18n/en.js';
import { describe as describeIssue } from '../../src/i18n/messages.js';
import { colorLevel } from '../../src/ui/color.js';
import { customer, customerFile } from '../helpers.js';
import { TABLES } from '../say.js';

const config: Config = structuredClone(DEFAULT_CONFIG);

function make(name: string, front: string, ...entries: string[]) {
  return customer(customerFile(`name: ${name}\n${front}`, entries.map((e) => `## ${e.trim()}\n`).join('\n')), name.toLowerCase());
}

describe('colorLevel', () => {
  const tty = { flag: true, env: {}, isTTY: true };
  it('is off with --no-color, NO_COLOR, a pipe or a dumb terminal', () => {
    expect(colorLevel({ ...tty, flag: false })).toBe(0);
    expect(colorLevel({ ...tty, env: { NO_COLOR: '1' } })).toBe(0);
    expect(colorLevel({ ...tty, isTTY: false })).toBe(0);
    expect(colorLevel({ ...tty, env: { TERM: 'dumb' } })).toBe(0);
  });
  it('is on at a terminal, deeper with 256 colours or true colour; FORCE_COLOR turns it on without one', () => {
    expect(colorLevel(tty)).toBe(1);
    expect(colorLevel({ ...tty, env: { TERM: 'xterm-256color' } })).toBe(2);
    expect(colorLevel({ ...tty, env: { COLORTERM: 'truecolor' } })).toBe(3);
    expect(colorLevel({ ...tty, isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(1);
    expect(colorLevel({ ...tty, env: { FORCE_COLOR: '0' } })).toBe(0);
    // An empty NO_COLOR does not count, as no-color.org says.
    expect(colorLevel({ ...tty, env: { NO_COLOR: '' } })).toBe(1);
  });
});

describe('the message tables', () => {
  const codes = Object.keys(en.issues) as IssueCode[];
  const sample = (v: unknown): unknown => v;
  // Parameters of every shape a message may meet: text, numbers, lists, a nested issue.
  const params = new Proxy(
    {},
    {
      get: (_t, key) => {
        if (key === 'issue') return { code: 'file.notUtf8', params: {} };
        if (key === 'line') return 3;
        if (['known', 'stages', 'kinds', 'chinese', 'keys', 'commands', 'locales', 'statuses', 'formats', 'columns', 'fields', 'shells', 'languages', 'owners', 'matches'].includes(String(key))) {
          return ['a', 'b'];
        }
        if (key === 'names') return [{ name: 'Acme', handle: 'acme' }];
        if (key === 'written') return ['a.md'];
        if (key === 'failed') return [{ file: 'b.md', issue: { code: 'write.readOnly', params: { file: 'b.md' } } }];
        if (key === 'topics') return [{ topic: 'pricing', dates: ['2026-11-20'] }];
        if (['count', 'value', 'bytes', 'limit', 'seconds', 'max', 'pid'].includes(String(key))) return 2;
        if (['integer', 'already'].includes(String(key))) return false;
        if (key === 'source') return '--next';
        if (key === 'status') return 'won';
        return sample(`<${String(key)}>`);
      },
    },
  );

  it.each(Object.entries(TABLES))('%s says every issue code in one line, with every parameter it was given', (_name, table) => {
    expect(Object.keys(table.issues).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const text = describeIssue(table, { code, params } as never);
      expect(text, code).not.toMatch(/undefined|\[object Object\]|NaN/);
      expect(text.trim(), code).not.toBe('');
      expect(text, code).not.toContain('\n');
    }
  });

  it('nests the reason a file was skipped inside the line that names it', () => {
    expect(describeIssue(en, { code: 'file.skipped', params: { file: 'a.md', line: 4, issue: { code: 'file.cadence', params: { value: 'soon' } } } })).toBe(
      "skipped a.md: line 4: 'cadence' must be a whole number of days, not 'soon'",
    );
  });
});

describe('the document model', () => {
  const texts = [
    '',
    'just text, no line break',
    '---\nname: Acme\n---\n',
    '\uFEFF---\r\nname: Acme\r\n---\r\n\r\n# Acme\r\n\r\n## 2026-11-20 visit\r\n- Purpose: x\r\n',
    '---\nname: Acme\n---\n\nintro\n\n## 2026-11-20 visit\n```\n## 2026-11-21 visit inside code\n```\n# Other\ntext\n## not a date\n## 2026-11-22 call\nno final newline',
    '---\nname: Acme\n',
    '\r\n\r\n---',
  ];

  it.each(texts.map((t) => [t]))('joins back byte for byte: %j', (text) => {
    expect(joinDocument(splitDocument(text))).toBe(text);
  });

  it('cuts entries at dated level-2 headings outside code blocks, with their line numbers', () => {
    const d = splitDocument(texts[4]!);
    expect(d.frontMatter).toBe('---\nname: Acme\n---\n');
    expect(d.sections.map((s) => [s.kind, s.line])).toEqual([
      ['head', 4],
      ['entry', 7],
      ['text', 11],
      ['text', 13],
      ['entry', 14],
    ]);
  });
});

describe('diagnostics', () => {
  it('lists every problem of a file with its line, not only the first', () => {
    const text = customerFile('name: Acme\ncadence: soon\nstatus: asleep', '## 2026-02-30 visit\n\n## 2026-11-01 25:00 call\n\n## 2026-11-02 visit\n- Next: 2026-13-01 x\n');
    const { customer: c, diagnostics } = readCustomer(text);
    expect(diagnostics.map((d) => [d.issue.code, d.line, d.severity])).toEqual([
      ['file.cadence', 3, 'error'],
      ['file.status', 4, 'error'],
      // Dates that look like dates but cannot be read are reported, and do not stop the rest.
      ['file.dateLike', 7, 'warning'],
      ['file.dateLike', 9, 'warning'],
      ['file.dateLike', 12, 'warning'],
    ]);
    expect(c?.profile.name).toBe('Acme');
  });

  it('a clean file has none', () => {
    expect(readCustomer(customerFile('name: Acme', '## 2026-11-02 visit\n- Purpose: x\n')).diagnostics).toEqual([]);
  });
});

describe('heat at known inputs (docs/method.md)', () => {
  const heat = (today: string, ...entries: string[]) => {
    const c = make('Acme', 'cadence: 14', ...entries);
    return heatOf(factsOf(c), 14, config, today);
  };

  it('a first contact brings a quarter of the way to 100; each later one without progress half the share before', () => {
    expect(heat('2026-11-01', '2026-11-01 visit').heat).toBe(25);
    const days = ['2026-11-01', '2026-11-05', '2026-11-09', '2026-11-13', '2026-11-17'];
    expect(heat('2026-11-17', ...days.map((d) => `${d} visit`)).history.map((h) => h.heat)).toEqual([25, 34, 38, 40, 41]);
  });

  it('counts two contacts on one day once', () => {
    expect(heat('2026-11-01', '2026-11-01 visit', '2026-11-01 call').heat).toBe(25);
  });

  it('adds more for a close asked and for a stage moved forward', () => {
    expect(heat('2026-11-01', '2026-11-01 visit\n- Close: asked').heat).toBe(35);
    expect(heat('2026-11-01', '2026-11-01 visit\n- Stage: lead -> qualified').heat).toBe(40);
  });

  it('keeps its heat within the cadence, and falls past it: twice the cadence leaves a twelfth', () => {
    expect(heat('2026-11-15', '2026-11-01 visit').heat).toBe(25);
    expect(heat('2026-11-29', '2026-11-01 visit').heat).toBe(2);
  });
});

describe('flags at their thresholds', () => {
  const TODAY = '2026-11-30';
  const flags = (front: string, ...entries: string[]) => summarize(make('Acme', front, ...entries), config, TODAY).flags;

  it('cooling past 1.5 cadences since the last contact, not at it', () => {
    expect(flags('cadence: 10', '2026-11-15 visit')).not.toContain('cooling');
    expect(flags('cadence: 10', '2026-11-14 visit')).toContain('cooling');
  });

  it('stalled at 3 contacts without a stage change, not at 2', () => {
    expect(flags('cadence: 30', '2026-11-20 visit', '2026-11-25 visit')).not.toContain('stalled');
    expect(flags('cadence: 30', '2026-11-20 visit', '2026-11-25 visit', '2026-11-28 visit')).toContain('stalled');
  });

  it('no-close at 2 late-stage contacts without asking, not at 1, and never in an early stage', () => {
    expect(flags('cadence: 30\nstage: proposal', '2026-11-28 visit')).not.toContain('no-close');
    expect(flags('cadence: 30\nstage: proposal', '2026-11-25 visit', '2026-11-28 visit')).toContain('no-close');
    expect(flags('cadence: 30\nstage: lead', '2026-11-25 visit', '2026-11-28 visit')).not.toContain('no-close');
  });
});

describe('the review', () => {
  it('has its four sections, each in its own order, and totals that count them', () => {
    const TODAY = '2026-11-30';
    const all = [
      make('Late', 'cadence: 7\nstage: lead', '2026-11-10 visit\n- Stage: lead'),
      make('Later', 'cadence: 7\nstage: lead', '2026-11-01 visit\n- Stage: lead'),
      make('Still', 'cadence: 30\nstage: lead', '2026-11-20 visit', '2026-11-24 visit', '2026-11-27 visit', '2026-11-29 visit'),
      make('Quiet', 'cadence: 30\nstage: proposal', '2026-11-27 visit', '2026-11-28 visit'),
      make('Closed', 'cadence: 7\nstatus: lost', '2026-10-01 visit'),
    ].map((c) => summarize(c, config, TODAY));
    const r = buildReview(all, TODAY);
    expect(r.items.map((s) => s.name)).toEqual(['Later', 'Late']);
    expect(r.cooling.map((s) => s.name)).toEqual(['Later', 'Late']);
    expect(r.stalled.map((s) => s.name)).toEqual(['Still']);
    expect(r.noClose.map((s) => s.name)).toEqual(['Quiet']);
    expect(r.totals).toEqual({ active: 4, overdue: 2, cooling: 2, stalled: 1, noClose: 1, new: 0 });
  });
});
