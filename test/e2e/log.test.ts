import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook, read, type Run, badInput, json } from '../helpers.js';

const TODAY = '2026-11-20'; // a Friday

const ACME = customerFile('name: Acme Trading\nstage: qualified\ncadence: 14', '## 2026-11-06 visit\n- Purpose: intro\n');

function log(root: string, ...args: string[]): Promise<Run> {
  return followup(['log', ...args, '--today', TODAY], { cwd: root });
}

/** What `log` appended to a file that was `before`. */
function appended(root: string, file: string, before: string): string {
  const after = read(root, file);
  expect(after.startsWith(before)).toBe(true);
  return after.slice(before.length);
}

describe('log with flags', () => {
  it('puts each flag on its labelled line, in order, under a heading with the date, time and kind', async () => {
    const root = notebook({ 'acme.md': ACME });
    const r = await log(
      root, 'acme',
      '--date', '2026-11-19', '--time', '14:30', '--kind', 'meeting',
      '--purpose', 'demo order tracking',
      '-m', 'ERP integration',
      '--topic', 'pricing', '--topic', 'ERP export',
      '--state', 'interested, CFO must approve',
      '--problem', 'budget approval', '--problem', 'ERP format',
      '--close', 'CFO wants a revised quote first',
      '--stage', 'proposal',
      '--next', '2026-11-27',
      '--next-action', 'bring the revised quote',
    );
    expect(r.code).toBe(0);
    expect(appended(root, 'acme.md', ACME.replace('stage: qualified', 'stage: proposal'))).toBe(
      [
        '',
        '## 2026-11-19 14:30 meeting',
        '- Purpose: demo order tracking',
        '- Discussed: ERP integration #pricing #ERP-export',
        '- State: interested, CFO must approve',
        '- Problems: budget approval; ERP format',
        '- Close: asked, CFO wants a revised quote first',
        '- Stage: qualified -> proposal',
        '- Next: 2026-11-27 bring the revised quote',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain('2026-11-19');
    const show = json(await followup(['show', 'acme', '--json', '--today', TODAY], { cwd: root }));
    expect(show).toMatchObject({ stage: 'proposal', lastContact: '2026-11-19', due: '2026-11-27', reason: 'planned', nextAction: 'bring the revised quote' });
    expect(show.entries[0]).toMatchObject({ kind: 'meeting', time: '14:30', closeAsked: true, topics: ['pricing', 'erp-export'] });
  });

  it('writes "Close: asked" for --asked-close, and a visit dated today by default', async () => {
    const root = notebook({ 'acme.md': ACME });
    expect((await log(root, 'acme', '--asked-close', '-m', 'signed?')).code).toBe(0);
    expect(appended(root, 'acme.md', ACME)).toBe('\n## 2026-11-20 visit\n- Discussed: signed?\n- Close: asked\n');
  });

  it('with --stage, changes only the stage line of the front matter', async () => {
    const root = notebook({ 'acme.md': ACME });
    const r = await log(root, 'acme', '--stage', 'negotiation', '--purpose', 'terms');
    expect(r.code).toBe(0);
    expect(read(root, 'acme.md')).toBe(
      ACME.replace('stage: qualified', 'stage: negotiation') + '\n## 2026-11-20 visit\n- Purpose: terms\n- Stage: qualified -> negotiation\n',
    );
    expect(r.stdout).toMatch(/qualified -> negotiation/);
  });

  it('adds a stage line to front matter that has none, and leaves it alone when the stage does not change', async () => {
    const bare = customerFile('name: Bare Co');
    const root = notebook({ 'bare.md': bare, 'acme.md': ACME });
    expect((await log(root, 'bare', '--stage', 'lead', '--purpose', 'intro')).code).toBe(0);
    expect(read(root, 'bare.md')).toBe('---\nname: Bare Co\nstage: lead\n---\n\n## 2026-11-20 visit\n- Purpose: intro\n- Stage: lead\n');
    expect((await log(root, 'acme', '--stage', 'Qualified', '--purpose', 'check')).code).toBe(0);
    expect(read(root, 'acme.md')).toBe(ACME + '\n## 2026-11-20 visit\n- Purpose: check\n- Stage: qualified\n');
  });

  it('accepts a backdated --date, and the summary follows the latest date, not the file order', async () => {
    const root = notebook({ 'acme.md': customerFile('name: Acme Trading\ncadence: 14', '## 2026-11-18 visit\n- Next: 2026-12-01 demo\n') });
    expect((await log(root, 'acme', '--date', 'yesterday', '--purpose', 'late note')).code).toBe(0);
    expect(read(root, 'acme.md')).toMatch(/\n## 2026-11-19 visit\n- Purpose: late note\n$/);
    expect((await log(root, 'acme', '--date', '2026-11-02', '--kind', 'call', '-m', 'old call')).code).toBe(0);
    const s = json(await followup(['show', 'acme', '--json', '--today', TODAY], { cwd: root }));
    expect(s).toMatchObject({ lastContact: '2026-11-19', due: '2026-12-01', reason: 'planned', nextAction: 'demo', contacts: 3 });
  });

  it('reads relative --next words against the entry date', async () => {
    const root = notebook({ 'acme.md': ACME });
    // 2026-11-16 is a Monday: "fri" is 2026-11-20, "+2w" 2026-11-30, "tomorrow" 2026-11-17.
    await log(root, 'acme', '--date', '2026-11-16', '--next', 'fri', '-m', 'a');
    await log(root, 'acme', '--date', '2026-11-16', '--next', '+2w', '-m', 'b');
    await log(root, 'acme', '--date', '2026-11-16', '--next', 'tomorrow', '-m', 'c');
    await log(root, 'acme', '--date', '2026-11-16', '--next', '+1m', '-m', 'd');
    const nextLines = read(root, 'acme.md').match(/^- Next: .*$/gm);
    expect(nextLines).toEqual(['- Next: 2026-11-20', '- Next: 2026-11-30', '- Next: 2026-11-17', '- Next: 2026-12-16']);
  });

  it('dates a plan given without --next one cadence after the entry', async () => {
    const root = notebook({ 'acme.md': ACME });
    expect((await log(root, 'acme', '--date', '2026-11-18', '--next-action', 'send the contract')).code).toBe(0);
    expect(read(root, 'acme.md')).toMatch(/\n- Next: 2026-12-02 send the contract\n$/);
  });

  it('writes into customers in sub-folders', async () => {
    const root = notebook({ 'east/hangzhou/acme.md': ACME });
    const r = await log(root, 'acme', '--purpose', 'visit east');
    expect(r.code).toBe(0);
    expect(read(root, 'east/hangzhou/acme.md')).toBe(ACME + '\n## 2026-11-20 visit\n- Purpose: visit east\n');
    expect(readdirSync(root)).toEqual(['.followup', 'east']);
  });

  it('writes Chinese labels and kinds when the notebook’s locale is zh', async () => {
    const zhFile = customerFile('name: 杭州湖畔贸易\nstage: qualified', '## 2026-11-06 拜访\n- 目的: 初次拜访\n');
    const root = notebook({ 'hz.md': zhFile }, 'locale: zh\n');
    const r = await log(
      root, '杭州湖畔',
      '--kind', 'call', '--purpose', '演示订单跟踪', '-m', '价格', '--topic', '预算', '--state', '有兴趣',
      '--problem', '预算审批', '--asked-close', '--stage', 'proposal', '--next', '2026-11-27', '--next-action', '带修改后的报价',
    );
    expect(r.code).toBe(0);
    expect(appended(root, 'hz.md', zhFile.replace('stage: qualified', 'stage: proposal'))).toBe(
      [
        '',
        '## 2026-11-20 电话',
        '- 目的: 演示订单跟踪',
        '- 沟通内容: 价格 #预算',
        '- 客户状态: 有兴趣',
        '- 待解决问题: 预算审批',
        '- 成交: 已提出',
        '- 阶段: qualified -> proposal',
        '- 下次: 2026-11-27 带修改后的报价',
        '',
      ].join('\n'),
    );
    const s = json(await followup(['show', 'hz', '--json', '--today', TODAY], { cwd: root }));
    expect(s).toMatchObject({ lastContact: TODAY, due: '2026-11-27', nextAction: '带修改后的报价', contacts: 2 });
    expect(s.entries[0]).toMatchObject({ kind: 'call', closeAsked: true, topics: ['预算'] });
  });

  it('keeps a typed line break from forging an entry', async () => {
    const root = notebook({ 'acme.md': ACME });
    expect((await log(root, 'acme', '-m', 'price\n\n## 2030-01-01 visit\n- Stage: won')).code).toBe(0);
    const s = json(await followup(['show', 'acme', '--json', '--today', TODAY], { cwd: root }));
    expect(s.entries).toHaveLength(2);
    expect(s.lastContact).toBe(TODAY);
    expect(s.stage).toBe('qualified');
  });

  it('prints the summary after the entry in JSON', async () => {
    const root = notebook({ 'acme.md': ACME });
    const r = json(await followup(['log', 'acme', '--purpose', 'demo', '--json', '--today', TODAY], { cwd: root }));
    expect(r).toMatchObject({ slug: 'acme', lastContact: TODAY, due: '2026-12-04', overdueDays: 0 });
  });

  it('warns, without refusing, when the entry is dated in the future', async () => {
    const root = notebook({ 'acme.md': ACME });
    const r = await log(root, 'acme', '--date', '2027-11-19', '--purpose', 'demo');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^followup: warning: 2027-11-19 is in the future/m);
    expect(read(root, 'acme.md')).toContain('## 2027-11-19 visit');
  });

  it('says the next contact is planned, not the rhythm, when --next set it', async () => {
    const root = notebook({ 'acme.md': ACME });
    const r = await log(root, 'acme', '--purpose', 'demo', '--next', '2026-11-25');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Next: 2026-11-25/);
    expect(r.stdout).not.toMatch(/14-day rhythm/);
  });

  it('refuses a --next date that is not after the entry, instead of writing a plan that is silently ignored', async () => {
    const root = notebook({ 'acme.md': ACME });
    expect(badInput(await log(root, 'acme', '--purpose', 'demo', '--next', '2026-11-10', '--next-action', 'call back'))).toMatch(/--next/);
    expect(badInput(await log(root, 'acme', '--date', '2026-11-18', '--purpose', 'demo', '--next', '2026-11-18'))).toMatch(/--next/);
    expect(read(root, 'acme.md')).toBe(ACME);
  });

  it('an entry appended after an unclosed code fence still counts as an entry', async () => {
    const fenced = customerFile('name: Fence Co', '## 2026-11-01 visit\n- Purpose: a\n\n```\npasted text, the fence never closed\n');
    const root = notebook({ 'fence.md': fenced });
    expect((await log(root, 'fence', '--purpose', 'follow up')).code).toBe(0);
    expect(read(root, 'fence.md').startsWith(fenced)).toBe(true);
    const s = json(await followup(['show', 'fence', '--json', '--today', TODAY], { cwd: root }));
    expect(s).toMatchObject({ lastContact: TODAY, contacts: 2, due: '2026-12-04' });
  });

  it('keeps the file’s permissions and leaves no temporary file behind', async () => {
    const root = notebook({ 'acme.md': ACME });
    chmodSync(path.join(root, 'acme.md'), 0o600);
    expect((await log(root, 'acme', '--purpose', 'demo')).code).toBe(0);
    expect(statSync(path.join(root, 'acme.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(root).sort()).toEqual(['.followup', 'acme.md']);
  });
});

describe('log keeps every byte a person wrote', () => {
  // CRLF, comments, odd key order, quoting, blank lines, and trailing text without a final newline.
  const HAND = [
    '---',
    '# Account owner: Li',
    'tags: [ "export",  key-account ]   # spacing kept',
    "stage: 'qualified'   # where we are",
    'phone: \'0571 8888\'',
    '',
    'name:   "Round Trip Co"',
    'cadence: 10',
    '---',
    '',
    '',
    '# Round Trip Co',
    '',
    'Free   notes,\twith a tab.',
    '',
    '## 2026-11-01 visit',
    '- Purpose:   spaced out  ',
    '* Discussed: #pricing',
    '',
    '',
    'trailing words, no newline',
  ].join('\r\n');

  it('appends the entry and changes the one stage line, nothing else', async () => {
    const root = notebook({ 'round.md': HAND });
    const r = await log(root, 'round', '--stage', 'proposal', '--purpose', 'quote', '-m', 'terms');
    expect(r.code).toBe(0);
    const expected =
      HAND.replace("stage: 'qualified'   # where we are", 'stage: proposal   # where we are') +
      '\r\n\r\n## 2026-11-20 visit\r\n- Purpose: quote\r\n- Discussed: terms\r\n- Stage: qualified -> proposal\r\n';
    expect(read(root, 'round.md')).toBe(expected);
  });

  it('without --stage, only appends', async () => {
    const root = notebook({ 'round.md': HAND });
    expect((await log(root, 'round', '--purpose', 'quote')).code).toBe(0);
    expect(read(root, 'round.md')).toBe(HAND + '\r\n\r\n## 2026-11-20 visit\r\n- Purpose: quote\r\n');
  });

  it('keeps a byte order mark', async () => {
    const root = notebook();
    const bom = '\uFEFF---\r\nname: Bom Co\r\nstage: lead\r\n---\r\n\r\nnotes\r\n';
    writeFileSync(path.join(root, 'bom.md'), bom);
    expect((await log(root, 'bom', '--purpose', 'demo', '--stage', 'qualified')).code).toBe(0);
    expect(readFileSync(path.join(root, 'bom.md'), 'utf8')).toBe(
      '\uFEFF---\r\nname: Bom Co\r\nstage: qualified\r\n---\r\n\r\nnotes\r\n\r\n## 2026-11-20 visit\r\n- Purpose: demo\r\n- Stage: lead -> qualified\r\n',
    );
  });

  it('writes nothing when the input is bad', async () => {
    const root = notebook({ 'round.md': HAND });
    badInput(await log(root, 'round', '--purpose', 'x', '--next', 'soonish'));
    badInput(await log(root, 'round', '--purpose', 'x', '--stage', 'sleeping'));
    expect(read(root, 'round.md')).toBe(HAND);
  });
});

describe('log refuses bad input with one line and exit code 2', () => {
  it.each([
    [['--date', '2026-13-01', '-m', 'x'], /'2026-13-01' is not a --date; use YYYY-MM-DD/],
    [['--date', 'soon', '-m', 'x'], /'soon' is not a --date/],
    [['--next', 'nope', '-m', 'x'], /'nope' is not a --next date/],
    [['--next', '2026-02-30', '-m', 'x'], /'2026-02-30' is not a --next date/],
    [['--time', '25:00', '-m', 'x'], /'25:00' is not a time/],
    [['--kind', 'party', '-m', 'x'], /party/],
    [['--stage', 'sleeping', '-m', 'x'], /'sleeping' is not a stage; stages are lead, qualified, proposal, negotiation/],
    [['--frobnicate'], /unknown option '--frobnicate'/],
  ])('log acme %j', async (args, message) => {
    const root = notebook({ 'acme.md': ACME });
    expect(badInput(await log(root, 'acme', ...args))).toMatch(message);
    expect(read(root, 'acme.md')).toBe(ACME);
  });

  it('without a terminal and without anything to log, says how to give it', async () => {
    const root = notebook({ 'acme.md': ACME });
    const msg = badInput(await log(root, 'acme'));
    expect(msg).toMatch(/nothing to log for Acme Trading/);
    expect(msg).toMatch(/-m/);
    expect(read(root, 'acme.md')).toBe(ACME);
  });
});

describe('<customer>', () => {
  const root = notebook({
    'hangzhou-lakeside-trading.md': customerFile('name: Hangzhou Lakeside Trading'),
    'east/hangzhou-metro-supplies.md': customerFile('name: Hangzhou Metro Supplies'),
    'shanghai-lakeside.md': customerFile('name: Shanghai Lakeside'),
    '杭州湖畔贸易有限公司.md': customerFile('name: 杭州湖畔贸易有限公司'),
    'xihu.md': customerFile('name: 浙江杭州西湖茶业'),
    'metro.md': customerFile('name: Metro'),
  });
  const slugOf = async (q: string) => json(await followup(['show', q, '--json', '--today', TODAY], { cwd: root })).slug;

  it.each([
    ['hangzhou-lakeside-trading', 'hangzhou-lakeside-trading'],
    ['Hangzhou Lakeside Trading', 'hangzhou-lakeside-trading'],
    ['hangzhou l', 'hangzhou-lakeside-trading'],
    ['HANGZHOU M', 'hangzhou-metro-supplies'],
    ['metr', 'metro'],
    ['supplies', 'hangzhou-metro-supplies'],
    ['湖畔', '杭州湖畔贸易有限公司'],
    ['西湖', 'xihu'],
    ['east/hangzhou-metro-supplies', 'hangzhou-metro-supplies'],
  ])('%j is %s', async (query, slug) => {
    expect(await slugOf(query)).toBe(slug);
  });

  it('ambiguous: exit 2 naming the candidates, for show and log alike', async () => {
    for (const cmd of [['show', 'lakeside'], ['log', 'lakeside', '-m', 'x']]) {
      const msg = badInput(await followup([...cmd, '--today', TODAY], { cwd: root }));
      expect(msg).toContain('Hangzhou Lakeside Trading');
      expect(msg).toContain('Shanghai Lakeside');
      expect(msg).not.toContain('Metro');
    }
    expect(read(root, 'shanghai-lakeside.md')).toBe(customerFile('name: Shanghai Lakeside'));
  });

  it('names candidates by path, so two files of the same name in two folders can be told apart', async () => {
    const twins = notebook({
      'east/acme.md': customerFile('name: Acme East'),
      'west/acme.md': customerFile('name: Acme West'),
    });
    const msg = badInput(await followup(['show', 'acme', '--today', TODAY], { cwd: twins }));
    expect(msg).toContain('Acme East (east/acme)');
    expect(msg).toContain('Acme West (west/acme)');
    expect(json(await followup(['show', 'west/acme', '--json', '--today', TODAY], { cwd: twins })).name).toBe('Acme West');
  });

  it('unknown: exit 2 saying so', async () => {
    expect(badInput(await followup(['show', 'nobody-like-this', '--today', TODAY], { cwd: root }))).toMatch(/no customer matches 'nobody-like-this'/);
    expect(badInput(await followup(['log', '广州', '-m', 'x', '--today', TODAY], { cwd: root }))).toMatch(/no customer matches '广州'/);
  });
});

describe('a write needs a match a person would not be surprised by', () => {
  const files = {
    'zhujiang.md': customerFile('name: 深圳珠江电子', '## 2026-11-01 visit\n- Purpose: intro\n'),
    'sunrise.md': customerFile('name: Sunrise Foods'),
  };

  it('refuses a one-letter prefix and a part in the middle of a name, and says what would do', async () => {
    const root = notebook(files);
    const middle = badInput(await followup(['log', '电子', '-m', 'x', '--today', TODAY], { cwd: root }));
    expect(middle).toMatch(/'电子' is only part of 深圳珠江电子; to write, give the whole name or file name, or the start of one of its words/);
    expect(badInput(await followup(['log', 's', '-m', 'x', '--today', TODAY], { cwd: root }))).toMatch(/'s' is only part of/);
    expect(read(root, 'zhujiang.md')).toBe(files['zhujiang.md']);
    expect(read(root, 'sunrise.md')).toBe(files['sunrise.md']);
    // Reads stay loose, and the start of a word is enough to write.
    expect(json(await followup(['show', '电子', '--json', '--today', TODAY], { cwd: root })).name).toBe('深圳珠江电子');
    expect((await followup(['log', '深圳', '-m', 'x', '--today', TODAY], { cwd: root })).code).toBe(0);
    expect((await followup(['log', 'sunrise', '-m', 'x', '--today', TODAY], { cwd: root })).code).toBe(0);
  });
});
