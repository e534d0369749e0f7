import iconv from 'iconv-lite';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badInput, customerFile, followup, json, notebook, read } from '../helpers.js';

const TODAY = '2026-11-20';

const CHINESE = [
  '客户名称,联系人,手机,阶段,标签,负责人,上次拜访,下次拜访,备注',
  '苏州明达电子,李明,13800000000,lead,电子;重点,张三,2026/11/02,2026-11-25,老客户介绍',
  ',没名字,1,,,,,,',
  '坏日期公司,王,,,,,2026-13-01,,',
  '上海东方精密,陈,,qualified,,,,,',
].join('\r\n') + '\r\n';

function csvIn(root: string, name: string, bytes: string | Buffer): string {
  const file = path.join(root, '..', `${path.basename(root)}-${name}`);
  writeFileSync(file, bytes);
  return file;
}

const EXISTING = { 'shanghai.md': customerFile('name: 上海东方精密\ncontact: 陈总', '## 2026-11-01 visit\n- Purpose: intro\n') };

describe('import', () => {
  for (const [encoding, bytes] of [
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHINESE)])],
    ['UTF-8 without one', Buffer.from(CHINESE)],
    ['GB18030 (GBK)', iconv.encode(CHINESE, 'gb18030')],
  ] as const) {
    it(`reads ${encoding}: Chinese headers mapped, bad rows named by line, existing customers skipped, exit 1`, async () => {
      const root = notebook(EXISTING);
      const before = read(root, 'shanghai.md');
      const r = await followup(['import', csvIn(root, 'in.csv', bytes), '--json', '--today', TODAY], { cwd: root });
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout);
      expect(out.encoding).toBe(encoding.startsWith('GB') ? 'gb18030' : 'utf-8');
      expect(out.created).toEqual([{ line: 2, name: '苏州明达电子', path: '苏州明达电子.md' }]);
      expect(out.existing).toEqual([{ line: 5, name: '上海东方精密', path: 'shanghai.md', added: [] }]);
      expect(out.bad.map((b: { line: number; message: string }) => [b.line, b.message])).toEqual([
        [3, 'line 3: no name'],
        [4, "line 4: 上次拜访 '2026-13-01' is not a date; write it YYYY-MM-DD"],
      ]);
      expect(read(root, 'shanghai.md')).toBe(before);
      expect(read(root, '苏州明达电子.md')).toBe(
        [
          '---', 'name: 苏州明达电子', 'contact: 李明', 'phone: "13800000000"', 'stage: lead', 'tags: [电子, 重点]', 'owner: 张三', `created: ${TODAY}`, '---', '',
          '# 苏州明达电子', '',
          '<!-- Free notes about the account: who decides, how they buy, history. Visits are appended below. -->', '',
          '老客户介绍', '',
          '## 2026-11-02 visit', `Imported from ${path.basename(root)}-in.csv: the last contact recorded there.`, '',
          '## 2026-11-20 plan', '- Next: 2026-11-25', '',
        ].join('\n'),
      );
    });
  }

  it('counts the cadence from the imported last contact, and plans the imported next visit', async () => {
    const root = notebook();
    const file = csvIn(root, 'c.csv', 'Company,Last visit,Next visit\nA Ltd,2026-11-02,\nB Ltd,2026-11-02,2026-11-25\n');
    expect((await followup(['import', file, '--today', TODAY], { cwd: root })).code).toBe(0);
    const items = json(await followup(['list', '--json', '--today', TODAY], { cwd: root }));
    expect(items.map((i: { name: string; lastContact: string; due: string; reason: string }) => [i.name, i.lastContact, i.due, i.reason])).toEqual([
      ['A Ltd', '2026-11-02', '2026-11-16', 'cadence'],
      ['B Ltd', '2026-11-02', '2026-11-25', 'planned'],
    ]);
  });

  it('prints what it did, and exit 0 when every row was imported or already there', async () => {
    const root = notebook(EXISTING);
    const file = csvIn(root, 'ok.csv', 'Name,Contact\nAcme,Wang\n上海东方精密,陈\n');
    const r = await followup(['import', file, '--today', TODAY], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Imported from ${file} (utf-8, 2 rows): created 1 customer, 1 already in the notebook, skipped\n  line 2: Acme -> acme.md\n  line 3: 上海东方精密 is in shanghai.md\n`,
    );
  });

  it('writes nothing with --dry-run', async () => {
    const root = notebook(EXISTING);
    const r = await followup(['import', csvIn(root, 'd.csv', CHINESE), '--dry-run', '--merge', '--today', TODAY], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Would import .*would create 1 customer, 1 already in the notebook, would be merged, 2 bad rows/);
    expect(readdirSync(root).filter((f) => f.endsWith('.md'))).toEqual(['shanghai.md']);
  });

  it('--dry-run --merge says what the real run does when a name comes twice: the second row merged into the first', async () => {
    const csv = 'name,contact,phone\nTwice Ltd,Li,\nTwice Ltd,Wang,021 555\n';
    const dry = await followup(['import', csvIn(notebook(), 'dry.csv', csv), '--dry-run', '--merge', '--json', '--today', TODAY], { cwd: notebook() });
    const root = notebook();
    const real = await followup(['import', csvIn(root, 'real.csv', csv), '--merge', '--json', '--today', TODAY], { cwd: root });
    expect(dry.code).toBe(0);
    expect(real.code).toBe(0);
    expect(json(dry).existing).toEqual([{ line: 3, name: 'Twice Ltd', path: null, added: ['phone'] }]);
    expect(json(real).existing).toEqual([{ line: 3, name: 'Twice Ltd', path: 'twice-ltd.md', added: ['phone'] }]);
    expect(read(root, 'twice-ltd.md')).toMatch(/contact: Li\n[\s\S]*phone: 021 555\n/);
  });

  it('refuses a cadence the file could not hold, as the reader would refuse it', async () => {
    const root = notebook();
    const r = await followup(['import', csvIn(root, 'c.csv', 'name,cadence\nSlow Co,5000\nFine Co,30\n'), '--today', TODAY], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/line 2: .*5000/);
    expect(readdirSync(root).filter((f) => f.endsWith('.md'))).toEqual(['fine-co.md']);
    expect((await followup(['check'], { cwd: root })).code).toBe(0);
  });

  it('with --merge adds only the front matter keys a customer lacks, through the one write path', async () => {
    const root = notebook(EXISTING);
    const before = read(root, 'shanghai.md');
    const r = await followup(['import', csvIn(root, 'm.csv', 'name,contact,phone,stage\n上海东方精密,Someone else,021 555,qualified\n'), '--merge', '--json', '--today', TODAY], { cwd: root });
    expect(json(r).existing).toEqual([{ line: 2, name: '上海东方精密', path: 'shanghai.md', added: ['phone', 'stage'] }]);
    expect(read(root, 'shanghai.md')).toBe(before.replace('contact: 陈总\n', 'contact: 陈总\nphone: 021 555\nstage: qualified\n'));
  });

  it('maps columns with --map, skips one with -, and refuses a map to an unknown field or column', async () => {
    const root = notebook();
    const file = csvIn(root, 'map.csv', 'Firma,Stufe,Status\nMüller GmbH,proposal,whatever\n');
    const r = await followup(['import', file, '--map', 'Firma=name', '--map', 'Stufe=stage', '--map', 'Status=-', '--today', TODAY], { cwd: root });
    expect(r.code).toBe(0);
    expect(read(root, 'müller-gmbh.md')).toContain('stage: proposal\n');
    expect(badInput(await followup(['import', file, '--map', 'Firma=nom'], { cwd: root }))).toMatch(/^followup: --map 'Firma=nom' must be "<column>=<field>"/);
    expect(badInput(await followup(['import', file, '--map', 'Nope=name'], { cwd: root }))).toMatch(/^followup: --map names the column 'Nope', which the file does not have/);
    expect(badInput(await followup(['import', file], { cwd: root }))).toMatch(/no column holds the customer's name \(columns: Firma, Stufe, Status\); say which with --map/);
  });

  it('exits 2 with one line when the file cannot be read', async () => {
    const root = notebook();
    expect(badInput(await followup(['import', 'missing.csv'], { cwd: root }))).toBe('followup: cannot read missing.csv: it does not exist\n');
    expect(badInput(await followup(['import', csvIn(root, 'q.csv', 'name\n"unclosed\n')], { cwd: root }))).toMatch(/^followup: .*q\.csv is not CSV: /);
  });
});
