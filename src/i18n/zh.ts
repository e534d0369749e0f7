/**
 * The words of the commands in Simplified Chinese. Same keys, same order as en.ts, so a key
 * added there is easy to spot here; `satisfies Messages` makes the type checker hold this table
 * to every one of them. Dates stay YYYY-MM-DD; options, codes and file names stay as typed.
 */
import { weekday, type IsoDate } from '../domain/dates.js';
import type { DateSource, Issue, IssueParams } from '../domain/errors.js';
import { zh as vocabulary, type Kind } from '../domain/format/vocabulary.js';
import type { VerdictFacts } from '../domain/record.js';
import type { DueReason, Summary } from '../domain/summary.js';
import type { Status } from '../domain/types.js';
import type { Messages } from './en.js';

const DAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const dayName = (date: IsoDate) => DAYS[weekday(date)]!;
const ago = (days: number) => (days === 0 ? '今天' : days === 1 ? '昨天' : days === 2 ? '前天' : `${days} 天前`);
const STATUS: Record<Status, string> = { active: '跟进中', won: '已成交', lost: '已丢单', released: '已释放' };
const status = (s: Status) => STATUS[s];
const kind = (k: Kind) => vocabulary.kinds[k];
/** 「a」: a value the user typed or a file holds, quoted the Chinese way. */
const q = (s: string | number) => `“${s}”`;
const list = (items: readonly string[]) => items.join('、');
/** 「a、b 和 c」. */
const sentenceList = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join('、')} 和 ${items[items.length - 1]}` : items[0]!);

/** The verdict of a follow-up record, as en.ts's. */
function verdict(v: VerdictFacts): string {
  if (v.contacts === 0) return '从未记录过联系：跟进根本没有开始，这个客户并没有真正试过。';
  const facts: string[] = [];
  const cadence = ` ${v.cadence} 天的节奏`;
  if (v.gaps === 0) facts.push('两次联系之间还没有间隔');
  else if (v.gapsOverCadence === 0) facts.push(`${v.gaps} 个间隔都没有超过${cadence}`);
  else {
    const cold = v.coldGap !== null ? `（最长 ${v.coldGap} 天）` : '';
    facts.push(`${v.gaps} 个间隔中有 ${v.gapsOverCadence} 个超过${cadence}${cold}`);
  }
  if (v.stalled !== null) facts.push(`连续 ${v.stalled} 次联系没有推进阶段`);
  facts.push(v.closesAsked === 0 ? `${v.contacts} 次联系中从未提出成交` : `${v.contacts} 次联系中 ${v.closesAsked} 次提出成交`);
  const said = facts.join('，');
  return v.failed ? `${said}：可能是跟进出了问题，而不是客户。` : `${said}：跟进保持了节奏，原因更可能在客户一方。`;
}

const DATE_HELP = 'YYYY-MM-DD、今天、明天、后天、昨天、周五、下周一、3天后、+2周、12月3日，或 today、fri、+2w';
const DATE_WHAT: Record<DateSource, string> = {
  '--date': '--date 日期',
  '--next': '--next 日期',
  '--today': '--today 日期',
  $FOLLOWUP_TODAY: '$FOLLOWUP_TODAY 日期',
  '--since': '--since 日期',
  '--until': '--until 日期',
  next: '下次联系日期',
  date: '日期',
};

type Say = (issue: Issue) => string;
type IssueTexts = { [K in keyof IssueParams]: (p: IssueParams[K], say: Say) => string };

const at = (line: number | null) => (line === null ? '' : `第 ${line} 行：`);

const issues: IssueTexts = {
  'config.yaml': (p) => p.detail,
  'config.notMap': () => '设置必须是“键: 值”的格式，一行一项',
  'config.unknownKey': (p) => `未知设置 '${p.key}'；可用的设置有 ${p.known.join(', ')}`,
  'config.notNumber': (p) => `'${p.key}' 必须是大于 0 的${p.integer ? '整数' : '数'}，不能是 ${p.value}`,
  'config.notShare': (p) => `'${p.key}' 必须在 0 到 1 之间，不能是 ${p.value}`,
  'config.notList': (p) => `'${p.key}' 必须是列表，例如 [a, b]`,
  'config.notDayMap': (p) => `'${p.key}' 必须把名称对应到天数，例如“${p.key}: {negotiation: 7}”`,
  'config.locale': (p) => `'locale' 只能是 ${p.locales.join('、')}，不能是 ${p.value}`,
  'config.weekday': (p) => `'workdays' 里的 '${p.value}' 不是星期几，应写作 mon 这样的形式`,
  'config.noWorkdays': () => `'workdays' 至少要有一天`,
  'config.noStages': () => `'stages' 至少要有一个阶段`,
  'config.stageTwice': (p) => `'stages' 里 '${p.stage}' 出现了两次；每个阶段按顺序写一次`,
  'config.lateStage': (p) => `'late_stages' 里的 '${p.stage}' 不在 'stages'（${p.stages.join(', ')}）中`,
  'config.heat': (p) => `'heat' 必须包含 ${p.keys.join(', ')}`,

  'file.notUtf8': () => '不是 UTF-8 文本（请另存为 UTF-8）',
  'file.unreadable': (p) => `无法读取（${p.reason}）`,
  'file.unclosed': () => '文件头缺少结尾的 --- 行',
  'file.notYaml': (p) => `文件头必须是 YAML，不能是 ${p.language}`,
  'file.yamlTag': (p) => `文件头用了 followup 不读取的 YAML 标签（${p.detail}）`,
  'file.yaml': (p) => `文件头不是有效的 YAML：${p.detail}`,
  'file.notScalar': (p) => `'${p.key}' 只能是单个值`,
  'file.cadence': (p) => `'cadence' 必须是整数天数，不能是 ${q(p.value)}`,
  'file.status': (p) => `'status' 只能是 ${p.statuses.join('、')} 之一，不能是 ${q(p.value)}`,
  'file.created': (p) => `'created' 必须是 YYYY-MM-DD 格式的日期，不能是 ${q(p.value)}`,
  'file.noFrontMatter': () => '文件没有文件头',
  'file.notCustomer': () => '改完后它就不再是客户文件了',

  'date.invalid': (p) => `${q(p.input)} 不是有效的${DATE_WHAT[p.source]}；可以写 ${DATE_HELP}`,
  'today.empty': () => '--today 需要一个日期，例如 --today 2026-11-27',
  'command.unknown': (p) => `没有 '${p.name}' 这个命令；可用命令：${p.commands.join(', ')}（followup --help）`,
  'notebook.missing': (p) => `${p.root} 不是笔记本（来自 ${p.source}）：运行 'followup init ${p.given}' 创建`,
  'notebook.none': (p) => `找不到笔记本：运行 'followup init' 创建 ${p.home}，或用 --dir <目录> 指定`,
  'notebook.outside': (p) => `'${p.path}' 不在笔记本里`,
  'config.invalid': (p, say) => `${p.file}：${say(p.issue)}`,
  'stage.unknown': (p) => `${q(p.stage)} 不是阶段；阶段有 ${p.stages.join(', ')}（在 .followup/config.yml 中设置）`,
  'topic.invalid': (p) => `${q(p.topic)} 不能作话题；只能用文字、数字、- 或 _`,
  'pick.noMatch': (p) => `没有客户匹配 ${q(p.query)}；'followup list' 列出全部客户`,
  'pick.partForWrite': (p) =>
    `${q(p.query)} 只是${p.matches.length === 1 ? ` ${p.matches[0]} ` : ` ${p.matches.length} 个名称（${list(p.matches.slice(0, 3))}${p.matches.length > 3 ? '……' : ''}）`}的一部分；写入时请给出完整的名称或文件名，或某个词的开头（至少两个字）`,
  'pick.skipped': (p, say) => `${q(p.query)} 匹配到 ${p.file}，但该文件被跳过：${at(p.line)}${say(p.issue)}；修好文件后再用`,
  'pick.ambiguous': (p) => {
    const shown = p.names.slice(0, 8).map((n) => `${n.name}（${n.handle}）`);
    const more = p.count - shown.length;
    return `${q(p.query)} 匹配到 ${p.count} 个客户：${shown.join('、')}${more > 0 ? ` 等，另有 ${more} 个` : ''}；请写得更具体些`;
  },
  'file.broken': (p, say) => `${p.file}：${at(p.line)}${say(p.issue)}`,
  'write.unreadable': (p, say) => `${p.file}：这次修改会让文件无法读取（${at(p.line)}${say(p.issue)}），未写入任何内容`,
  'write.readOnly': (p) => `${p.file} 是只读文件，未写入任何内容（改为可写后再试）`,
  'write.failed': (p) => `无法写入 ${p.file}：${p.reason}；未写入任何内容`,
  'log.badKind': (p) => `${q(p.word)} 不是记录类型；可用 ${list(p.chinese)}（或 ${p.kinds.join(', ')}）`,
  'log.badTime': (p) => `${q(p.time)} 不是时间；请用 HH:MM，例如 14:30`,
  'log.nextNotAfter': (p) => `--next ${p.next} 不晚于这条记录的日期 ${p.date}；请给更晚的日期，例如 +2周`,
  'log.nothing': (p) => `没有要给${p.name}记录的内容：用 -m "<沟通内容>"（或 --purpose、--state、--next）说明情况，或在终端里运行，逐项回答问题`,
  'new.noName': () => '客户需要一个名称，例如 followup new "杭州湖畔贸易"',
  'new.nextBeforeToday': (p) => `--next ${p.next} 早于今天（${p.today}）；第一次拜访请安排在今天或以后`,
  'new.exists': (p) => `${q(p.name)} 已经在 ${p.file} 里了；请给新客户一个不同的名称`,
  'new.badFolder': (p) => `--folder 必须是 followup 会读取的笔记本子目录（不能是点开头的目录或 node_modules），不能是 '${p.given}'`,
  'new.folderInTheWay': (p) => `--folder ${p.folder}：同名的文件挡住了，请给一个目录`,
  'new.appeared': (p) => `创建时 ${p.file} 出现了；请再运行一次`,
  'init.notAFolder': (p) => `${p.root} 是文件（或在文件里），不是目录；请给 init 一个目录`,
  'demo.isAFile': (p) => `${p.root} 是文件；请给 demo 一个新的或空的目录`,
  'demo.taken': (p) => `${p.root} 不是空目录，也不是 'followup demo' 生成的；请给 demo 一个新的或空的目录`,
  'schedule.beforeToday': (p) => `${p.date} 早于今天（${p.today}）；下次拜访请安排在今天或以后`,
  'stats.sinceAfterUntil': (p) => `--since ${p.since} 晚于 --until ${p.until}；开始日期必须在结束日期之前`,
  'status.activeAlready': (p) => `${p.name} 已经在跟进中，无需重新打开`,
  'status.notActive': (p) => `${p.name}${p.already ? '已经是' : '是'}${status(p.status)}状态；先运行 'followup reopen ${p.handle}' 重新跟进`,
  'status.needReason': () => '请用 --reason "<原因>" 说明原因：同事再次跟进前会先看它',
  'prompt.cancelled': () => '已取消，未写入任何内容',
  'status.declined': () => '未写入任何内容',

  'file.skipped': (p, say) => `已跳过 ${p.file}：${at(p.line)}${say(p.issue)}`,
  'warn.noPurpose': () => '提醒：这次联系没有目的；每次拜访都要有目的（--purpose）',
  'warn.repeated': (p) =>
    `提醒：这些话题之前都聊过：${p.topics.map((x) => `#${x.topic}（${x.dates.join('、')}）`).join('、')}；别再重复，推进成交`,
  'warn.future': (p) => `提醒：${p.date} 是将来的日期；到那天之前报表不计这条记录`,
  'warn.inactive': (p) => `提醒：${p.name} 是${status(p.status)}状态；运行 'followup reopen ${p.handle}' 之前，agenda 和 overdue 不显示它`,
  'warn.scheduleInactive': (p) => `提醒：${p.name} 是${status(p.status)}状态；运行 'followup reopen' 之前，agenda 和 plan 不显示它`,
  'warn.staysDue': (p) =>
    `提醒：${p.name} 仍在 ${p.due} 到期：${p.contact !== null && p.contact >= p.date ? `${p.contact} 的联系已经覆盖了 ${p.date}` : `${p.file} 里有一条今天以后的记录，带着自己的下次安排`}`,

  // Calendar, spreadsheets, the editor and the shell.
  'config.reminder': (p) => `'reminder' 必须是时间，例如 '18:00'（前一天提醒）、'-2d 09:00' 或 'off'，不能是 ${p.value}`,
  'export.badFormat': (p) => `${q(p.format)} 不是导出格式；可用 ${p.formats.join('、')}`,
  'export.optionFor': (p) => `${p.option} 只能用于 ${p.formats.join(' 或 ')}`,
  'import.unreadable': (p) => `无法读取 ${p.file}：${p.reason}`,
  'import.notCsv': (p) => `${p.file} 不是 CSV 文件：${p.detail}`,
  'import.noName': (p) =>
    `${p.file}：没有哪一列是客户名称（现有的列：${p.columns.join('、') || '无'}）；用 --map "<列名>=name" 指定`,
  'import.badMap': (p) => `--map '${p.given}' 必须写成 "<列名>=<字段>"，字段为 ${p.fields.join('、')} 之一（或用 - 跳过该列）`,
  'import.unknownColumn': (p) => `--map 指定的列 ${q(p.column)} 在文件里不存在（现有的列：${p.columns.join('、')}）`,
  'import.row': (p, say) => `第 ${p.line} 行：${say(p.issue)}`,
  'import.emptyName': () => '没有客户名称',
  'import.badDate': (p) => `列 ${q(p.column)} 中的 ${q(p.value)} 不是日期；请写成 YYYY-MM-DD`,
  'import.badCadence': (p) => `列 ${q(p.column)} 中的 ${q(p.value)} 不是整数天数`,
  'import.nextBeforeLast': (p) => `下次拜访 ${p.next} 不晚于上次联系 ${p.last}`,
  'edit.aborted': () => '记录为空或没有改动，未写入任何内容',
  'edit.withFields': () => '--edit 在编辑器里填写各项；可以同时给 --date、--time 或 --kind，但不要在命令行上给各项内容',
  'edit.unreadable': (p, say) => `这条记录无法读取（${at(p.line)}${say(p.issue)}），未写入任何内容`,
  'edit.failed': (p) => `编辑器 '${p.editor}' 运行失败（${p.reason}），未写入任何内容`,
  'open.unreadable': (p, say) => `提醒：${p.file} 已无法作为客户文件读取：${at(p.line)}${say(p.issue)}`,
  'completion.shell': (p) => `followup 不为 '${p.shell}' 提供补全；可用 ${p.shells.join('、')}`,
  'warn.noCloseSaid': (p) =>
    `提醒：单子已到 ${p.stage} 阶段，这次联系却没有提到成交；成交要早提、反复提（--close "<客户回复>"，或 --close "未提出"）`,
  'warn.planOpen': (p) =>
    `提醒：${p.date === null ? '' : `${p.date} 的`}计划${p.action ? `（${p.action}）` : ''}还没完成：只有一次拜访或会议、一次以它为目的的联系，或新的 --next，才算完成了它`,
  'status.needYes': (p) =>
    `跟进记录显示，可能是${p.name}的跟进出了问题，而不是客户；先看一遍，再运行 'followup ${p.command} ${p.handle} --yes' 继续`,
  'command.didYouMean': (p) => `没有 '${p.name}' 这个命令；是不是要用 '${p.suggestion}'？（followup help）`,
  'log.closeBoth': () => '要么说明提出了成交（--asked-close、--close "<客户回复>"），要么说明没有提出（--not-asked），不能两者都给',
  // Taking back the last write.
  'undo.nothing': (p) => (p.file === null ? 'followup 没有可以撤销的写入' : `followup 没有对 ${p.file} 做过可以撤销的写入`),
  'undo.gone': (p) => `${p.file} 已经不在了：本工具对它的最后一次写入已无可撤销`,
  'undo.changed': (p) => `${p.file} 在 followup 最后一次写入后又被改过；没有撤销任何内容（请手动修改这个文件）`,
  // Safety: files the tool will not read or write as they are, bounds, locks.
  'file.conflict': () => '有未解决的 git 冲突（<<<<<<< ... >>>>>>>）；请解决冲突：保留需要的行，删掉标记行',
  'file.tooLarge': (p) =>
    `文件有 ${(p.bytes / 1048576).toFixed(1)} MB，超过 followup 能读取的 ${p.limit / 1048576} MB；请把旧记录移到另一个文件`,
  'file.dateLike': (p) =>
    `${q(p.value)} 看起来像日期，但无法识别，所以这${p.where === 'heading' ? '条记录' : '个下次日期'}不计入；请写成 YYYY-MM-DD${p.where === 'heading' ? ' [HH:MM]' : ''}`,
  'file.inComment': (p) => `记录 ${q(p.value)} 在 HTML 注释（<!-- -->）里，所以不计入；删掉注释标记才会计入`,
  'file.lineEndings': () => '行尾只有回车符（老式苹果电脑的换行格式）；请用 LF 或 CRLF 换行格式保存文件',
  'file.utf16': () => 'UTF-16 文本，不是 UTF-8；请另存为 UTF-8',
  'file.opening': (p) => `第一行 ${q(p.value)} 不是 YAML 文件头的开头；第一行只写 ---`,
  'file.symlink': () => '这是符号链接：followup 不通过链接读写文件；请把文件本身放进笔记本',
  'file.twin': (p) =>
    `它的${p.by === 'file' ? '文件名' : '名称'}和 ${p.other} 的只差大小写或字符编码方式；请改掉其中一个，否则有些系统会把它们混为一个`,
  'lock.busy': (p) =>
    `另一个 followup 进程正在写入 ${p.file}${p.pid === null ? '' : `（进程号 ${p.pid}${p.host ? `，在 ${p.host} 上` : ''}）`}；等了 ${p.seconds} 秒后放弃，未写入任何内容；请再试一次`,
  'config.range': (p) => `'${p.key}' 最大为 ${p.max}，不能是 ${p.value}`,
  'file.cadenceRange': (p) => `'cadence' 最多 ${p.max} 天，不能是 ${p.value}`,
  'file.notCounted': (p, say) => `${p.file}：${at(p.line)}${say(p.issue)}`,
  'plan.partial': (p, say) => {
    const why = (f: { file: string; issue: Issue }) => (f.issue.code === 'write.readOnly' ? `${f.file}（只读）` : `${f.file}（${say(f.issue)}）`);
    return `计划${p.written.length === 0 ? '没有写入任何文件' : `已写入 ${sentenceList(p.written)}`}，但没能写入 ${sentenceList(p.failed.map(why))}`;
  },
  // The interface language and what is typed in it.
  'config.language': (p) => `'language' 只能是 ${p.languages.join(' 或 ')}，不能是 ${p.value}`,
  'language.invalid': (p) => `--language 只能是 ${p.languages.join(' 或 ')}，不能是 '${p.given}'`,
  // 通过 git 共享。
  'git.missing': () => '没有安装 git（或不在 PATH 中）；装上 git 才能同步笔记本',
  'git.failed': (p) => `${p.command} 失败：${p.detail}`,
  'git.notRepository': (p) => `${p.root} 不在 git 仓库里；先运行 'followup init --git' 建仓库，再用 'git remote add origin <url>' 添加远程仓库`,
  'git.detached': () => "仓库不在任何分支上（detached HEAD）；先切换到笔记本的分支，例如 'git switch main'",
  'git.noIdentity': () => "git 还不知道你是谁：运行一次 'git config --global user.name \"你的名字\"' 和 'git config --global user.email you@example.com'",
  'git.rebasing': () => "这个仓库正在进行 rebase；先完成（'git rebase --continue'）或撤销（'git rebase --abort'），再同步",
  'owner.none': (p) =>
    `没有客户写着 'owner: ${p.owner}'；${p.owners.length > 0 ? `已有的负责人：${list(p.owners.slice(0, 20))}${p.owners.length > 20 ? ' 等' : ''}` : "还没有客户文件写了 'owner:'"}`,
  'git.mergeFailed': (p) => `拉取后无法合并：${p.detail}；什么都没丢，你的改动已经提交`,
};

/** Commander's parse errors in Chinese, from the pieces its English message quotes. */
function commander(code: string, message: string): string {
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const numbers = [...message.matchAll(/\d+/g)].map((m) => m[0]);
  const suggestion = /Did you mean (?:one of )?([^?]+)\?/.exec(message)?.[1];
  const hint = suggestion ? `（是不是要用 ${suggestion}？）` : '';
  switch (code) {
    case 'commander.unknownOption':
      return `未知选项 '${quoted[0]}'${hint}`;
    case 'commander.unknownCommand':
      return `没有 '${quoted[0]}' 这个命令${hint}`;
    case 'commander.missingArgument':
      return `缺少参数 <${quoted[0]}>`;
    case 'commander.optionMissingArgument':
      return `选项 '${quoted[0]}' 缺少值`;
    case 'commander.missingMandatoryOptionValue':
      return `必须给出选项 '${quoted[0]}'`;
    case 'commander.excessArguments':
      return `参数太多：应为 ${numbers[0]} 个，实际给了 ${numbers[1]} 个`;
    case 'commander.conflictingOption':
      return `'${quoted[0]}' 和 '${quoted[1]}' 不能同时使用`;
    case 'commander.invalidArgument': {
      const why = message.replace(/^.*? is invalid\.\s*/, '');
      const choices = /^Allowed choices are (.*)\.$/.exec(why)?.[1];
      return `'${quoted[0]}' 的值 '${quoted[1]}' 无效：${choices ? `可选 ${choices}` : why}`;
    }
    default:
      return message;
  }
}

export const zh = {
  issues,
  dateHelp: DATE_HELP,

  columns: {
    name: '客户',
    stage: '阶段',
    heat: '热度',
    last: '上次联系',
    due: '到期',
    late: '逾期',
    why: '原因',
    next: '下一步',
    flags: '提醒',
    status: '状态',
    day: '日期',
  },

  flags: {
    overdue: '逾期',
    cooling: '降温',
    stalled: '停滞',
    'no-close': '未提成交',
  } as Record<string, string>,

  common: {
    reason(s: Pick<Summary, 'reason' | 'cadence' | 'lastContact'>): string {
      const r: Record<DueReason, string> = {
        planned: '已计划',
        cadence: `${s.cadence} 天节奏`,
        new: '新客户，尚未联系',
      };
      return r[s.reason];
    },
    daysLate: (n: number) => (n === 0 ? '' : `${n}天`),
    never: '从未',
    dayName,
    ago,
    status,
    kind,
    noCustomers: '还没有客户：用 followup new "<名称>" 添加一个。',
    answers: { yes: '是', no: '否', error: (yes: string, no: string) => `请回答“${yes}”或“${no}”（或 y、n）` },
    keys: { navigate: '移动', select: '选定' } as Record<string, string>,
  },

  agenda: {
    span: (from: IsoDate, until: IsoDate) => (from === until ? from : `${from} 至 ${until}`),
    title: (span: string, count: number) => `${span} 日程：要见 ${count} 位`,
    overCapacity: (count: number) => `，另有 ${count} 位超出容量`,
    flagged: (name: string, flags: string) => (flags ? `${name}（${flags}）` : name),
    nothingDue: (span: string) => `${span} 没有到期的客户。用 'followup plan --week' 提前安排。`,
    spillover: (names: string) => `超出容量：${names}`,
    nextDay: '下一个工作日',
    nextDayDate: (date: IsoDate) => `${dayName(date)} ${date}`,
    nextNothing: (head: string) => `${head}：暂无到期。`,
    nextNames: (head: string, names: string) => `${head}：${names}`,
    nextAction: (action: string) => ` - ${action}`,
    more: (count: number) => ` 等，另有 ${count} 位（--json 列出全部）`,
    dayOff: (today: IsoDate, next: IsoDate) => `${dayName(today)} ${today} 是休息日；下一个工作日是 ${dayName(next)} ${next}。`,
    newCustomers: '新客户',
    newNote: (count: number) => `（${count} 位）还没见过：安排第一次拜访（followup plan）`,
    phone: '电话',
  },

  list: {
    noMatch: '没有匹配的客户。',
    flagsOrStatus: '提醒或状态',
  },

  overdue: {
    title: (date: IsoDate, t: { active: number; overdue: number; cooling: number; stalled: number; noClose: number }) =>
      `${date} 周检：跟进中 ${t.active}，逾期 ${t.overdue}，降温 ${t.cooling}，停滞 ${t.stalled}，未提成交 ${t.noClose}`,
    count: (count: number, hint: string) => `${count} 位：${hint}`,
    overdue: { title: '逾期', hint: '已过到期日，逾期最久的在前' },
    cooling: { title: '降温', hint: '距上次联系已远超节奏' },
    stalled: { title: '停滞', hint: '连续多次联系没有推进阶段' },
    noClose: { title: '未提成交', hint: '后期阶段的单子，没人提出签约' },
    columns: { gap: '间隔', cadence: '节奏', sinceStage: '距上次推进阶段', sinceClose: '距上次提出成交' },
    gap: (days: number | null) => `距联系 ${days} 天`,
    cadence: (days: number) => `节奏 ${days} 天`,
    contacts: (n: number) => `${n} 次联系`,
    allOnRhythm: '所有客户都在节奏上。用 followup plan --week 安排下周。',
    newCustomers: { title: '新客户', hint: '还没见过，加入不到一个节奏周期' },
    columns2: { due: '首次拜访截止' },
    totalNew: (count: number) => (count === 0 ? '' : `，新客户 ${count}`),
  },

  show: {
    contact: (contact: string) => `联系人：${contact}`,
    phone: (phone: string) => `电话：${phone}`,
    stage: (stage: string) => `阶段：${stage}`,
    status: (s: Status) => `状态：${status(s)}`,
    cadence: (days: number) => `节奏：${days} 天`,
    tags: (tags: string[]) => `标签：${tags.join('、')}`,
    heat: (bar: string, last: string, since: string) => `热度：${bar}   上次联系：${last}${since}`,
    since: (days: number) => `（${ago(days)}）`,
    due: (due: IsoDate, late: string, why: string) => `到期：${due}${late} ${why}`,
    late: (days: number) => ` 逾期 ${days} 天`,
    why: (reason: string) => `（${reason}）`,
    plan: (action: string) => `计划：${action}`,
    warnings: (flags: string, detail: string) => `提醒：${flags}${detail}`,
    detail: {
      cooling: (days: number | null) => `距上次联系 ${days} 天`,
      stalled: (contacts: number) => `${contacts} 次联系没有推进阶段`,
      noClose: (contacts: number) => `${contacts} 次联系没有提出成交`,
      all: (parts: string[]) => `（${parts.join('；')}）`,
    },
    heatHistory: '热度变化',
    openProblems: '待解决问题',
    dontRepeat: '不要重复',
    dontRepeatNote: '（聊过的话题，最后一次的日期）',
    recent: '最近记录',
    recentNote: (shown: number, total: number) => `（共 ${total} 条，显示 ${shown} 条，最新的在前）`,
    noEntries: '还没有记录。',
    extra: (key: string, value: string) => `${key}：${value}`,
    notes: '备注',
  },

  log: {
    lastEntry: '上一条记录：',
    covered: '聊过的话题：',
    coveredTopic: (topic: string, last: IsoDate) => `#${topic}（${last}）`,
    ask: {
      kind: '类型',
      purpose: '这次联系的目的',
      discussed: '沟通内容（话题写作 #话题）',
      state: '客户现在的状态',
      problems: (open: boolean) => (open ? '待解决问题（用 ; 分隔；清空表示都已解决）' : '待解决问题（用 ; 分隔）'),
      askedClose: '提出成交了吗？',
      closeChoices: { asked: '提出了，客户有回复', notAsked: '没有提出', unsaid: '不记录' },
      outcome: '客户怎么回复',
      stage: '阶段',
      won: '成交：已签约',
      resume: (date: string) => `继续 ${date} 没填完的回答吗？`,
      next: '下次联系（日期、+2周、周五……）',
      nextAction: '下次联系做什么',
    },
    nextMustFollow: (date: IsoDate) => `下次联系必须晚于 ${date}`,
    useDates: `可以写 ${DATE_HELP}`,
    logged: (k: Kind, name: string, date: IsoDate, file: string) => `已记录：${date} 与${name}的${kind(k)}，写入 ${file}。`,
    stage: (from: string, to: string) => `阶段：${from} -> ${to}`,
    next: (due: IsoDate, action: string | null, why: string) => `下次：${due}${action === null ? '' : ` ${action}`}${why}`,
    why: (reason: string) => `（${reason}）`,
  },

  new: {},

  init: {
    created: (root: string) => `已在 ${root} 创建笔记本`,
    settings: (file: string) => `设置：${file}`,
    addCustomer: (followup: string) => `添加客户：${followup} new "客户名称"`,
    already: (root: string) => `${root} 已经是笔记本，没有改动。`,
  },

  // followup sync，以及 init --git 设置了什么。
  sync: {
    commitMessage(c: { entries: Partial<Record<Kind, number>>; newCustomers: number; removed: number; edited: number; other: number }): string {
      const parts = Object.entries(c.entries).map(([k, n]) => `${n} 条${kind(k as Kind)}`);
      if (c.newCustomers) parts.push(`${c.newCustomers} 个新客户`);
      if (c.removed) parts.push(`删除 ${c.removed} 个文件`);
      if (c.edited) parts.push(`修改 ${c.edited} 个客户`);
      if (c.other) parts.push(`${c.other} 个其他文件`);
      return `log: ${parts.length > 0 ? parts.join('，') : '改动'}`;
    },
    wouldCommit: (message: string, files: number) => `将提交 ${files} 个文件：${message}`,
    nothingToCommit: '没有要提交的改动。',
    file: (status: string, file: string) => `  ${status} ${file}`,
    wouldPull: (remote: string) => `然后会从 ${remote} 拉取并推送。`,
    wouldPullOnly: (remote: string) => `然后会从 ${remote} 拉取。`,
    noRemote: "没有远程仓库：提交只留在这台机器上。用 'git remote add origin <url>' 添加一个。",
    committed: (message: string, files: number) => `已提交 ${files} 个文件：${message}`,
    merged: (commits: number) => `已拉取 ${commits} 个提交。`,
    upToDate: '已经和远程仓库一致。',
    pushed: (remote: string) => `已推送到 ${remote}。`,
    notPushed: '--no-push：没有推送。',
    waits: (reason: string) => `推送暂缓：${reason}。你的改动已在本机提交；能连上远程仓库时再运行 'followup sync'。`,
    conflict: (count: number) => `已停止：${count} 个文件两边改得不一样：`,
    finish: [
      '打开每个文件，在 <<<<<<< 和 >>>>>>> 之间保留正确的行，删掉三行标记，',
      "然后再运行 'followup sync'。如果想回到拉取之前：git merge --abort",
      '（无论哪种，你自己的改动都已提交）。',
    ],
    finishedMerge: '已完成上次同步留下的合并。',
    setup: (what: string[]) => `Git：${what.join('；')}`,
    steps: {
      init: '把目录设为 git 仓库',
      driver: '在 .git/config 中登记客户文件的合并驱动',
      quotepath: 'core.quotepath=false，文件名按原样显示',
      attributes: '在 .gitattributes 中写入 *.md merge=followup',
      ignore: '忽略本工具的临时文件、锁和缓存',
    } as Record<string, string>,
    setupDone: 'Git：合并驱动和忽略规则早已设好。',
    alreadyNotebook: (root: string) => `${root} 已经是笔记本。`,
  },

  demo: {
    mark: (today: IsoDate) => `由 'followup demo' 生成（最近一次 ${today}）；再次运行只会重写演示文件，不动其他文件。\n`,
    wrote: (again: boolean, where: string, customers: number, today: IsoDate) =>
      `已在 ${where} ${again ? '重新生成' : '生成'}演示笔记本：${customers} 个客户和一份说明，日期围绕 ${today}。`,
    try: '试试：',
    tour: {
      agenda: '今天见谁，为什么',
      overdue: '每周检查',
      show: '拜访前的简报',
      list: '全部客户，包括已成交和已释放的',
    },
  },

  plan: {
    title: (from: IsoDate, until: IsoDate, visits: number, days: number) => `${from} 至 ${until} 计划：${days} 个工作日，${visits} 次拜访`,
    today: (count: number) => `今天到期的 ${count} 位留在今天的日程上。`,
    day: (date: IsoDate) => `${dayName(date)} ${date}`,
    load: (count: number, capacity: number) => `（${count}/${capacity}）`,
    noRoom: (count: number) => `排不下 ${count} 位：`,
    nobody: (others: boolean, until: IsoDate) => `${until} 之前没有${others ? '其他' : ''}到期的客户。`,
    applyWith: (command: string) => `用 ${command} 写入客户文件`,
    applied: (files: number) => `已把计划写入 ${files} 个文件。`,
  },

  schedule: {
    already: (name: string, date: IsoDate) => `${name} 已经安排在 ${date}，没有改动。`,
    moved: (name: string, from: IsoDate, to: IsoDate, action: string | null) => `${name}：下次拜访 ${from} -> ${to}${action === null ? '' : ` ${action}`}`,
  },

  status: {
    question: {
      release: (who: string) => `把${who}从销售漏斗中释放？`,
      won: (who: string) => `把${who}标记为已成交？`,
      lost: (who: string) => `把${who}标记为已丢单？`,
      reopen: (who: string) => `重新跟进${who}？`,
    },
    brief: (s: Status, stage: string, contacts: number, last: IsoDate | null) =>
      `（${status(s)}，阶段 ${stage}，${contacts === 0 ? '没有联系记录' : `${contacts} 次联系，最近一次 ${last}`}）`,
    because: (reason: string) => `（${reason}）`,
    reopened: (who: string, because: string, due: IsoDate, late: string) => `已重新跟进${who}${because}：恢复为跟进中，${due} 到期${late}。`,
    late: (days: number) => `，逾期 ${days} 天`,
    closed: { release: '已释放', won: '已成交', lost: '已丢单' },
    done: (closed: string, who: string, because: string, s: Status, file: string) =>
      `${closed}：${who}${because}。${file} 中状态改为${status(s)}，它不再出现在 agenda 和 overdue 中。`,
    undo: (handle: string) => `改主意了？followup reopen ${handle}`,
  },

  record: {
    title: (name: string) => `${name}的跟进记录`,
    asOf: (date: IsoDate) => `（截至 ${date}）`,
    history: (contacts: number, first: IsoDate | null, last: IsoDate | null, cadence: number) => {
      const span = first === last ? `${first}` : `${first} 至 ${last}`;
      return `${contacts === 0 ? '没有联系记录' : `${span} 共 ${contacts} 次联系`}，节奏 ${cadence} 天`;
    },
    lateGaps: (late: number, gaps: number) => `超过节奏的间隔：${late}/${gaps}`,
    longest: (days: number) => `（最长 ${days} 天）`,
    columns: { from: '从', to: '到', gap: '间隔', late: '超出' },
    openGap: (to: IsoDate) => `${to}（今天）`,
    days: (days: number) => `${days} 天`,
    stall: (contacts: number | null) => `最长连续未推进阶段：${contacts === null ? '无' : `${contacts} 次联系`}`,
    stallSpan: (from: IsoDate, to: IsoDate) => (from === to ? `（${from}）` : `（${from} 至 ${to}）`),
    close: (asked: number, contacts: number) => `提出成交：${asked === 0 ? `${contacts} 次联系中从未提出` : `${contacts} 次联系中 ${asked} 次`}`,
    verdict,
  },

  undo: {
    done: (file: string, at: string, created: boolean) =>
      created ? `已撤销 ${file} 的创建（创建于 ${at}）：文件已删除。` : `已撤销对 ${file} 的最后一次修改（修改于 ${at}）：文件已恢复原样。`,
  },

  check: {
    problem: (file: string, line: number | null, what: string) => `${file}${line === null ? '' : `:${line}`}：${what}`,
    clean: (files: number) => `已检查 ${files} 个文件：没有问题。`,
    found: (problems: number, files: number, checked: number) => `${files} 个文件中有 ${problems} 个问题（共检查了 ${checked} 个文件）。`,
  },

  stats: {
    title: (since: IsoDate, until: IsoDate, contacts: number, customers: number) => `${since} 至 ${until} 统计：与 ${customers} 个客户联系 ${contacts} 次`,
    perWeek: '每周联系次数',
    perWeekNote: '（每周从周一开始）',
    rhythm: (text: string) => `节奏：      ${text}`,
    noGaps: '这段时间内没有结束的联系间隔',
    averageGap: (days: number | null, cadence: number | null) => `平均间隔 ${days} 天，平均节奏 ${cadence} 天`,
    lateGaps: (text: string) => `超期间隔：  ${text}`,
    lateGapsText: (late: number, gaps: number, share: string) => `${gaps} 个间隔中 ${late} 个（${share}）超过节奏`,
    closeAsked: (text: string) => `提出成交：  ${text}`,
    noContacts: '没有联系',
    closeRate: (asked: number, contacts: number, share: string) => `${contacts} 次联系中 ${asked} 次（${share}）`,
    funnel: '销售漏斗',
    funnelNote: '（今天跟进中的客户，按阶段）',
    noStage: '（无阶段）',
    notConfigured: '* 不在 .followup/config.yml 的 stages 中',
    closed: (won: number, lost: number, released: number) => `已结束：成交 ${won}，丢单 ${lost}，释放 ${released}`,
    outcomes: '这段时间内的成交、丢单和释放',
    none: '无',
    columns: { date: '日期', reason: '原因', followup: '跟进' },
    mayHaveFailed: '跟进可能有问题',
    keptRhythm: '保持了节奏',
  },

  calendar: {
    name: 'followup 拜访',
    summary: (kind: 'planned' | 'cadence' | 'overdue', name: string, overdueDays: number) =>
      kind === 'planned' ? `拜访${name}` : kind === 'cadence' ? `拜访${name}（按节奏到期）` : `拜访${name}（逾期 ${overdueDays} 天）`,
    plan: (action: string) => `计划：${action}`,
    noPlan: '计划：还没写；先想好这次拜访的目的',
    dueSince: (due: IsoDate) => `${due} 起到期`,
    state: (date: IsoDate | null, state: string | null) => (date === null ? '还没有联系' : `上次联系 ${date}${state === null ? '' : `：${state}`}`),
    stage: (stage: string) => `阶段：${stage}`,
    contact: (contact: string, phone: string | null) => `联系人：${contact}${phone === null ? '' : ` ${phone}`}`,
    phone: (phone: string) => `电话：${phone}`,
    show: (slug: string) => `拜访前简报：followup show ${slug}`,
    wrote: (events: number, file: string) => `已把 ${events} 个日程写入 ${file}。`,
  },

  exporter: {
    wrote: (rows: number, what: 'customers' | 'entries', file: string) => `已把 ${rows} ${what === 'customers' ? '个客户' : '条记录'}写入 ${file}。`,
  },

  importer: {
    progress: (done: number, total: number) => `正在导入 ${done}/${total}`,
    title: (file: string, encoding: string, rows: number, dryRun: boolean) => `${dryRun ? '预演：从' : '已从'} ${file}（${encoding}，${rows} 行）导入：`,
    created: (n: number, dryRun: boolean) => `${dryRun ? '将新建' : '新建了'} ${n} 个客户`,
    existing: (n: number) => `${n} 个已在笔记本中，已跳过`,
    merged: (n: number, dryRun: boolean) => `${n} 个已在笔记本中，${dryRun ? '将合并' : '已合并'}`,
    bad: (n: number) => `${n} 行有问题，未导入`,
    createdLine: (line: number, name: string, file: string) => `  第 ${line} 行：${name} -> ${file}`,
    existingLine: (line: number, name: string, file: string, added: string[]) =>
      `  第 ${line} 行：${name} 已在 ${file} 中${added.length > 0 ? `；补上了 ${added.join('、')}` : ''}`,
    badLine: (text: string) => `  ${text}`,
    nothing: '没有要导入的行。',
  },

  edit: {
    header: (name: string, date: IsoDate, kind: string) => [
      `${name}的记录：${date} ${kind}。填写下面各行，其他内容写在它们下面；`,
      '空行会被去掉，以 "# " 开头的行会被删除。',
      '留空或不做改动，就不写入任何内容。',
    ],
    plan: (date: IsoDate | null, action: string | null) => `未完成的计划：${[date, action].filter(Boolean).join(' ') || '无'}`,
    noPlan: '未完成的计划：无',
    lastEntry: '上一条记录：',
    noEntry: '还没有记录。',
    opened: (file: string) => `已打开 ${file}。`,
  },

  help: {
    about: '外勤销售的跟进笔记：每个客户一个 Markdown 文件，每天的日程，每周的检查。',
    version: '显示版本号',
    helpOption: '显示命令帮助',
    helpCommand: '显示命令帮助',
    title: (title: string) =>
      ({ 'Usage:': '用法：', 'Options:': '选项：', 'Arguments:': '参数：', 'Commands:': '命令：', 'Global Options:': '全局选项：' })[title] ?? title,
    default: (value: string) => `默认：${value}`,
    choices: (items: string) => `可选：${items}`,
    wholeNumber: (example: string) => `请给出大于 0 的整数，例如 ${example}`,
    wholeNumberUpTo: (max: number, example: string) => `请给出 1 到 ${max} 之间的整数，例如 ${example}`,
    commander,
    globals: {
      dir: '笔记本目录（默认：$FOLLOWUP_DIR、最近的含 .followup/ 的目录，或 ~/followup）',
      json: '在标准输出打印 JSON，供程序读取',
      today: '以另一天为“今天”运行（也可用 $FOLLOWUP_TODAY）',
      color: '不用颜色（也可用 NO_COLOR）',
    },
    commands: {
      init: {
        about: '把目录设为笔记本（创建 .followup/config.yml）',
        args: ['目录（默认：--dir 指定的目录，或 ~/followup）'],
        options: {
          git: '如果还不是 git 仓库就建一个，并设置客户文件的合并方式',
        },
      },
      new: {
        about: '添加客户，并打印其文件路径',
        args: ['客户名称'],
        options: {
          contact: '对接人',
          phone: '对方电话',
          stage: '销售阶段',
          cadence: '两次联系间隔的天数',
          tag: '标签（可重复）',
          next: '安排第一次拜访',
          folder: '放文件的笔记本子目录',
        },
      },
      log: {
        about: '记录一次拜访、电话或消息；在终端里不带字段运行时会逐项提问',
        args: ['文件名或客户名，或其中唯一的一部分；也可用拼音或首字母'],
        options: {
          date: '发生日期（默认：今天）',
          time: '时间',
          kind: '拜访（默认）、电话、会议、微信、邮件、计划或备注；也可用 visit、call……',
          purpose: '这次联系的销售目的',
          note: '沟通内容',
          topic: '聊到的话题，写作 #话题（可重复）',
          state: '联系后客户的状态',
          problem: '待解决问题（可重复）',
          askedClose: '提出了成交',
          close: '提出了成交，以及客户的回复',
          notAsked: '没有提出成交',
          stage: '现在的销售阶段（会更新文件）',
          next: '下次联系日期',
          nextAction: '下次联系做什么',
          edit: '在 $VISUAL 或 $EDITOR 中写这条记录（已预填，并显示上一条记录）',
        },
      },
      show: {
        about: '拜访前的简报：客户资料、热度、待解决问题、计划、不要重复的话题',
        args: ['文件名或客户名，或其中唯一的一部分；也可用拼音或首字母'],
        options: {
          entries: '显示最近几条记录',
          all: '显示全部记录',
        },
      },
      list: {
        about: '每个客户一行：阶段、热度、上次联系、到期',
        args: [],
        options: {
          all: '包括已成交、已丢单和已释放的客户',
          tag: '只看有这个标签的客户',
          stage: '只看这个阶段的客户',
          folder: '只看这个子目录（比如一个区域）里的客户',
          owner: '只看文件头写着 owner: <name> 的客户',
          sort: '排序方式',
        },
      },
      agenda: {
        about: '今天（及之后几天）见谁、为什么、做什么',
        args: [],
        options: {
          days: '覆盖的天数，从今天算起',
          tag: '只看带这个标签的客户',
          stage: '只看这个阶段的客户',
          folder: '只看这个子目录（比如一个区域）里的客户',
          owner: '只看文件头写着 owner: <name> 的客户',
        },
      },
      overdue: {
        about: '每周检查：逾期、降温、停滞、未提成交',
        args: [],
        options: {
          exitCode: '有客户逾期时以 1 退出',
          tag: '只看带这个标签的客户',
          stage: '只看这个阶段的客户',
          folder: '只看这个子目录（比如一个区域）里的客户',
          owner: '只看文件头写着 owner: <name> 的客户',
        },
      },
      plan: {
        about: '把未来几天到期的拜访按容量分到各个工作日',
        args: [],
        options: {
          days: '要安排的工作日数，从今天算起',
          week: '安排下周（周一到周日）',
          apply: '把计划写入客户文件',
          tag: '只看带这个标签的客户',
          stage: '只看这个阶段的客户',
          folder: '只看这个子目录（比如一个区域）里的客户',
          owner: '只看文件头写着 owner: <name> 的客户',
        },
      },
      schedule: {
        about: '把客户的下次拜访改到某天',
        args: ['文件名或客户名，或其中唯一的一部分；也可用拼音或首字母', '新的日期'],
        options: {
          note: '到时做什么',
        },
      },
      release: {
        about: '先显示跟进记录，再把客户从销售漏斗中释放',
        args: ['文件名或客户名，或其中唯一的一部分；也可用拼音或首字母'],
        options: {
          reason: '原因',
          yes: '不再确认',
        },
      },
      lost: {
        about: '先显示跟进记录，再把单子标记为已丢单',
        args: ['文件名或客户名，或其中唯一的一部分；也可用拼音或首字母'],
        options: {
          reason: '原因',
          yes: '不再确认',
        },
      },
      won: {
        about: '把单子标记为已成交',
        args: ['文件名或客户名，或其中唯一的一部分；也可用拼音或首字母'],
        options: {
          reason: '一并记下的备注',
          yes: '不再确认',
        },
      },
      reopen: {
        about: '让已释放、已丢单或已成交的客户恢复跟进',
        args: ['文件名或客户名，或其中唯一的一部分；也可用拼音或首字母'],
        options: {
          reason: '一并记下的备注',
          yes: '不再确认',
        },
      },
      stats: {
        about: '每周联系次数、间隔与节奏、提出成交的比例、销售漏斗、结果',
        args: [],
        options: {
          since: '统计的第一天（默认：12 周前）',
          until: '统计的最后一天（默认：今天）',
          tag: '只看带这个标签的客户',
          stage: '只看这个阶段的客户',
          folder: '只看这个子目录（比如一个区域）里的客户',
          owner: '只看文件头写着 owner: <name> 的客户',
        },
      },
      undo: {
        about: '撤销 followup 对某个客户文件的最后一次写入（或所有写入中的最后一次），前提是文件此后没有改动',
        args: ['文件名或客户名（默认：最后写入的文件）'],
        options: {},
      },
      check: {
        about: '列出每个文件的每个问题：每个一行，并说明怎么处理；发现问题时退出码为 1',
        args: [],
        options: {},
      },
      demo: {
        about: '在空目录里生成一个日期围绕今天的演示笔记本',
        args: ['目录'],
        options: {
          quiet: '不打印任何内容',
          language: '客户名称、笔记和标签的语言：en 或 zh-CN（默认：界面语言）',
        },
      },
      export: {
        about: '把拜访导出为 iCalendar 文件（ics），或把客户导出给表格（csv）或程序（json）',
        args: ['ics、csv 或 json'],
        options: {
          out: '写入这个文件（原子写入），而不是标准输出',
          days: 'ics：只导出从今天起的 n 天（默认：全部）',
          entries: 'csv、json：每条记录一行，而不是每个客户一行',
        },
      },
      import: {
        about: '从 CSV 文件（UTF-8 或 GB18030/GBK）添加客户；已有的客户不会被覆盖',
        args: ['CSV 文件'],
        options: {
          map: '把某列读作某个字段：name、contact、phone、stage、cadence、tags、owner、last-contact、next-visit、notes，或用 - 跳过该列（可重复）',
          dryRun: '只说会做什么，不写任何文件',
          merge: '给已有客户补上文件头里缺少的字段',
        },
      },
      open: {
        about: '用 $VISUAL 或 $EDITOR 打开客户文件',
        args: ['文件名或名称，或其中唯一的一部分（中文名也可用拼音或拼音首字母）'],
        options: {},
      },
      completion: {
        about: '打印 bash、zsh 或 fish 的补全脚本',
        args: ['bash、zsh 或 fish'],
        options: {},
      },
      __complete: {
        about: '打印补全用的词，每行一个',
        args: ['customers'],
        options: {},
      },
      sync: {
        about: '提交笔记本的改动，拉取（客户文件按记录逐条合并），再推送',
        args: [],
        options: {
          push: '只提交和拉取，不推送',
          dryRun: '只说会提交什么，不做任何改动',
        },
      },
      'merge-file': {
        about: 'git 用来合并客户文件的驱动：把 %O %A %B 合并到 %A',
        args: ['共同祖先（%O）', '我方版本，结果写在这里（%A）', '对方版本（%B）', '冲突标记长度（%L）', '仓库中的路径（%P）'],
        options: {},
      },
    },
  },
} satisfies Messages;
