import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderTable, type Column } from '../../src/ui/table.js';
import { width, wrap } from '../../src/ui/text.js';

const c = new Chalk({ level: 1 });
const dim = c.dim;
const SGR = /\x1b\[[0-9;]*m/g;
const plain = (s: string) => s.replace(SGR, '');

interface Fixture {
  columns: Column[];
  rows: string[][];
}

const english: Fixture = {
  columns: [
    { header: 'Customer', flex: true },
    { header: 'Due' },
    { header: 'Late', align: 'right' },
    { header: 'Why' },
    { header: 'Heat' },
    { header: 'Last contact' },
    { header: 'Next action', flex: true },
  ],
  rows: [
    ['Ningbo Harbour Logistics (no close asked)', '2026-11-27', '', 'planned', '▰▰▰▱▱  57°', '2026-11-20', 'visit the port office with the final contract, ask for the signature'],
    ['Shenzhen Pearl River Electronics', '2026-11-24', '3d', '14-day rhythm', '▰▰▱▱▱  34°', '2026-11-10', 'call after the fair and ask for the order'],
    ['Wenzhou Brightline Electrical', '2026-11-27', '', '21-day rhythm', '▱▱▱▱▱   2°', 'never', '-'],
  ],
};

// Chinese has no spaces to wrap at: the second column is one long "word" for a space-only wrap.
const chinese: Fixture = {
  columns: [
    { header: '客户', flex: true },
    { header: '阶段' },
    { header: '到期' },
    { header: '下次行动', flex: true },
  ],
  rows: [
    ['杭州湖畔贸易有限公司', '方案', '2026-11-27', '带修订报价，争取试用签字并约财务总监下周面谈'],
    ['上海东方精密机械', '初步接触', '2026-11-28', '发送修订后的SLA，和张总约拜访（带上对比表）'],
    ['广州旭日包装 (cooling)', '谈判', '2026-11-12', 'visit when 黄经理 is back, book the audit'],
  ],
};

const heat = (n: number) => c.red('▰'.repeat(Math.round(n / 20))) + c.dim('▱'.repeat(5 - Math.round(n / 20))) + ' ' + c.red(`${String(n).padStart(3)}°`);
const coloured: Fixture = {
  columns: [
    { header: 'Customer', flex: true },
    { header: 'Heat' },
    { header: 'Late', align: 'right' },
    { header: 'Next action', flex: true },
  ],
  rows: [
    [c.bold('杭州湖畔贸易有限公司') + ` (${c.yellow('no close asked')})`, heat(82), c.red('15d late'), c.yellow(`bring the crimson ${c.bold('revised')} quote, then amber tea`)],
    [c.bold('Ningbo Harbour Logistics'), heat(57), '', c.cyan('带修订报价，争取试用签字并约财务总监下周面谈')],
    [c.bold('Wenzhou Brightline'), c.dim('  -'), c.red('3d late'), c.dim('-')],
  ],
};

const FIXTURES = { english, chinese, coloured };
// 30 puts every fixture in blocks, one row after another; null is a file or a pipe.
const WIDTHS = [30, 40, 60, 80, 100, null];

/** Each character of a line with the styles in force where it is printed. */
function styled(line: string): { ch: string; style: string }[] {
  const out: { ch: string; style: string }[] = [];
  const on = new Map<string, string>();
  let at = 0;
  for (const m of [...line.matchAll(SGR), null]) {
    for (const ch of line.slice(at, m ? m.index : undefined)) out.push({ ch, style: [...on.values()].sort().join(' ') });
    if (!m) break;
    at = m.index + m[0].length;
    const code = Number(m[0].slice(2, -1) || '0');
    if (code === 0) on.clear();
    else if (code === 22) for (const k of ['bold', 'dim']) on.delete(k);
    else if (code === 39) on.delete('fg');
    else if (code === 1) on.set('bold', 'bold');
    else if (code === 2) on.set('dim', 'dim');
    else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) on.set('fg', `fg${code}`);
    else throw new Error(`unexpected code ${m[0]}`);
  }
  return out;
}

/** Styles still open at the end of a line: none, or the next line (or a pipe) inherits them. */
function openAtEnd(line: string): string {
  const chars = styled(line + '.');
  return chars[chars.length - 1]!.style;
}

function count(text: string): Map<string, number> {
  const n = new Map<string, number>();
  for (const ch of plain(text).replace(/\s+/g, '')) n.set(ch, (n.get(ch) ?? 0) + 1);
  return n;
}

describe('renderTable', () => {
  for (const [name, t] of Object.entries(FIXTURES)) {
    for (const w of WIDTHS) {
      describe(`${name} at ${w ?? 'no terminal'}`, () => {
        const lines = renderTable(t.columns, t.rows, w, dim);
        const out = lines.join('\n');

        it('fits the width', () => {
          for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(w ?? Infinity);
        });

        it('cuts nothing: every word of every cell is printed, and no ellipsis is added', () => {
          expect(out).not.toContain('…');
          const printed = count(out);
          const given = count(t.rows.flat().join(''));
          for (const [ch, n] of given) expect(printed.get(ch) ?? 0, ch).toBeGreaterThanOrEqual(n);
          const text = plain(out);
          for (const cell of t.rows.flat()) {
            for (const word of plain(cell).split(/\s+/).filter((x) => /^[\x21-\x7e]+$/.test(x))) expect(text, word).toContain(word);
          }
        });

        it('closes every colour on the line that opened it', () => {
          for (const line of lines) expect(openAtEnd(line), JSON.stringify(line)).toBe('');
        });
      });
    }
  }

  it('keeps the colour of wrapped words, on every line they reach', () => {
    for (const w of WIDTHS) {
      const lines = renderTable(coloured.columns, coloured.rows, w, dim);
      const chars = lines.flatMap(styled);
      const text = chars.map((x) => x.ch).join('');
      const expectStyle = (word: string, style: string) => {
        const at = text.indexOf(word);
        expect(at, `${word} at ${w}`).toBeGreaterThanOrEqual(0);
        for (let i = at; i < at + word.length; i++) expect(chars[i]!.style, `${word} at ${w}`).toBe(style);
      };
      expectStyle('crimson', 'fg33');
      expectStyle('revised', 'bold fg33');
      expectStyle('amber', 'fg33');
      expectStyle('late', 'fg31');
      for (const ch of '财务总监下周面谈') expectStyle(ch, 'fg36');
      for (const ch of '有限公司') expectStyle(ch, 'bold');
    }
  });

  it('prints every cell whole and padded, one line per row, without a terminal', () => {
    expect(renderTable(chinese.columns, chinese.rows, null, (s) => s)).toEqual([
      '客户                    阶段      到期        下次行动',
      '杭州湖畔贸易有限公司    方案      2026-11-27  带修订报价，争取试用签字并约财务总监下周面谈',
      '上海东方精密机械        初步接触  2026-11-28  发送修订后的SLA，和张总约拜访（带上对比表）',
      '广州旭日包装 (cooling)  谈判      2026-11-12  visit when 黄经理 is back, book the audit',
    ]);
    expect(renderTable(english.columns, english.rows, null, dim)).toHaveLength(english.rows.length + 1);
    expect(renderTable(coloured.columns, coloured.rows, null, dim)).toHaveLength(coloured.rows.length + 1);
  });

  it('prints a table that fits the terminal exactly as without a terminal', () => {
    for (const t of Object.values(FIXTURES)) expect(renderTable(t.columns, t.rows, 200, dim)).toEqual(renderTable(t.columns, t.rows, null, dim));
  });

  it('wraps Chinese between characters, never before a closing mark, when a column must shrink', () => {
    const lines = renderTable(chinese.columns, chinese.rows, 50, (s) => s);
    expect(lines[0]).toMatch(/^客户 +阶段 +到期 +下次行动$/);
    expect(lines.some((l) => l.includes('带修订报价'))).toBe(true);
    expect(lines.some((l) => /^\s+，|\s，/.test(l))).toBe(false);
    expect(lines.length).toBeGreaterThan(chinese.rows.length + 1);
  });

  it('wraps right-aligned columns to the right', () => {
    const lines = renderTable([{ header: 'Name', flex: true }, { header: 'Amount', align: 'right' }], [['a name long enough to wrap here', '7']], 20, (s) => s);
    expect(lines).toEqual(['Name         Amount', 'a name long       7', 'enough to', 'wrap here']);
  });

  it('gives up columns on a narrow terminal: one block per row, "Header: value" lines, empty cells left out', () => {
    const lines = renderTable(english.columns, english.rows, 40, (s) => s);
    expect(lines.slice(0, 9)).toEqual([
      'Ningbo Harbour Logistics (no close',
      'asked)',
      '  Due: 2026-11-27',
      '  Why: planned',
      '  Heat: ▰▰▰▱▱  57°',
      '  Last contact: 2026-11-20',
      '  Next action: visit the port office',
      '    with the final contract, ask for the',
      '    signature',
    ]);
    expect(lines[9]).toBe('');
    expect(lines[10]).toBe('Shenzhen Pearl River Electronics');
    expect(lines).toContain('  Late: 3d');
  });
});

describe('wrap', () => {
  it('breaks at spaces, and inside a word only when the word alone is too wide', () => {
    expect(wrap('call after the fair', 10)).toEqual(['call after', 'the fair']);
    expect(wrap('Zhangjiagang-Harbourview', 10)).toEqual(['Zhangjiaga', 'ng-Harbour', 'view']);
  });

  it('breaks Chinese between characters, keeping a closing mark with the character before it', () => {
    expect(wrap('带修订报价，争取试用签字', 10)).toEqual(['带修订报', '价，争取试', '用签字']);
    expect(wrap('约黄经理 visit 工厂', 10)).toEqual(['约黄经理', 'visit 工厂']);
  });

  it('closes colours at the end of a line and reopens them on the next', () => {
    const lines = wrap(c.red(`one ${c.bold('two three')} four`), 5);
    expect(lines.map(plain)).toEqual(['one', 'two', 'three', 'four']);
    for (const line of lines) expect(openAtEnd(line)).toBe('');
    expect(lines.map((l) => styled(l)[0]!.style)).toEqual(['fg31', 'bold fg31', 'bold fg31', 'fg31']);
  });
});
