import { readFileSync } from 'node:fs';
import { say } from '../say.js';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/domain/errors.js';
import {
  appendBlock,
  fillTemplate,
  lineEnding,
  oneLine,
  parseCustomer,
  readCustomer,
  renderEntry,
  renderFrontMatter,
  setFrontMatterValue,
  topicsIn,
  yamlScalar,
} from '../../src/domain/format.js';
import type { CustomerDoc } from '../../src/domain/types.js';
import { en, zh } from '../../src/domain/format/vocabulary.js';
import { customerFile, seeded } from '../helpers.js';

const EXAMPLE = readFileSync(new URL('../fixtures/hangzhou-lakeside-trading.md', import.meta.url), 'utf8');

function parse(text: string): CustomerDoc {
  const doc = parseCustomer(text);
  if (!doc) throw new Error('expected a customer');
  return doc;
}

/** A customer file with `name: Acme` and the given body. */
function body(text: string, front = 'name: Acme'): CustomerDoc {
  return parse(customerFile(front, text));
}

function formatError(text: string): FormatError {
  try {
    parseCustomer(text);
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error('expected a FormatError');
}

describe('the example file from the issue', () => {
  const doc = parse(EXAMPLE);

  it('reads the profile as the issue describes, the phone as text', () => {
    const p = doc.profile;
    expect(p.name).toBe('Hangzhou Lakeside Trading');
    expect(p.contact).toBe('Wang Zhiming');
    expect(p.phone).toBe('+86 138 0000 0000');
    expect(p.stage).toBe('proposal');
    expect(p.cadence).toBe(14);
    expect(p.tags).toEqual(['export', 'key-account']);
    expect(p.status).toBe('active');
    expect(p.created).toBeNull();
  });

  it('has one visit entry with all seven fields', () => {
    expect(doc.entries).toHaveLength(1);
    const e = doc.entries[0]!;
    expect(e).toMatchObject({ date: '2026-11-13', time: null, kind: 'visit', isContact: true, line: 14, index: 0 });
    expect(e.fields).toEqual({
      purpose: 'demo order tracking to the purchasing team',
      discussed: 'ERP integration; pricing for 50 seats #pricing',
      state: 'interested; CFO must approve the budget',
      problems: 'budget approval; ERP export format',
      close: 'asked, CFO wants a revised quote first',
      stage: 'qualified -> proposal',
      next: '2026-11-27 bring the revised quote, ask for the trial signature',
    });
  });

  it('reads the same without the topics when a report asks only for what its digest needs', () => {
    const whole = readCustomer(EXAMPLE);
    const lean = readCustomer(EXAMPLE, { topics: false });
    expect(whole.customer!.entries[0]!.topics).toEqual(['pricing']);
    expect(lean.customer!.entries[0]!.topics).toEqual([]);
    expect(lean).toEqual({ ...whole, customer: { ...whole.customer!, entries: whole.customer!.entries.map((e) => ({ ...e, topics: [] })) } });
  });

  it('reads the topic, the stage move, the close, the plan, and keeps the hand-written line', () => {
    const e = doc.entries[0]!;
    expect(e.topics).toEqual(['pricing']);
    expect(e.stage).toEqual({ from: 'qualified', to: 'proposal' });
    expect(e.closeAsked).toBe(true);
    expect(e.next).toEqual({ date: '2026-11-27', action: 'bring the revised quote, ask for the trial signature' });
    expect(e.text).toEqual(['Anything written by hand under an entry belongs to it.']);
  });
});

describe('front matter', () => {
  it('keeps every value as the text that was written (no type guessing)', () => {
    const doc = parse(customerFile('name: yes\nphone: 0571 8888\ncreated: 2026-11-13\ncadence: 7\nzip: 007\nflag: true'));
    expect(doc.profile.name).toBe('yes');
    expect(doc.profile.phone).toBe('0571 8888');
    expect(doc.profile.created).toBe('2026-11-13');
    expect(doc.profile.cadence).toBe(7);
    expect(doc.profile.fields).toMatchObject({ created: '2026-11-13', zip: '007', flag: 'true', cadence: '7' });
  });

  it('reads tags as a list or as one comma-separated line', () => {
    expect(parse(customerFile('name: A\ntags: [a, "b c"]')).profile.tags).toEqual(['a', 'b c']);
    expect(parse(customerFile('name: A\ntags: export, key-account')).profile.tags).toEqual(['export', 'key-account']);
    expect(parse(customerFile('name: A\ntags:\n  - x\n  - y')).profile.tags).toEqual(['x', 'y']);
  });

  it('reads status, lower-cased, active by default', () => {
    expect(parse(customerFile('name: A')).profile.status).toBe('active');
    expect(parse(customerFile('name: A\nstatus: Won')).profile.status).toBe('won');
  });

  it('is not a customer without front matter or without a name', () => {
    expect(parseCustomer('# README\n\nJust notes.\n')).toBeNull();
    expect(parseCustomer(customerFile('title: Meeting notes'))).toBeNull();
    expect(parseCustomer(customerFile('name: ""'))).toBeNull();
    expect(parseCustomer('---\n- a\n- b\n---\n')).toBeNull();
    expect(parseCustomer('')).toBeNull();
  });

  it('reads a file that starts with a byte order mark, and one with CRLF line endings', () => {
    expect(parse('\uFEFF---\nname: Bom Co\n---\n').profile.name).toBe('Bom Co');
    const crlf = parse('---\r\nname: Crlf Co\r\nstage: lead\r\n---\r\n\r\n## 2026-11-01 visit\r\n- Purpose: demo\r\nby hand\r\n');
    expect(crlf.profile).toMatchObject({ name: 'Crlf Co', stage: 'lead' });
    expect(crlf.entries[0]!.fields).toEqual({ purpose: 'demo' });
    expect(crlf.entries[0]!.text).toEqual(['by hand']);
  });

  it('reads a CRLF file the same as its LF original, whatever the last front matter line holds', () => {
    const crlf = parse(EXAMPLE.replace(/\n/g, '\r\n'));
    expect(crlf.profile).toEqual(parse(EXAMPLE).profile);
    expect(crlf.entries).toEqual(parse(EXAMPLE).entries);
    const quotedLast = parse('---\r\nname: Acme\r\nphone: "0571 8888"\r\n---\r\n');
    expect(quotedLast.profile.phone).toBe('0571 8888');
    expect(parse('---\r\nname: Acme\r\nnote: plain\r\n---\r\n').profile.fields).toEqual({ name: 'Acme', note: 'plain' });
  });

  it.each([
    ['cadence: two weeks', /'cadence' must be a whole number of days, not 'two weeks'/],
    ['cadence: 0', /'cadence' must be a whole number/],
    ['cadence: 1.5', /'cadence' must be a whole number/],
    ['status: sleeping', /'status' must be one of active, won, lost, released/],
    ['created: 2026-11-31', /'created' must be a date written YYYY-MM-DD/],
    ['created: 13/11/2026', /'created' must be a date/],
  ])('refuses %s with a reason', (line, reason) => {
    expect(say(formatError(customerFile(`name: Acme\n${line}`)))).toMatch(reason);
  });

  it('refuses a name that is a list, a repeated key, and YAML that does not parse', () => {
    expect(say(formatError(customerFile('name: [a, b]')))).toMatch(/'name' must be a single value/);
    expect(say(formatError(customerFile('name: A\nname: B')))).toMatch(/not valid YAML/);
    const bad = formatError(customerFile('name: A\nstage: [unclosed'));
    expect(say(bad)).toMatch(/^front matter is not valid YAML: /);
    expect(say(bad)).not.toContain('\n');
  });

  it.each(['---js', '---javascript', '---JavaScript', '--- js', '---coffee', '---json'])(
    'refuses front matter in another language (%s) without running it',
    (open) => {
      const g = globalThis as { followupPwned?: boolean };
      delete g.followupPwned;
      const code =
        open.includes('json') ? '{"name": "X"}' : '{ name: (globalThis.followupPwned = true, "Evil") }';
      expect(() => parseCustomer(`${open}\n${code}\n---\n`)).toThrow(FormatError);
      expect(g.followupPwned).toBeUndefined();
    },
  );

  it('refuses front matter with YAML language tags such as !!js/function', () => {
    const text = customerFile('name: !!js/function "function () { return 1 }"');
    expect(() => parseCustomer(text)).toThrow(FormatError);
  });

  it('caps alias expansion (a "billion laughs" file is an error, not a hang)', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expect(() => parseCustomer(customerFile(`name: Laughs\n${lines.join('\n')}`))).toThrow(FormatError);
  });
});

describe('entries', () => {
  it('reads the date, the optional time, the kind (any case, either language) and the title', () => {
    const doc = body(
      [
        '## 2026-11-01 09:30 Visit quarterly review',
        '## 2026-11-02 call',
        '## 2026-11-03 拜访',
        '## 2026-11-04 plan',
        '## 2026-11-05 备注',
        '## 2026-11-06',
        '## 2026-11-07 dinner with the CFO',
        '## 2026-11-08 微信',
      ].join('\n') + '\n',
    );
    expect(doc.entries.map((e) => [e.date, e.time, e.kind, e.isContact, e.title])).toEqual([
      ['2026-11-01', '09:30', 'visit', true, 'quarterly review'],
      ['2026-11-02', null, 'call', true, ''],
      ['2026-11-03', null, 'visit', true, ''],
      ['2026-11-04', null, 'plan', false, ''],
      ['2026-11-05', null, 'note', false, ''],
      ['2026-11-06', null, 'note', false, ''],
      ['2026-11-07', null, 'note', false, 'dinner with the CFO'],
      ['2026-11-08', null, 'message', true, ''],
    ]);
  });

  it('reads a Chinese kind written straight before the title, as Chinese has no spaces', () => {
    const doc = body('## 2026-11-13 拜访王总，谈预算\n## 2026-11-14 电话 张经理\n## 2026-11-15 午餐\n');
    expect(doc.entries.map((e) => [e.kind, e.isContact, e.title])).toEqual([
      ['visit', true, '王总，谈预算'],
      ['call', true, '张经理'],
      ['note', false, '午餐'],
    ]);
  });

  it('ends an entry at the next level-1 or level-2 heading; a dateless level-2 heading is a section', () => {
    const doc = body(
      [
        '## 2026-11-01 visit',
        '- Purpose: first',
        '### Details',
        'inside the entry',
        '## Contacts at the customer',
        '- Purpose: not an entry field',
        '## 2026-11-02 call',
        '- Purpose: second',
        '# Archive',
        'outside any entry',
        '',
      ].join('\n'),
    );
    expect(doc.entries).toHaveLength(2);
    expect(doc.entries[0]!.fields).toEqual({ purpose: 'first' });
    expect(doc.entries[0]!.text).toEqual(['### Details', 'inside the entry']);
    expect(doc.entries[1]!.fields).toEqual({ purpose: 'second' });
    expect(doc.entries[1]!.text).toEqual([]);
  });

  it('treats headings inside fenced code as text', () => {
    const doc = body(['## 2026-11-01 visit', '```', '## 2026-11-02 visit', '```', '~~~', '## 2026-11-03 visit', '~~~', ''].join('\n'));
    expect(doc.entries.map((e) => e.date)).toEqual(['2026-11-01']);
    expect(doc.entries[0]!.text).toContain('## 2026-11-02 visit');
  });

  it('numbers heading lines from the top of the file', () => {
    const doc = parse('---\nname: A\n---\n\n# A\n\n## 2026-11-01 visit\n\n## 2026-11-02 call\n');
    expect(doc.entries.map((e) => e.line)).toEqual([7, 9]);
  });

  it('reads field labels in any case, either language, with -, * or + and a full-width colon', () => {
    const doc = body(
      [
        '## 2026-11-01 visit',
        '* purpose: lower case',
        '+ DISCUSSED: upper case',
        '- 客户状态：有兴趣',
        '  - 待解决问题: 预算',
        '- Next step: not a label',
        '- Stage: lead',
        '- Stage: qualified',
        '',
      ].join('\n'),
    );
    const e = doc.entries[0]!;
    expect(e.fields).toEqual({
      purpose: 'lower case',
      discussed: 'upper case',
      state: '有兴趣',
      problems: '预算',
      stage: 'lead; qualified',
    });
    expect(e.text).toEqual(['- Next step: not a label']);
  });

  it.each([
    ['asked, CFO wants a revised quote first', true],
    ['Asked', true],
    ['yes, signed on the spot', true],
    ['not asked', false],
    ['no', false],
    ['No - too early', false],
    ['none', false],
    ['never', false],
    ['n/a', false],
    ['-', false],
    ['已提出，客户要再考虑', true],
    ['未提出', false],
    ['没问', false],
  ])('reads Close: %s as asked = %s', (value, asked) => {
    expect(body(`## 2026-11-01 visit\n- Close: ${value}\n`).entries[0]!.closeAsked).toBe(asked);
  });

  it('has no close information when there is no Close line', () => {
    expect(body('## 2026-11-01 visit\n- Purpose: x\n').entries[0]!.closeAsked).toBeNull();
  });

  it.each([
    ['qualified -> proposal', { from: 'qualified', to: 'proposal' }],
    ['qualified → proposal', { from: 'qualified', to: 'proposal' }],
    ['qualified => proposal', { from: 'qualified', to: 'proposal' }],
    ['proposal', { from: null, to: 'proposal' }],
    ['初步接触 -> 方案', { from: '初步接触', to: '方案' }],
  ])('reads Stage: %s', (value, stage) => {
    expect(body(`## 2026-11-01 visit\n- Stage: ${value}\n`).entries[0]!.stage).toEqual(stage);
  });

  it('reads Next with a date and a plan, a date alone, or a plan without a date', () => {
    const next = (v: string) => body(`## 2026-11-01 visit\n- Next: ${v}\n`).entries[0]!.next;
    expect(next('2026-11-27 bring the quote')).toEqual({ date: '2026-11-27', action: 'bring the quote' });
    expect(next('2026-11-27')).toEqual({ date: '2026-11-27', action: '' });
    expect(next('after the trade fair')).toEqual({ date: null, action: 'after the trade fair' });
    expect(body('## 2026-11-01 visit\n- Purpose: x\n').entries[0]!.next).toBeNull();
  });

  it.each([
    ['## 2026-02-30 visit', /'2026-02-30' looks like a date but cannot be read, so this entry is not counted/, 5, 0],
    ['## 2026-11-01 25:00 visit', /'2026-11-01 25:00' looks like a date but cannot be read/, 5, 0],
    ['## 2026-11-01 visit\n- Next: 2026-13-01 call', /'2026-13-01' looks like a date but cannot be read, so this Next date is not counted/, 6, 1],
  ])('reports %j as a warning naming the line, and counts nothing from it', (text, reason, line, entries) => {
    const { customer, diagnostics } = readCustomer(customerFile('name: Acme', `${text}\n`));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.severity).toBe('warning');
    expect(diagnostics[0]!.line).toBe(line);
    expect(say(diagnostics[0]!.issue)).toMatch(reason);
    expect(customer!.entries).toHaveLength(entries);
    for (const e of customer!.entries) expect(e.next).toEqual({ date: null, action: '2026-13-01 call' });
  });
});

describe('topics', () => {
  it('finds #words in order, lower-cased, in any script', () => {
    expect(topicsIn('ERP talk #ERP-export then #pricing, #预算 and #pricing again')).toEqual(['erp-export', 'pricing', '预算']);
  });

  it('ignores # inside words and URLs, numbers, entities and heading marks', () => {
    expect(topicsIn('C# a#b http://x.example/#anchor issue #42 &#123; ## Heading')).toEqual([]);
  });

  it('drops trailing dashes and underscores', () => {
    expect(topicsIn('#budget- and #trial_')).toEqual(['budget', 'trial']);
  });

  it('reads the same topics as the rule written as one regular expression, on 20,000 random texts', () => {
    const RULE = /(?:^|[^\p{L}\p{N}_&#＃/]|(?<=\p{Script=Han}))[#＃]([\p{L}\p{N}_][\p{L}\p{N}_-]*)/gu;
    const byRule = (text: string) => {
      const seen = new Set<string>();
      for (const m of text.matchAll(RULE)) {
        const t = m[1]!.replace(/[-_]+$/, '').toLowerCase();
        if (/\p{L}/u.test(t)) seen.add(t);
      }
      return [...seen];
    };
    // Marks, word characters of every kind (astral Han and emoji, a combining accent, a lone
    // surrogate), and what may stand before a mark.
    const pieces = ['#', '＃', '#', 'a', 'Z', '9', '_', '-', '&', '/', ' ', '.', '中', '文', 'é', 'e\u0301', 'Ⅻ', '😀', '𠀀', '\ud800', 'ß', 'İ'];
    const rand = seeded(7);
    const random = (n: number) => Math.floor(rand() * n);
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let n = random(16); n > 0; n--) text += pieces[random(pieces.length)];
      expect(topicsIn(text), JSON.stringify(text)).toEqual(byRule(text));
    }
  });

  it('are read from the heading and the lines of an entry', () => {
    const e = body('## 2026-11-01 visit #demo\n- Discussed: #pricing\nalso #ERP\n').entries[0]!;
    expect(e.topics).toEqual(['demo', 'pricing', 'erp']);
  });
});

describe('renderEntry', () => {
  it('writes the heading and the labelled lines in the fixed order, in English', () => {
    const text = renderEntry(
      {
        date: '2026-11-20',
        time: '09:30',
        kind: 'visit',
        fields: { next: '2026-11-27 call', purpose: 'demo', close: 'asked', stage: 'lead -> qualified', discussed: 'price #pricing', state: 'warm', problems: 'budget' },
      },
      en,
    );
    expect(text).toBe(
      [
        '## 2026-11-20 09:30 visit',
        '- Purpose: demo',
        '- Discussed: price #pricing',
        '- State: warm',
        '- Problems: budget',
        '- Close: asked',
        '- Stage: lead -> qualified',
        '- Next: 2026-11-27 call',
        '',
      ].join('\n'),
    );
  });

  it('writes Chinese labels and kinds for the zh locale', () => {
    expect(renderEntry({ date: '2026-11-20', kind: 'call', fields: { purpose: '报价', next: '2026-11-27 回访' } }, zh)).toBe(
      '## 2026-11-20 电话\n- 目的: 报价\n- 下次: 2026-11-27 回访\n',
    );
    expect(renderEntry({ date: '2026-11-20', kind: 'plan', fields: {} }, zh)).toBe('## 2026-11-20 计划\n');
  });

  it('keeps every value on one line, so typed text cannot forge an entry or a field', () => {
    const text = renderEntry(
      { date: '2026-11-20', kind: 'visit', fields: { discussed: 'price\n\n## 2030-01-01 visit\r\n- Stage: won\u2028\x1b[2J', purpose: '   ' } },
      en,
    );
    expect(text).toBe('## 2026-11-20 visit\n- Discussed: price ## 2030-01-01 visit - Stage: won [2J\n');
    expect(parse(customerFile('name: A', text)).entries).toHaveLength(1);
  });

  it('uses the given line ending', () => {
    expect(renderEntry({ date: '2026-11-20', kind: 'note', fields: { purpose: 'x' } }, en, '\r\n')).toBe('## 2026-11-20 note\r\n- Purpose: x\r\n');
  });

  it('produces an entry that parses back to the same fields', () => {
    const fields = { purpose: 'demo', discussed: 'ERP #erp', state: 'warm', problems: 'a; b', close: 'asked, later', stage: 'lead -> qualified', next: '2026-12-01 call' };
    for (const vocab of [en, zh]) {
      const e = parse(customerFile('name: A', renderEntry({ date: '2026-11-20', kind: 'meeting', fields }, vocab))).entries[0]!;
      expect(e.fields).toEqual(fields);
      expect(e.kind).toBe('meeting');
    }
  });
});

describe('oneLine', () => {
  it('turns line breaks and tabs into spaces and drops control characters', () => {
    expect(oneLine('  a\nb\r\nc\td\x07e\x1bf  ')).toBe('a b c def');
  });
});

describe('appendBlock', () => {
  const block = '## 2026-11-20 visit\n- Purpose: x\n';

  it('adds a blank line before the entry when there is none', () => {
    expect(appendBlock('---\nname: A\n---\n', block)).toBe(`---\nname: A\n---\n\n${block}`);
  });

  it('adds the missing final newline first, and keeps what was written', () => {
    expect(appendBlock('---\nname: A\n---\n\nlast words', block)).toBe(`---\nname: A\n---\n\nlast words\n\n${block}`);
  });

  it('adds nothing when the file already ends with a blank line', () => {
    expect(appendBlock('---\nname: A\n---\n\nnotes\n\n\n', block)).toBe(`---\nname: A\n---\n\nnotes\n\n\n${block}`);
  });

  it('writes the file’s own CRLF line endings', () => {
    expect(appendBlock('---\r\nname: A\r\n---\r\n\r\ntext', block)).toBe('---\r\nname: A\r\n---\r\n\r\ntext\r\n\r\n## 2026-11-20 visit\r\n- Purpose: x\r\n');
  });

  it('starts an empty text with the entry', () => {
    expect(appendBlock('', block)).toBe(block);
  });
});

describe('lineEnding', () => {
  it('is the ending of the first line', () => {
    expect(lineEnding('a\r\nb\nc')).toBe('\r\n');
    expect(lineEnding('a\nb\r\n')).toBe('\n');
    expect(lineEnding('no line break')).toBe('\n');
  });
});

describe('setFrontMatterValue', () => {
  it('replaces only the key’s line, keeping its trailing comment', () => {
    const text = '---\n# the account\nname: A\nstage: "qualified"   # where we are\ntags: [x]\n---\n\nstage: body text\n';
    expect(setFrontMatterValue(text, 'stage', 'proposal')).toBe(
      '---\n# the account\nname: A\nstage: proposal   # where we are\ntags: [x]\n---\n\nstage: body text\n',
    );
  });

  it('keeps a trailing comment that holds quotes', () => {
    expect(setFrontMatterValue("---\nname: A\nstage: lead   # don't rush\n---\n", 'stage', 'qualified')).toBe(
      "---\nname: A\nstage: qualified   # don't rush\n---\n",
    );
    expect(setFrontMatterValue('---\nname: A\nstage: "lead"  # the "hot" one\n---\n', 'stage', 'qualified')).toBe(
      '---\nname: A\nstage: qualified  # the "hot" one\n---\n',
    );
  });

  it('does not take a # inside a quoted value for a comment', () => {
    expect(setFrontMatterValue("---\nname: A\nstage: 'lead # odd'\n---\n", 'stage', 'qualified')).toBe('---\nname: A\nstage: qualified\n---\n');
  });

  it('keeps CRLF on the replaced line', () => {
    expect(setFrontMatterValue('---\r\nname: A\r\nstage: lead\r\n---\r\n', 'stage', 'qualified')).toBe('---\r\nname: A\r\nstage: qualified\r\n---\r\n');
  });

  it('adds a missing key as one line before the closing ---, in the file’s line ending', () => {
    expect(setFrontMatterValue('---\nname: A\n---\nbody\n', 'stage', 'lead')).toBe('---\nname: A\nstage: lead\n---\nbody\n');
    expect(setFrontMatterValue('---\r\nname: A\r\n---\r\n', 'stage', 'lead')).toBe('---\r\nname: A\r\nstage: lead\r\n---\r\n');
  });

  it('replaces a value continued on indented lines whole', () => {
    expect(setFrontMatterValue('---\nname: A\nstage:\n  long\n  value\ncadence: 7\n---\n', 'stage', 'lead')).toBe(
      '---\nname: A\nstage: lead\ncadence: 7\n---\n',
    );
  });

  it('does not touch a key nested under another or a key that only starts the same way', () => {
    const text = '---\nname: A\ndeal:\n  stage: x\nstages: y\n---\n';
    expect(setFrontMatterValue(text, 'stage', 'lead')).toBe('---\nname: A\ndeal:\n  stage: x\nstages: y\nstage: lead\n---\n');
  });

  it('quotes a value YAML would misread, and the file still parses to it', () => {
    const out = setFrontMatterValue('---\nname: A\nstage: lead\n---\n', 'stage', 'a: b # c');
    expect(parse(out).profile.stage).toBe('a: b # c');
  });

  it('refuses a file without front matter', () => {
    expect(() => setFrontMatterValue('# just notes\n', 'stage', 'lead')).toThrow(FormatError);
  });
});

describe('renderFrontMatter and yamlScalar', () => {
  it('writes only the keys that have a value, the phone always quoted', () => {
    expect(
      renderFrontMatter({ name: 'Hangzhou Lakeside Trading', contact: 'Wang Zhiming', phone: '0571 8888', stage: 'lead', cadence: 7, tags: ['export', 'key account'], created: '2026-11-20' }),
    ).toBe(
      'name: Hangzhou Lakeside Trading\ncontact: Wang Zhiming\nphone: "0571 8888"\nstage: lead\ncadence: 7\ntags: [export, "key account"]\ncreated: 2026-11-20',
    );
    expect(renderFrontMatter({ name: '杭州湖畔贸易', created: '2026-11-20' })).toBe('name: 杭州湖畔贸易\ncreated: 2026-11-20');
  });

  it.each(['null', '~', 'true', "'quoted'", '"double"', 'a: b', '#hash', '- dash', '@at', '`tick', '%pct', '!bang', '&amp', '*star', '|', '>', '{a}', '[a]', '中文：冒号', '2026-11-13', '---', 'a #b', 'back\\slash'])(
    'writes the name %j so that it reads back exactly',
    (name) => {
      const doc = parse(`---\n${renderFrontMatter({ name, contact: name, stage: name, tags: [name], created: '2026-11-20' })}\n---\n`);
      expect(doc.profile.name).toBe(name);
      expect(doc.profile.contact).toBe(name);
      expect(doc.profile.stage).toBe(name);
      expect(doc.profile.tags).toEqual([name]);
      expect(yamlScalar(name)).not.toContain('\n');
    },
  );
});

describe('fillTemplate', () => {
  it('fills each slot once, so a value is never read as a slot', () => {
    expect(fillTemplate('# {{name}}\n{{frontMatter}} {{unknown}}', { name: '{{frontMatter}}', frontMatter: 'fm' })).toBe('# {{frontMatter}}\nfm {{unknown}}');
  });
});
