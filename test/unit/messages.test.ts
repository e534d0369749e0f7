import { describe, expect, it } from 'vitest';
import type { IssueCode, IssueParams } from '../../src/domain/errors.js';
import { issue } from '../../src/domain/errors.js';
import { describe as say, type Messages } from '../../src/i18n/messages.js';
import { TABLES } from '../say.js';

const D = '2026-11-27';
const nested = issue('file.notUtf8');

/** One sample of every issue's parameters: a code missing here does not type-check. */
const SAMPLES: { [K in IssueCode]: IssueParams[K] } = {
  'config.yaml': { detail: '第 3 行' },
  'config.notMap': {},
  'config.unknownKey': { key: 'cadance', known: ['cadence', 'stages'] },
  'config.notNumber': { key: 'cadence', value: '"x"', integer: true },
  'config.notShare': { key: 'heat.contact', value: 2 },
  'config.notList': { key: 'stages' },
  'config.notDayMap': { key: 'cadence_by_stage' },
  'config.locale': { value: '"fr"', locales: ['en', 'zh'] },
  'config.weekday': { value: 'xyz' },
  'config.noWorkdays': {},
  'config.noStages': {},
  'config.stageTwice': { stage: 'lead' },
  'config.lateStage': { stage: 'won', stages: ['lead', 'proposal'] },
  'config.heat': { keys: ['contact', 'progress'] },
  'file.notUtf8': {},
  'file.unreadable': { reason: '权限不足' },
  'file.unclosed': {},
  'file.notYaml': { language: 'TOML' },
  'file.yamlTag': { detail: '!!js' },
  'file.yaml': { detail: '缩进错误' },
  'file.notScalar': { key: 'name' },
  'file.cadence': { value: '两周' },
  'file.status': { value: '暂停', statuses: ['active', 'won', 'lost', 'released'] },
  'file.created': { value: '昨天' },
  'file.noFrontMatter': {},
  'file.notCustomer': {},
  'date.invalid': { input: '下下周', source: '--next' },
  'today.empty': {},
  'command.unknown': { name: 'shw', commands: ['show', 'list'] },
  'notebook.missing': { root: '/tmp/笔记', source: '--dir', given: '笔记' },
  'notebook.none': { home: '/home/王/followup' },
  'notebook.outside': { path: '../外面.md' },
  'config.invalid': { file: '.followup/config.yml', issue: issue('config.noStages') },
  'stage.unknown': { stage: '签约', stages: ['lead', 'proposal'] },
  'topic.invalid': { topic: '价格!' },
  'pick.noMatch': { query: '杭州' },
  'pick.partForWrite': { query: '电子', matches: ['深圳珠江电子'] },
  'pick.skipped': { query: '杭州', file: '杭州.md', issue: nested, line: 3 },
  'pick.ambiguous': { query: '杭州', count: 10, names: Array.from({ length: 9 }, (_, i) => ({ name: `客户${i}`, handle: `客户${i}` })) },
  'file.broken': { file: '杭州.md', issue: nested, line: null },
  'write.unreadable': { file: '杭州.md', issue: nested, line: 4 },
  'write.readOnly': { file: '杭州.md' },
  'write.failed': { file: '杭州.md', reason: '磁盘已满' },
  'log.badKind': { word: '吃饭', kinds: ['visit', 'call'], chinese: ['拜访', '电话'] },
  'log.badTime': { time: '下午' },
  'log.nextNotAfter': { next: D, date: D },
  'log.nothing': { name: '杭州湖畔' },
  'new.noName': {},
  'new.nextBeforeToday': { next: D, today: D },
  'new.exists': { name: '杭州湖畔', file: '杭州.md' },
  'new.badFolder': { given: '.git' },
  'new.folderInTheWay': { folder: '华东' },
  'new.appeared': { file: '杭州.md' },
  'init.notAFolder': { root: '/tmp/文件' },
  'demo.isAFile': { root: '/tmp/文件' },
  'demo.taken': { root: '/tmp/目录' },
  'schedule.beforeToday': { date: D, today: D },
  'stats.sinceAfterUntil': { since: D, until: D },
  'status.activeAlready': { name: '杭州湖畔' },
  'status.notActive': { name: '杭州湖畔', status: 'won', already: true, handle: '杭州' },
  'status.needReason': {},
  'prompt.cancelled': {},
  'status.declined': {},
  'file.skipped': { file: '杭州.md', issue: nested, line: 2 },
  'warn.noPurpose': {},
  'warn.repeated': { topics: [{ topic: '价格', dates: [D, D] }] },
  'warn.future': { date: D },
  'warn.inactive': { name: '杭州湖畔', status: 'released', handle: '杭州' },
  'warn.scheduleInactive': { name: '杭州湖畔', status: 'lost' },
  'warn.staysDue': { name: '杭州湖畔', due: D, date: D, contact: null, file: '杭州.md' },
  'config.language': { value: '"fr"', languages: ['en', 'zh-CN'] },
  'language.invalid': { given: 'fr', languages: ['en', 'zh-CN'] },
  'config.reminder': { value: '"明天"' },
  'export.badFormat': { format: 'pdf', formats: ['ics', 'csv', 'json'] },
  'export.optionFor': { option: '--entries', formats: ['csv', 'json'] },
  'import.unreadable': { file: '客户.csv', reason: '权限不足' },
  'import.notCsv': { file: '客户.csv', detail: '第 3 行' },
  'import.noName': { file: '客户.csv', columns: ['电话', '联系人'] },
  'import.badMap': { given: '名称', fields: ['name', 'phone'] },
  'import.unknownColumn': { column: '公司', columns: ['客户名称', '电话'] },
  'import.row': { line: 4, issue: issue('import.emptyName') },
  'import.emptyName': {},
  'import.badDate': { column: '最近联系', value: '上周' },
  'import.badCadence': { column: '周期', value: '两周' },
  'import.nextBeforeLast': { next: D, last: D },
  'edit.aborted': {},
  'edit.withFields': {},
  'edit.unreadable': { issue: nested, line: 2 },
  'edit.failed': { editor: 'vim', reason: '退出码 1' },
  'open.unreadable': { file: '杭州.md', issue: nested, line: null },
  'completion.shell': { shell: 'pwsh', shells: ['bash', 'zsh', 'fish'] },
  'warn.noCloseSaid': { stage: '谈判' },
  'warn.planOpen': { date: D, action: '带合同' },
  'status.needYes': { name: '杭州湖畔', command: 'release', handle: '杭州' },
  'command.didYouMean': { name: 'shw', suggestion: 'show' },
  'log.closeBoth': {},
  'file.conflict': {},
  'file.tooLarge': { bytes: 6_000_000, limit: 5_242_880 },
  'file.dateLike': { value: '2026-11-20T14:30', where: 'heading' },
  'file.inComment': { value: '2026-11-20 拜访' },
  'file.lineEndings': {},
  'file.utf16': {},
  'file.opening': { value: '---constructor' },
  'file.symlink': {},
  'file.twin': { other: '杭州.md', by: 'name' },
  'lock.busy': { file: '杭州.md', pid: 42, host: '笔记本', seconds: 10 },
  'file.cadenceRange': { value: '99999', max: 3650 },
  'config.range': { key: 'capacity', value: '5000', max: 1000 },
  'file.notCounted': { file: '杭州.md', issue: nested, line: 7 },
  'plan.partial': { written: ['甲.md', '乙.md'], failed: [{ file: '丙.md', issue: issue('write.readOnly', { file: '丙.md' }) }] },
  'undo.nothing': { file: null },
  'undo.changed': { file: '杭州.md' },
  'undo.gone': { file: '杭州.md' },
  'git.missing': {},
  'git.failed': { command: 'git push', detail: '连接超时' },
  'git.notRepository': { root: '/tmp/笔记' },
  'git.detached': {},
  'git.noIdentity': {},
  'git.rebasing': {},
  'git.mergeFailed': { detail: '冲突' },
  'owner.none': { owner: '王五', owners: ['张三', '李四'] },
};

/** Sample arguments of the other message functions, by parameter name. */
const BY_NAME: Record<string, unknown> = {
  s: { reason: 'cadence', cadence: 14, lastContact: D },
  k: 'visit',
  v: { contacts: 5, cadence: 14, gaps: 4, gapsOverCadence: 2, coldGap: 30, stalled: 3, closesAsked: 0, failed: true },
  t: { active: 5, overdue: 1, cooling: 1, stalled: 1, noClose: 1 },
  tags: ['出口', '重点'],
  parts: ['一', '二'],
  again: true,
  open: true,
  others: true,
  already: true,
  added: ['联系人', '电话'],
  c: { entries: { visit: 2, call: 1 }, newCustomers: 1, removed: 0, edited: 1, other: 0 },
  created: false,
  dryRun: false,
  what: 'customers',
  kind: 'planned',
  overdueDays: 3,
  phone: '+86 138 0000 0000',
  state: null,
};
const DATES = new Set(['date', 'from', 'until', 'due', 'last', 'first', 'since', 'to', 'today', 'next']);
const NUMBERS = new Set(['n', 'count', 'days', 'contacts', 'visits', 'asked', 'late', 'gaps', 'won', 'lost', 'released', 'files', 'customers', 'capacity', 'shown', 'total', 'cadence', 'rows', 'events', 'line', 'done', 'max']);

function params(fn: (...a: never[]) => unknown): string[] {
  const src = fn.toString();
  const m = /^(?:function\s*\w*\s*)?\(?([^)=]*)\)?\s*(?:=>|\{)/.exec(src) ?? /^\w+\s*\(([^)]*)\)/.exec(src);
  return (m?.[1] ?? '').split(',').map((p) => p.trim().replace(/[:=].*$/, '').trim()).filter(Boolean);
}

function sample(name: string, path: string): unknown {
  if (path.endsWith('status.brief') && (name === 's' || name === 'status')) return 'active';
  if (path.endsWith('.done') && (name === 's' || name === 'status')) return 'won';
  if ((path.endsWith('common.status') || path.endsWith('show.status')) && name === 's') return 'active';
  if (path.endsWith('stats.averageGap') || path.endsWith('overdue.gap') || path.endsWith('detail.cooling') || path.endsWith('record.stall')) return 12;
  if (path.endsWith('help.commander') && (name === '_code' || name === 'code')) return 'commander.unknownOption';
  if (path.endsWith('sync.setup') && name === 'what') return ['git', 'quotepath'];
  if (path.endsWith('sync.commitMessage')) return BY_NAME.c;
  if (name in BY_NAME) return BY_NAME[name];
  if (DATES.has(name)) return D;
  if (NUMBERS.has(name)) return 3;
  if (name === 'action') return '带报价';
  if (name === 'title') return 'Options:';
  if (name === 'message') return "error: unknown option '--frob'";
  return '样本';
}

/** Every function of a table with its path, called with sample arguments; strings as they are. */
function* texts(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'function') {
    const fn = value as (...a: unknown[]) => unknown;
    const out = fn(...params(fn as never).map((p) => sample(p, path)));
    if (typeof out === 'string') yield [path, out];
  } else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* texts(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* texts(v, `${path}.${k}`);
}

function allTexts(t: Messages): Map<string, string> {
  const out = new Map<string, string>();
  const { issues, ...rest } = t;
  for (const [code, p] of Object.entries(SAMPLES)) out.set(`issues.${code}`, say(t, { code, params: p } as never));
  for (const [path, text] of texts(rest, '')) out.set(path, text);
  return out;
}

// What may stay Latin in Chinese text: options, commands, settings and file names as typed,
// codes and formats, and the English date words the parser accepts too.
const ALLOWED = new Set(
  `followup init new log show list agenda overdue plan schedule release won lost reopen stats demo help
  dir json today color no week apply exit code sort tag stage next date time kind purpose note topic state problem asked close
  action reason yes entries all days since until quiet language folder contact phone cadence
  yaml utf json markdown toml erp hh mm yyyy dd id
  locale workdays stages late_stages late heat cadence_by_stage negotiation mon fri tue en zh cn and or
  node_modules config yml followup_today followup_dir no_color excel visit call meeting message email name
  frob unknown option error active released lost won lead proposal cadance contact progress xyz fr js
  ics csv icalendar bash zsh fish pwsh pdf vim git html lf crlf mb utf gb gbk gb18030 tags owner notes last next visit
  customers editor visual off reminder push rebase abort switch main continue remote add origin url global user email example detached head merge quotepath false gitattributes gitignore path you com sync merge-file core`.split(/\s+/),
);

function englishWords(text: string): string[] {
  const stripped = text
    .replace(/'[^'\s]*'/g, ' ')
    .replace(/\S*\.md\b/g, ' ')
    .replace(/[A-Za-z]+(?:_[A-Za-z]+)+/g, ' ')
    .replace(/--?[a-z][\w-]*/gi, ' ')
    .replace(/\$[A-Z_]+/g, ' ')
    .replace(/[\w./~-]*\/[\w./~-]*/g, ' ')
    .replace(/#\S+/g, ' ')
    .replace(/\+\d+[a-z]\b/g, ' ');
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w.toLowerCase()));
}

describe('message tables', () => {
  it('have the same keys, in the same order', () => {
    const keys = (o: unknown, path = ''): string[] =>
      o && typeof o === 'object' && !Array.isArray(o) ? Object.entries(o).flatMap(([k, v]) => [`${path}.${k}`, ...keys(v, `${path}.${k}`)]) : [];
    expect(keys(TABLES['zh-CN'])).toEqual(keys(TABLES.en));
  });

  it('give words for every message in both languages', () => {
    const en = allTexts(TABLES.en);
    const zh = allTexts(TABLES['zh-CN']);
    expect([...zh.keys()]).toEqual([...en.keys()]);
    expect(en.size).toBeGreaterThan(250);
    // Passed through as they are: a YAML parser's detail, an action the user wrote.
    const same = new Set(['issues.config.yaml', '.agenda.nextAction', '.importer.badLine', '.help.commands.__complete.args[0]', '.sync.file']);
    const language = /[\p{Script=Han}A-Za-z]/u;
    for (const [path, text] of zh) if (language.test(text) && !same.has(path)) expect(text, path).not.toBe(en.get(path));
  });

  it('say nothing in English in Chinese, except options, commands, settings and codes', () => {
    const found: string[] = [];
    for (const [path, text] of allTexts(TABLES['zh-CN'])) {
      const words = englishWords(text);
      if (words.length > 0) found.push(`${path}: ${words.join(' ')} in ${JSON.stringify(text)}`);
    }
    expect(found).toEqual([]);
  });

  it('the English table is English (the same check finds words there, so it can fail)', () => {
    const words = [...allTexts(TABLES.en).values()].flatMap(englishWords);
    expect(words.length).toBeGreaterThan(100);
  });
});
