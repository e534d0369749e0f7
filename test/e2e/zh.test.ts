import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badInput, customerFile, followup, json, notebook, read, type Run } from '../helpers.js';

const TODAY = '2026-11-25'; // a Wednesday
const ZH = { LANG: 'zh_CN.UTF-8' };

const HANGZHOU = customerFile(
  'name: 杭州湖畔贸易\nstage: proposal\ncadence: 14',
  '## 2026-11-23 微信\n- 沟通内容: 发了报价\n- 下次: 2026-11-30 带修订报价\n',
);
const LAKESIDE = customerFile('name: Hangzhou Lakeside Trading\nstage: qualified', '## 2026-11-20 visit\n- Purpose: intro\n');

function zh(root: string, ...args: string[]): Promise<Run> {
  return followup([...args, '--today', TODAY], { cwd: root, env: ZH });
}

describe('a Chinese interface from LANG, nothing configured', () => {
  it('--help and --version speak it, help generated from the real options', async () => {
    const r = await followup(['--help'], { env: ZH });
    expect(r.stdout).toContain('用法：');
    expect(r.stdout).toContain('外勤销售的跟进笔记');
    // Every line of the list of commands, the help command's own included.
    expect(r.stdout).toMatch(/help \[command\]\s+显示命令帮助/);
    const log = await followup(['log', '--help'], { env: ZH });
    expect(log.stdout).toMatch(/--next <date>\s+下次联系日期/);
    expect(log.stdout).toContain('选项：');
    expect((await followup(['--help'], { env: { LANG: 'en_US.UTF-8' } })).stdout).toContain('Usage:');
    expect((await followup(['--help'], { env: { LC_ALL: 'zh_CN', LANG: 'en_US.UTF-8' } })).stdout).toContain('用法：');
    expect((await followup(['--help'], { env: { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' } })).stdout).toContain('Usage:');
  });

  it('errors before the notebook is found, and commander errors, are in Chinese', async () => {
    expect(badInput(await followup(['list'], { env: ZH }))).toContain('找不到笔记本');
    expect(badInput(await followup(['list', '--frob'], { env: ZH }))).toContain("未知选项 '--frob'");
    expect(badInput(await followup(['list', '--sort', 'x'], { env: ZH }))).toContain('可选 due, name, heat');
    expect(badInput(await followup(['show'], { env: ZH }))).toContain('缺少参数 <customer>');
    expect(badInput(await followup(['agenda', '--days', '0'], { env: ZH }))).toContain('请给出大于 0 的整数');
  });

  it('reports, warnings and the log line are in Chinese; JSON keys stay English, messages follow', async () => {
    const root = notebook({ '杭州湖畔贸易.md': HANGZHOU });
    const list = await zh(root, 'list');
    expect(list.stdout).toMatch(/^客户\s+阶段\s+热度/);
    const r = await zh(root, 'log', 'hzhp', '-m', '聊了价格', '--next', '下周一');
    expect(r.stdout).toContain('已记录：2026-11-25 与杭州湖畔贸易的拜访');
    expect(r.stdout).toContain('下次：2026-11-30');
    expect(r.stderr).toContain('提醒：这次联系没有目的');
    const j = json(await zh(root, 'log', 'hzhp', '-m', '又聊', '--json'));
    expect(j.warnings[0].code).toBe('warn.noPurpose');
    expect(j.warnings[0].message).toContain('这次联系没有目的');
  });

  it('new files are written in the interface language when locale is not set', async () => {
    const root = notebook();
    expect((await zh(root, 'new', '宁波港通', '--next', '明天')).code).toBe(0);
    const text = read(root, '宁波港通.md');
    expect(text).toContain('## 2026-11-25 计划');
    expect(text).toContain('- 下次: 2026-11-26');
  });
});

describe('choosing the language in config.yml', () => {
  it('language: en wins over LANG; language: zh-CN over an English LANG, errors after the config included', async () => {
    const en = notebook({ 'a.md': HANGZHOU }, 'language: en\n');
    expect((await zh(en, 'list')).stdout).toMatch(/^Customer/);
    expect(badInput(await zh(en, 'show', 'nobody'))).toContain('no customer matches');
    const cn = notebook({ 'a.md': HANGZHOU }, 'language: zh-CN\n');
    expect((await followup(['list', '--today', TODAY], { cwd: cn })).stdout).toMatch(/^客户/);
    expect(badInput(await followup(['show', 'nobody', '--today', TODAY], { cwd: cn }))).toContain('没有客户匹配');
    expect(badInput(await followup(['list'], { cwd: notebook({}, 'language: fr\n') }))).toContain("'language' must be en or zh-CN");
  });

  it('locale accepts zh-CN for zh', async () => {
    const root = notebook({}, 'locale: zh-CN\n');
    expect((await followup(['new', 'Acme', '--next', '2026-12-01', '--today', TODAY], { cwd: root })).code).toBe(0);
    expect(read(root, 'acme.md')).toContain('## 2026-11-25 计划');
  });
});

describe('a notebook mixing English and Chinese files', () => {
  const mixed = (config?: string) => notebook({ '杭州湖畔贸易.md': HANGZHOU, 'hangzhou-lakeside-trading.md': LAKESIDE }, config);

  it('an entry added to a Chinese file uses its words, whatever the notebook locale', async () => {
    const root = mixed();
    await followup(['log', '杭州湖畔', '--purpose', '送报价', '--next', '+2w', '--today', TODAY], { cwd: root });
    const text = read(root, '杭州湖畔贸易.md');
    expect(text).toContain('## 2026-11-25 拜访\n- 目的: 送报价');
    expect(text).not.toContain('Purpose');
    await followup(['schedule', '杭州湖畔', '2026-12-10', '--today', TODAY], { cwd: root });
    expect(read(root, '杭州湖畔贸易.md')).toContain('## 2026-11-25 计划\n- 下次: 2026-12-10');
    await followup(['release', '杭州湖畔', '--reason', '预算冻结', '--yes', '--today', TODAY], { cwd: root });
    expect(read(root, '杭州湖畔贸易.md')).toContain('## 2026-11-25 备注\n- 状态: released\n- 原因: 预算冻结');
  });

  it('and to an English file its English words, in a Chinese notebook', async () => {
    const root = mixed('locale: zh\n');
    await zh(root, 'log', 'hangzhou-lakeside-trading', '--purpose', 'demo', '--close', 'next week');
    expect(read(root, 'hangzhou-lakeside-trading.md')).toContain('## 2026-11-25 visit\n- Purpose: demo\n- Close: asked, next week');
    await zh(root, 'won', 'hangzhou-lakeside-trading');
    expect(read(root, 'hangzhou-lakeside-trading.md')).toContain('## 2026-11-25 note\n- Status: won');
  });

  it('plan --apply writes each file in its own words', async () => {
    const root = notebook({
      'a.md': customerFile('name: 杭州湖畔贸易\ncadence: 14', '## 2026-11-10 拜访\n- 目的: 初访\n'),
      'b.md': customerFile('name: Acme\ncadence: 14', '## 2026-11-10 visit\n- Purpose: intro\n'),
    }, 'capacity: 1\n');
    // Next week: both overdue customers are planned into it, so both files are written; equal
    // in all else, Acme comes first on every machine, whatever its locale.
    expect((await zh(root, 'plan', '--week', '--apply')).code).toBe(0);
    const [a, b] = [read(root, 'a.md'), read(root, 'b.md')];
    expect(a).toMatch(/\n## 2026-11-25 计划\n- 下次: 2026-12-01\n$/);
    expect(b).toMatch(/\n## 2026-11-25 plan\n- Next: 2026-11-30\n$/);
  });

  it('show hangzhou finds both the English and the Chinese customer; pinyin and initials find the Chinese one', async () => {
    const root = mixed();
    const both = badInput(await zh(root, 'show', 'hangzhou'));
    expect(both).toContain('匹配到 2 个客户');
    expect(both).toContain('杭州湖畔贸易');
    expect(both).toContain('Hangzhou Lakeside Trading');
    for (const q of ['hzhp', 'hang zhou hu', 'hangzhouhupan']) expect((await zh(root, 'show', q)).stdout, q).toMatch(/^杭州湖畔贸易/);
    expect((await zh(root, 'show', 'hupan')).stdout).toMatch(/^杭州湖畔贸易/);
    // A write needs the start of the name: 湖畔 is the middle of it.
    expect(badInput(await zh(root, 'log', 'hupan', '-m', 'x'))).toContain('只是 杭州湖畔贸易 的一部分');
  });
});

describe('dates typed in Chinese where a date is taken', () => {
  it('schedule, --next, --today, --since', async () => {
    const root = notebook({ '杭州湖畔贸易.md': HANGZHOU });
    expect((await zh(root, 'schedule', '杭州', '下周一')).stdout).toContain('已经安排在 2026-11-30');
    expect((await zh(root, 'schedule', '杭州', '周五')).stdout).toContain('-> 2026-11-27');
    expect((await zh(root, 'schedule', '杭州', '12月3日')).stdout).toContain('-> 2026-12-03');
    expect((await zh(root, 'schedule', '杭州', '+2周')).stdout).toContain('-> 2026-12-09');
    expect((await followup(['agenda', '--today', '2026年12月3日'], { cwd: root, env: ZH })).stdout).toContain('2026-12-03 日程');
    expect((await zh(root, 'stats', '--since', '1个月前')).stdout).toContain('2026-10-25 至 2026-11-25');
    const bad = badInput(await zh(root, 'schedule', '杭州', '下下周'));
    expect(bad).toContain('不是有效的日期');
    expect(bad).toContain('下周一');
  });
});

describe('the demo in both languages', () => {
  it('demo --language zh-CN writes Chinese names, notes, labels and kinds; English by default under an English LANG', async () => {
    const base = notebook();
    const dir = path.join(base, 'zh');
    expect((await followup(['demo', dir, '--language', 'zh-CN', '--quiet', '--today', TODAY], { cwd: base })).code).toBe(0);
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) expect(read(dir, f), f).toMatch(/^## \d{4}-\d{2}-\d{2}(?: \d\d:\d\d)? (拜访|电话|会议|微信|邮件|计划|备注)$/m);
    expect(read(dir, 'README.md')).toContain('演示笔记本');
    const agenda = await followup(['agenda', '--today', TODAY], { cwd: dir, env: ZH });
    expect(agenda.stdout).toContain('日程：要见');
    expect((await followup(['show', 'ningbo', '--today', TODAY], { cwd: dir, env: ZH })).stdout).toMatch(/^宁波港通物流/);
    const en = path.join(base, 'en');
    await followup(['demo', en, '--quiet', '--today', TODAY], { cwd: base });
    expect(read(en, 'README.md')).toContain('A demo notebook');
    const zhByLang = path.join(base, 'lang');
    await followup(['demo', zhByLang, '--quiet', '--today', TODAY], { cwd: base, env: ZH });
    expect(read(zhByLang, 'README.md')).toContain('演示笔记本');
    expect(badInput(await followup(['demo', path.join(base, 'x'), '--language', 'fr'], { cwd: base }))).toContain('--language must be en or zh-CN');
  });
});
