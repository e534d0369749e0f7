import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, customerFile, notebook, read } from '../helpers.js';

// The prompts need a terminal: util-linux's `script` gives the command one, and the answers are
// typed into it one by one, a pause apart, as a person would.
const hasScript = spawnSync('script', ['--version']).status === 0;
const TODAY = '2026-11-27';

function atTerminal(root: string, args: string[], answers: string[], env = ''): { code: number; screen: string } {
  // %b: an answer may hold a control key, such as \\x15 (Ctrl-U, clear the pre-filled answer).
  const typed = answers.map((a) => `sleep 0.8; printf '%b\\r' ${JSON.stringify(a)}`).join('; ');
  const command = `${env} FOLLOWUP_TODAY=${TODAY} NO_COLOR=1 ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --dir ${JSON.stringify(root)} ${args.map((a) => JSON.stringify(a)).join(' ')}`;
  const r = spawnSync('bash', ['-c', `(${typed}; sleep 1) | script -qec ${JSON.stringify(command)} /dev/null`], { encoding: 'utf8', timeout: 60_000 });
  // `script -e` exits with the command's own exit code.
  return { code: r.status ?? -1, screen: r.stdout };
}

const NINGBO = customerFile(
  'name: Ningbo Harbour\nstage: proposal\ncadence: 7',
  '## 2026-11-20 call\n- Purpose: settle the payment terms\n- Discussed: terms #payment\n- Problems: volume discount above 400 TEU\n- Next: 2026-11-27 bring the final contract\n',
);

describe.skipIf(!hasScript)('at a terminal', () => {
  it('log asks the questions, with the last plan as the purpose and the open problems pre-filled', () => {
    const root = notebook({ 'ningbo.md': NINGBO });
    // Kind (visit), purpose (keep the plan), discussed, state, problems (keep), close: the second
    // choice, not asked (a number picks a choice), stage (keep), next date: typing replaces the
    // default, plan.
    const r = atTerminal(root, ['log', 'ningbo'], ['', '', 'the contract #contract', 'ready to sign', '', '2', '', 'mon', 'collect the signature']);
    expect(r.code).toBe(0);
    expect(r.screen).toContain('Last entry:');
    expect(r.screen).toContain('Already covered: #payment (2026-11-20)');
    expect(read(root, 'ningbo.md')).toBe(
      NINGBO +
        '\n## 2026-11-27 visit\n- Purpose: bring the final contract\n- Discussed: the contract #contract\n- State: ready to sign\n' +
        '- Problems: volume discount above 400 TEU\n- Close: not asked\n- Next: 2026-11-30 collect the signature\n',
    );
    // The date typed is echoed as the date it means.
    expect(r.screen).toMatch(/Next contact[^\n]*2026-11-30/);
  });

  it('log keeps the answers of an interrupted log for the next one, and the stage list can mark the deal won', () => {
    const root = notebook({ 'ningbo.md': NINGBO });
    // Kind, then a purpose of its own, then Ctrl-C at the next question.
    const stopped = atTerminal(root, ['log', 'ningbo'], ['', '\\x15a purpose of its own', '\\x03']);
    expect(stopped.code).toBe(1);
    expect(read(root, 'ningbo.md')).toBe(NINGBO);
    // Resume (yes), kind, purpose (the one kept), discussed, state, problems, close (unsaid), stage: won (the fifth), next, plan.
    const r = atTerminal(root, ['log', 'ningbo'], ['', '', '', 'signed today', '', '', '', '5', '', '']);
    expect(r.code).toBe(0);
    expect(r.screen).toContain('Resume the answers you left on');
    const text = read(root, 'ningbo.md');
    expect(text).toContain('status: won\n');
    expect(text).toContain('\n## 2026-11-27 visit\n- Purpose: a purpose of its own\n- Discussed: signed today\n');
    expect(text).toContain('- Status: won\n');
  });

  it('log offers a draft it cannot use as no defaults at all: values that are not choices, and text that is not text', () => {
    const root = notebook({ 'ningbo.md': NINGBO });
    const drafts = path.join(root, '.followup', 'tmp', 'drafts');
    mkdirSync(drafts, { recursive: true });
    const key = createHash('sha256').update('ningbo.md').digest('hex').slice(0, 20);
    writeFileSync(path.join(drafts, `${key}.json`), JSON.stringify({ file: 'ningbo.md', at: 0, answers: { kind: 'bogus', purpose: 42, close: 'maybe', stage: 3 } }));
    // Resume (yes), kind, purpose (the plan), discussed, state, problems, close, stage, next, plan.
    const r = atTerminal(root, ['log', 'ningbo'], ['', '', '', 'x', '', '', '', '', '', '']);
    expect(r.code).toBe(0);
    expect(read(root, 'ningbo.md')).toBe(
      `${NINGBO}\n## 2026-11-27 visit\n- Purpose: bring the final contract\n- Discussed: x\n- Problems: volume discount above 400 TEU\n- Next: 2026-12-04\n`,
    );
  });

  it('log refuses a --time it cannot read before asking anything, as it does with flags', () => {
    const root = notebook({ 'ningbo.md': NINGBO });
    // Once written unchecked as "## 2026-11-27 x y visit", which reads back as a note.
    const r = atTerminal(root, ['log', 'ningbo', '--time', 'x y'], ['', '', 'talked', '', '', '2', '', '', 'plan']);
    expect(r.code).toBe(2);
    expect(r.screen).toContain("followup: 'x y' is not a time");
    expect(r.screen).not.toContain('Last entry:');
    expect(read(root, 'ningbo.md')).toBe(NINGBO);
  });

  it('release asks first; answering no writes nothing and exits 1', () => {
    const root = notebook({ 'ningbo.md': NINGBO });
    const r = atTerminal(root, ['release', 'ningbo', '--reason', 'no budget'], ['n']);
    expect(r.code).toBe(1);
    expect(r.screen).toContain('Follow-up record of Ningbo Harbour');
    expect(r.screen).toContain('followup: nothing was written');
    expect(readFileSync(path.join(root, 'ningbo.md'), 'utf8')).toBe(NINGBO);
  });

  it('asks in Chinese under a Chinese LANG: the close in Chinese, a Chinese date, the file\'s own words', () => {
    const file = customerFile('name: 宁波港通\nstage: proposal\ncadence: 7', '## 2026-11-20 电话\n- 目的: 谈账期\n- 下次: 2026-11-27 带最终合同\n');
    const root = notebook({ 'ningbo.md': file });
    // Kind (拜访), purpose (keep the plan), discussed, state, problems (none), close: asked (the first), outcome, stage (keep), next, plan.
    const r = atTerminal(root, ['log', 'nbgt'], ['', '', '合同条款 #合同', '准备签', '', '1', '下周签', '', '下周一', '拿签字'], 'LANG=zh_CN.UTF-8');
    expect(r.code).toBe(0);
    expect(r.screen).toContain('上一条记录');
    expect(r.screen).toContain('提出成交了吗？');
    expect(r.screen).toContain('拜访');
    expect(read(root, 'ningbo.md')).toBe(
      `${file}\n## 2026-11-27 拜访\n- 目的: 带最终合同\n- 沟通内容: 合同条款 #合同\n- 客户状态: 准备签\n- 成交: 已提出，下周签\n- 下次: 2026-11-30 拿签字\n`,
    );
  });
});
