/**
 * The words of the commands in English, the reference locale: another locale is a second file
 * of this shape (`satisfies Messages`). Values arrive already cleaned and, where a piece is
 * coloured, already coloured, so no translation touches chalk or file text.
 */
import { weekday, type IsoDate } from '../domain/dates.js';
import type { DateSource, Issue, IssueParams } from '../domain/errors.js';
import type { VerdictFacts } from '../domain/record.js';
import type { DueReason, Summary } from '../domain/summary.js';
import type { Status } from '../domain/types.js';
import type { Kind } from '../domain/format/vocabulary.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const dayName = (date: IsoDate) => DAYS[weekday(date)]!;
const ago = (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);

/** "a, b and c". */
function sentenceList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0]!;
}

/** The verdict of a follow-up record: the facts, then whether the follow-up or the customer is the likelier cause. */
function verdict(v: VerdictFacts): string {
  if (v.contacts === 0) return 'No contact was ever recorded: the follow-up never started, so the customer was never really tried.';
  const facts: string[] = [];
  const cadence = `the ${v.cadence}-day cadence`;
  if (v.gaps === 0) facts.push('there is no gap between contacts yet');
  else if (v.gapsOverCadence === 0) facts.push(`none of the ${plural(v.gaps, 'gap')} was longer than ${cadence}`);
  else {
    const verb = v.gapsOverCadence === 1 ? 'was' : 'were';
    const cold = v.coldGap !== null ? ` (the longest ${v.coldGap} days)` : '';
    facts.push(`${v.gapsOverCadence} of ${plural(v.gaps, 'gap')} ${verb} longer than ${cadence}${cold}`);
  }
  if (v.stalled !== null) facts.push(`${v.stalled} contacts in a row did not move the stage`);
  facts.push(
    v.closesAsked === 0
      ? `the close was never asked in ${plural(v.contacts, 'contact')}`
      : `the close was asked in ${v.closesAsked} of ${plural(v.contacts, 'contact')}`,
  );
  const list = sentenceList(facts);
  const sentence = list.charAt(0).toUpperCase() + list.slice(1);
  return v.failed
    ? `${sentence}: the follow-up may have failed, not the customer.`
    : `${sentence}: the follow-up kept the rhythm, so the reason more likely lies with the customer.`;
}


const DATE_HELP = "YYYY-MM-DD, today, tomorrow, yesterday, +3d, +2w, +1m, a weekday such as fri (the next one), or next fri (next week's)";
const DATE_WHAT: Record<DateSource, string> = {
  '--date': '--date',
  '--next': '--next date',
  '--today': '--today date',
  $FOLLOWUP_TODAY: '$FOLLOWUP_TODAY date',
  '--since': '--since date',
  '--until': '--until date',
  next: 'next date',
  date: 'date',
};

/** Words for a nested issue, such as the reason a file was skipped. */
type Say = (issue: Issue) => string;
type IssueTexts = { [K in keyof IssueParams]: (p: IssueParams[K], say: Say) => string };

const at = (line: number | null) => (line === null ? '' : `line ${line}: `);

/** Every problem the tool reports, by code. */
const issues: IssueTexts = {
  'config.yaml': (p) => p.detail,
  'config.notMap': () => 'the settings must be "key: value" lines',
  'config.unknownKey': (p) => `unknown setting '${p.key}'; known ones are ${p.known.join(', ')}`,
  'config.notNumber': (p) => `'${p.key}' must be a ${p.integer ? 'whole number' : 'number'} above 0, not ${p.value}`,
  'config.notShare': (p) => `'${p.key}' must be between 0 and 1, not ${p.value}`,
  'config.notList': (p) => `'${p.key}' must be a list such as [a, b]`,
  'config.notDayMap': (p) => `'${p.key}' must map names to days, such as "${p.key}: {negotiation: 7}"`,
  'config.locale': (p) => `'locale' must be ${p.locales.join(' or ')}, not ${p.value}`,
  'config.weekday': (p) => `'workdays' has '${p.value}', which is not a weekday such as mon`,
  'config.noWorkdays': () => `'workdays' must name at least one day`,
  'config.noStages': () => `'stages' must name at least one stage`,
  'config.stageTwice': (p) => `'stages' names '${p.stage}' twice; each stage once, in order`,
  'config.lateStage': (p) => `'late_stages' has '${p.stage}', which is not in 'stages' (${p.stages.join(', ')})`,
  'config.heat': (p) => `'heat' must hold ${p.keys.join(', ')}`,

  'file.notUtf8': () => 'not UTF-8 text (save it as UTF-8)',
  'file.unreadable': (p) => `cannot read it (${p.reason})`,
  'file.unclosed': () => 'front matter has no closing --- line',
  'file.notYaml': (p) => `front matter must be YAML, not ${p.language}`,
  'file.yamlTag': (p) => `front matter uses a YAML tag followup does not read (${p.detail})`,
  'file.yaml': (p) => `front matter is not valid YAML: ${p.detail}`,
  'file.notScalar': (p) => `'${p.key}' must be a single value`,
  'file.cadence': (p) => `'cadence' must be a whole number of days, not '${p.value}'`,
  'file.status': (p) => `'status' must be one of ${p.statuses.join(', ')}, not '${p.value}'`,
  'file.created': (p) => `'created' must be a date written YYYY-MM-DD, not '${p.value}'`,
  'file.noFrontMatter': () => 'the file has no front matter',
  'file.notCustomer': () => 'it would no longer be a customer file',

  'date.invalid': (p) => `'${p.input}' is not a ${DATE_WHAT[p.source]}; use ${DATE_HELP}`,
  'today.empty': () => '--today needs a date, such as --today 2026-11-27',
  'command.unknown': (p) => `unknown command '${p.name}'; the commands are ${p.commands.join(', ')} (followup --help)`,
  'notebook.missing': (p) => `no notebook at ${p.root} (from ${p.source}): run 'followup init ${p.given}' to create one`,
  'notebook.none': (p) => `no notebook found: run 'followup init' to create ${p.home}, or pass --dir <folder>`,
  'notebook.outside': (p) => `'${p.path}' is outside the notebook`,
  'config.invalid': (p, say) => `${p.file}: ${say(p.issue)}`,
  'stage.unknown': (p) => `'${p.stage}' is not a stage; stages are ${p.stages.join(', ')} (set them in .followup/config.yml)`,
  'topic.invalid': (p) => `'${p.topic}' cannot be a topic; use letters, digits, - or _`,
  'pick.noMatch': (p) => `no customer matches '${p.query}'; 'followup list' shows them all`,
  'pick.partForWrite': (p) =>
    `'${p.query}' is only part of ${p.matches.length === 1 ? p.matches[0] : `${p.matches.length} names (${p.matches.slice(0, 3).join(', ')}${p.matches.length > 3 ? '...' : ''})`}; to write, give the whole name or file name, or the start of one of its words (two characters at least)`,
  'pick.skipped': (p, say) => `'${p.query}' matches ${p.file}, which was skipped: ${at(p.line)}${say(p.issue)}; fix the file to use it`,
  'pick.ambiguous': (p) => {
    const shown = p.names.slice(0, 8).map((n) => `${n.name} (${n.handle})`);
    const more = p.count - shown.length;
    return `'${p.query}' matches ${p.count} customers: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}; be more specific`;
  },
  'file.broken': (p, say) => `${p.file}: ${at(p.line)}${say(p.issue)}`,
  'write.unreadable': (p, say) => `${p.file}: this change would leave the file unreadable (${at(p.line)}${say(p.issue)}); nothing was written`,
  'write.readOnly': (p) => `${p.file} is read-only; nothing was written (make it writable, then try again)`,
  'write.failed': (p) => `cannot write ${p.file}: ${p.reason}; nothing was written`,
  'log.badKind': (p) => `'${p.word}' is not a kind; use ${p.kinds.join(', ')} (or ${p.chinese.join(', ')})`,
  'log.badTime': (p) => `'${p.time}' is not a time; use HH:MM such as 14:30`,
  'log.nextNotAfter': (p) => `--next ${p.next} is not after this entry's date ${p.date}; give a later date such as +2w`,
  'log.nothing': (p) =>
    `nothing to log for ${p.name}: say what happened with -m "<what was discussed>" (or --purpose, --state, --next), or run it in a terminal to be asked`,
  'new.noName': () => 'the customer needs a name, such as followup new "Hangzhou Lakeside Trading"',
  'new.nextBeforeToday': (p) => `--next ${p.next} is before today (${p.today}); plan the first visit for today or later`,
  'new.exists': (p) => `'${p.name}' already exists in ${p.file}; give the new customer a distinct name`,
  'new.badFolder': (p) => `--folder must be a sub-folder inside the notebook that followup reads (no dot-folders or node_modules), not '${p.given}'`,
  'new.folderInTheWay': (p) => `--folder ${p.folder}: a file of that name is in the way; give a folder`,
  'new.appeared': (p) => `${p.file} appeared while it was being created; run the command again`,
  'init.notAFolder': (p) => `${p.root} is a file (or inside one), not a folder; give init a folder`,
  'demo.isAFile': (p) => `${p.root} is a file; give demo a new or empty folder`,
  'demo.taken': (p) => `${p.root} is not empty and was not made by 'followup demo'; give demo a new or empty folder`,
  'schedule.beforeToday': (p) => `${p.date} is before today (${p.today}); schedule the next visit for today or later`,
  'stats.sinceAfterUntil': (p) => `--since ${p.since} is after --until ${p.until}; the period must start before it ends`,
  'status.activeAlready': (p) => `${p.name} is active already; there is nothing to reopen`,
  'status.notActive': (p) => `${p.name} is ${p.already ? 'already ' : ''}${p.status}; run 'followup reopen ${p.handle}' first to make it active again`,
  'status.needReason': () => 'say why with --reason "<text>": the reason is what a colleague reads before trying again',
  'prompt.cancelled': () => 'cancelled, nothing was written',
  'status.declined': () => 'nothing was written',

  'file.skipped': (p, say) => `skipped ${p.file}: ${at(p.line)}${say(p.issue)}`,
  'warn.noPurpose': () => 'warning: this contact has no purpose; every visit needs one (--purpose)',
  'warn.repeated': (p) =>
    `warning: every topic was covered before: ${p.topics.map((x) => `#${x.topic} (${x.dates.join(', ')})`).join(', ')}; move the deal forward instead of repeating`,
  'warn.future': (p) => `warning: ${p.date} is in the future; reports leave this entry out until then`,
  'warn.inactive': (p) => `warning: ${p.name} is ${p.status}; agenda and overdue leave it out until 'followup reopen ${p.handle}'`,
  'warn.scheduleInactive': (p) => `warning: ${p.name} is ${p.status}; agenda and plan leave it out until 'followup reopen'`,
  'warn.staysDue': (p) =>
    `warning: ${p.name} stays due ${p.due}: ${p.contact !== null && p.contact >= p.date ? `the contact on ${p.contact} already covers ${p.date}` : `an entry dated after today in ${p.file} has its own Next line`}`,

  // Calendar, spreadsheets, the editor and the shell.
  'config.reminder': (p) => `'reminder' must be a time such as "18:00" (the day before), "-2d 09:00" or "off", not ${p.value}`,
  'export.badFormat': (p) => `'${p.format}' is not an export format; use ${p.formats.join(', ')}`,
  'export.optionFor': (p) => `${p.option} goes with ${p.formats.join(' or ')} only`,
  'import.unreadable': (p) => `cannot read ${p.file}: ${p.reason}`,
  'import.notCsv': (p) => `${p.file} is not CSV: ${p.detail}`,
  'import.noName': (p) =>
    `${p.file}: no column holds the customer's name (columns: ${p.columns.join(', ') || 'none'}); say which with --map "<column>=name"`,
  'import.badMap': (p) => `--map '${p.given}' must be "<column>=<field>" with a field among ${p.fields.join(', ')} (or - to skip the column)`,
  'import.unknownColumn': (p) => `--map names the column '${p.column}', which the file does not have (columns: ${p.columns.join(', ')})`,
  'import.row': (p, say) => `line ${p.line}: ${say(p.issue)}`,
  'import.emptyName': () => 'no name',
  'import.badDate': (p) => `${p.column} '${p.value}' is not a date; write it YYYY-MM-DD`,
  'import.badCadence': (p) => `${p.column} '${p.value}' is not a whole number of days`,
  'import.nextBeforeLast': (p) => `the next visit ${p.next} is not after the last contact ${p.last}`,
  'edit.aborted': () => 'the entry was left empty or unchanged; nothing was written',
  'edit.withFields': () => '--edit takes the fields in the editor; give --date, --time or --kind with it, not the fields themselves',
  'edit.unreadable': (p, say) => `the entry cannot be read (${at(p.line)}${say(p.issue)}); nothing was written`,
  'edit.failed': (p) => `the editor '${p.editor}' failed (${p.reason}); nothing was written`,
  'open.unreadable': (p, say) => `warning: ${p.file} no longer reads as a customer file: ${at(p.line)}${say(p.issue)}`,
  'completion.shell': (p) => `'${p.shell}' is not a shell followup completes; use ${p.shells.join(', ')}`,
  'warn.noCloseSaid': (p) =>
    `warning: the deal is at ${p.stage} and this contact says nothing about the close; ask early and again (--close "<what came back>", or --close "not asked")`,
  'warn.planOpen': (p) =>
    `warning: the plan${p.date === null ? '' : ` for ${p.date}`}${p.action ? ` (${p.action})` : ''} is still open: only a visit or meeting, a contact with it as its purpose, or a new --next carries it out`,
  'status.needYes': (p) =>
    `the record says the follow-up of ${p.name} may have failed, not the customer; read it, then run 'followup ${p.command} ${p.handle} --yes' to go ahead`,
  'command.didYouMean': (p) => `unknown command '${p.name}'; did you mean '${p.suggestion}'? (followup help)`,
  'log.closeBoth': () => 'say either that the close was asked (--asked-close, --close "<what came back>") or that it was not (--not-asked), not both',
  // Taking back the last write.
  'undo.nothing': (p) => (p.file === null ? 'followup has written nothing it can take back' : `followup has written nothing to ${p.file} that it can take back`),
  'undo.gone': (p) => `${p.file} is no longer there: nothing of followup's last write to it is left to take back`,
  'undo.changed': (p) => `${p.file} changed after followup's last write to it; nothing was taken back (edit the file by hand instead)`,
  // Safety: files the tool will not read or write as they are, bounds, locks.
  'file.conflict': () => 'an unresolved git conflict (<<<<<<< ... >>>>>>>); resolve the conflict: keep the lines you want, delete the marker lines',
  'file.tooLarge': (p) =>
    `the file is ${(p.bytes / 1048576).toFixed(1)} MB, over the ${p.limit / 1048576} MB followup reads; move old entries into another file`,
  'file.dateLike': (p) =>
    `'${p.value}' looks like a date but cannot be read, so this ${p.where === 'heading' ? 'entry' : 'Next date'} is not counted; write it as YYYY-MM-DD${p.where === 'heading' ? ' [HH:MM]' : ''}`,
  'file.inComment': (p) => `the entry '${p.value}' is inside an HTML comment (<!-- -->), so it is not counted; remove the comment marks to count it`,
  'file.lineEndings': () => 'lines end with a carriage return alone (old Mac line endings); save the file with LF or CRLF line endings',
  'file.utf16': () => 'UTF-16 text, not UTF-8; save it as UTF-8',
  'file.opening': (p) => `the first line '${p.value}' does not open YAML front matter; write --- alone on the first line`,
  'file.symlink': () => 'a symbolic link: followup neither reads nor writes through links; put the file itself in the notebook',
  'file.twin': (p) =>
    `its ${p.by === 'file' ? 'file name' : 'name'} differs from ${p.other}'s only by case or by how its characters are encoded; rename one, or some systems will mix them up`,
  'lock.busy': (p) =>
    `${p.file} is being written by another followup process${p.pid === null ? '' : ` (pid ${p.pid}${p.host ? ` on ${p.host}` : ''})`}; gave up after ${p.seconds} s, nothing was written; try again`,
  'config.range': (p) => `'${p.key}' must be at most ${p.max}, not ${p.value}`,
  'file.cadenceRange': (p) => `'cadence' must be at most ${p.max} days, not ${p.value}`,
  'file.notCounted': (p, say) => `${p.file}: ${at(p.line)}${say(p.issue)}`,
  'plan.partial': (p, say) => {
    const why = (f: { file: string; issue: Issue }) => (f.issue.code === 'write.readOnly' ? `${f.file} (read-only)` : `${f.file} (${say(f.issue)})`);
    return `the plan was written into ${p.written.length === 0 ? 'no file' : sentenceList(p.written)}, but not into ${sentenceList(p.failed.map(why))}`;
  },
  // The interface language and what is typed in it.
  'config.language': (p) => `'language' must be ${p.languages.join(' or ')}, not ${p.value}`,
  'language.invalid': (p) => `--language must be ${p.languages.join(' or ')}, not '${p.given}'`,
  // Sharing through git.
  'git.missing': () => 'git is not installed (or not on PATH); install git to sync the notebook',
  'git.failed': (p) => `${p.command} failed: ${p.detail}`,
  'git.notRepository': (p) => `${p.root} is not in a git repository; run 'followup init --git' to make it one, then add a remote with 'git remote add origin <url>'`,
  'git.detached': () => "the repository is not on a branch (detached HEAD); check out the notebook's branch first, e.g. 'git switch main'",
  'git.noIdentity': () => "git does not know who you are: set it once with 'git config --global user.name \"Your Name\"' and 'git config --global user.email you@example.com'",
  'git.rebasing': () => "a rebase is in progress in this repository; finish it ('git rebase --continue') or undo it ('git rebase --abort'), then sync again",
  'owner.none': (p) =>
    `no customer has 'owner: ${p.owner}'; ${p.owners.length > 0 ? `the owners are ${p.owners.slice(0, 20).join(', ')}${p.owners.length > 20 ? ' and more' : ''}` : "no customer file has an 'owner:' line yet"}`,
  'git.mergeFailed': (p) => `the pull could not merge: ${p.detail}; nothing was lost, your changes are committed`,
};

export const en = {
  issues,
  dateHelp: DATE_HELP,

  // Column headers shared by list, agenda, plan, overdue and stats.
  columns: {
    name: 'Customer',
    stage: 'Stage',
    heat: 'Heat',
    last: 'Last contact',
    due: 'Due',
    late: 'Late',
    why: 'Why',
    next: 'Next action',
    flags: 'Flags',
    status: 'Status',
    day: 'Day',
  },

  // Warning flags as the reports name them.
  flags: {
    overdue: 'overdue',
    cooling: 'cooling',
    stalled: 'stalled',
    'no-close': 'no close asked',
  } as Record<string, string>,

  // Words several reports share.
  common: {
    reason(s: Pick<Summary, 'reason' | 'cadence' | 'lastContact'>): string {
      const r: Record<DueReason, string> = {
        planned: 'planned',
        cadence: `${s.cadence}-day rhythm`,
        new: 'new, no contact yet',
      };
      return r[s.reason];
    },
    daysLate: (n: number) => (n === 0 ? '' : `${n}d`),
    never: 'never',
    /** The short name of a date's weekday. */
    dayName,
    ago,
    status: (s: Status): string => s,
    kind: (k: Kind): string => k,
    noCustomers: "No customers yet: add one with 'followup new \"<name>\"'.",
    /** A yes-or-no question's answers (y and n are always accepted too). */
    answers: { yes: 'Yes', no: 'No', error: (yes: string, no: string) => `answer "${yes}" or "${no}"` },
    /** The key hints under a list to pick from. */
    keys: { navigate: 'navigate', select: 'select' } as Record<string, string>,
  },

  // followup agenda: who to see today.
  agenda: {
    span: (from: IsoDate, until: IsoDate) => (from === until ? from : `${from} to ${until}`),
    title: (span: string, count: number) => `Agenda for ${span}: ${count} to see`,
    overCapacity: (count: number) => `, ${count} more over capacity`,
    flagged: (name: string, flags: string) => (flags ? `${name} (${flags})` : name),
    nothingDue: (span: string) => `Nothing due on ${span}. Plan ahead with 'followup plan --week'.`,
    spillover: (names: string) => `Over capacity: ${names}`,
    nextDay: 'Next working day',
    nextDayDate: (date: IsoDate) => `(${dayName(date)} ${date})`,
    nextNothing: (head: string) => `${head}: nothing due yet.`,
    nextNames: (head: string, names: string) => `${head}: ${names}`,
    nextAction: (action: string) => ` - ${action}`,
    more: (count: number) => ` and ${count} more (--json lists all)`,
    dayOff: (today: IsoDate, next: IsoDate) => `${dayName(today)} ${today} is a day off; the next working day is ${dayName(next)} ${next}.`,
    newCustomers: 'New customers',
    newNote: (count: number) => ` (${count}) not met yet: plan a first visit (followup plan)`,
    phone: 'Phone',
  },

  // followup list.
  list: {
    noMatch: 'No customers match.',
    flagsOrStatus: 'Flags or status',
  },

  // followup overdue: the weekly review.
  overdue: {
    title: (date: IsoDate, t: { active: number; overdue: number; cooling: number; stalled: number; noClose: number }) =>
      `Review ${date}: ${t.active} active, ${t.overdue} overdue, ${t.cooling} cooling, ${t.stalled} stalled, ${t.noClose} without a close asked`,
    count: (count: number, hint: string) => `(${count}) ${hint}`,
    overdue: { title: 'Overdue', hint: 'past their due date, most overdue first' },
    cooling: { title: 'Cooling', hint: 'gap since the last contact well past the cadence' },
    stalled: { title: 'Stalled', hint: 'contacts in a row without moving the stage' },
    noClose: { title: 'No close asked', hint: 'late-stage deals where nobody asked for the signature' },
    columns: { gap: 'Gap', cadence: 'Cadence', sinceStage: 'Since a stage change', sinceClose: 'Since a close was asked' },
    gap: (days: number | null) => `${days}d since contact`,
    cadence: (days: number) => `cadence ${days}d`,
    contacts: (n: number) => plural(n, 'contact'),
    allOnRhythm: 'Every customer is on rhythm. Plan next week with followup plan --week.',
    newCustomers: { title: 'New', hint: 'not met yet, within one cadence of being added' },
    columns2: { due: 'First visit by' },
    totalNew: (count: number) => (count === 0 ? '' : `, ${count} new`),
  },

  // followup show: the brief before a visit.
  show: {
    contact: (contact: string) => `Contact: ${contact}`,
    phone: (phone: string) => `Phone: ${phone}`,
    stage: (stage: string) => `Stage: ${stage}`,
    status: (status: Status) => `Status: ${status}`,
    cadence: (days: number) => `Cadence: ${plural(days, 'day')}`,
    tags: (tags: string[]) => `Tags: ${tags.join(', ')}`,
    heat: (bar: string, last: string, since: string) => `Heat: ${bar}   Last contact: ${last}${since}`,
    since: (days: number) => ` (${ago(days)})`,
    due: (due: IsoDate, late: string, why: string) => `Due: ${due}${late} ${why}`,
    late: (days: number) => ` ${plural(days, 'day')} overdue`,
    why: (reason: string) => `(${reason})`,
    plan: (action: string) => `Plan: ${action}`,
    warnings: (flags: string, detail: string) => `Warnings: ${flags}${detail}`,
    detail: {
      cooling: (days: number | null) => `${plural(days ?? 0, 'day')} since the last contact`,
      stalled: (contacts: number) => `${plural(contacts, 'contact')} without a stage change`,
      noClose: (contacts: number) => `${plural(contacts, 'contact')} since a close was asked`,
      all: (parts: string[]) => ` (${parts.join('; ')})`,
    },
    heatHistory: 'Heat history',
    openProblems: 'Open problems',
    dontRepeat: "Don't repeat",
    dontRepeatNote: ' (topics covered, last discussed)',
    recent: 'Recent entries',
    recentNote: (shown: number, total: number) => ` (${shown} of ${total}, newest first)`,
    noEntries: 'No entries yet.',
    extra: (key: string, value: string) => `${key}: ${value}`,
    notes: 'Notes',
  },

  // followup log: its errors, prompts, warnings and the line after writing.
  log: {
    lastEntry: 'Last entry:',
    covered: 'Already covered: ',
    coveredTopic: (topic: string, last: IsoDate) => `#${topic} (${last})`,
    ask: {
      kind: 'Kind',
      purpose: 'Purpose of this contact',
      discussed: 'Discussed (use #topic for topics)',
      state: "Customer's state now",
      problems: (open: boolean): string => (open ? 'Open problems (; between them; empty: all solved)' : 'Open problems (; between them)'),
      askedClose: 'Did you ask for the close?',
      closeChoices: { asked: 'asked, and this came back', notAsked: 'not asked', unsaid: 'say nothing about it' },
      outcome: 'What came back',
      stage: 'Stage',
      won: 'won: the deal is signed',
      resume: (date: string) => `Resume the answers you left on ${date}?`,
      next: 'Next contact (date, +2w, fri...)',
      nextAction: 'Plan for the next contact',
    },
    nextMustFollow: (date: IsoDate) => `the next contact must come after ${date}`,
    useDates: `use ${DATE_HELP}`,
    logged: (kind: Kind, name: string, date: IsoDate, file: string) => `Logged ${kind} with ${name} on ${date} in ${file}.`,
    stage: (from: string, to: string) => `Stage: ${from} -> ${to}`,
    next: (due: IsoDate, action: string | null, why: string) => `Next: ${due}${action === null ? '' : ` ${action}`}${why}`,
    why: (reason: string) => ` (${reason})`,
  },

  // followup new.
  new: {
  },

  // followup init.
  init: {
    created: (root: string) => `Created a notebook in ${root}`,
    settings: (file: string) => `Settings: ${file}`,
    addCustomer: (followup: string) => `Add a customer: ${followup} new "Customer name"`,
    already: (root: string) => `${root} is already a notebook; nothing changed.`,
  },

  // followup sync, and what init --git set up.
  sync: {
    commitMessage(c: { entries: Partial<Record<Kind, number>>; newCustomers: number; removed: number; edited: number; other: number }): string {
      const parts = Object.entries(c.entries).map(([kind, n]) => plural(n, kind));
      if (c.newCustomers) parts.push(plural(c.newCustomers, 'new customer'));
      if (c.removed) parts.push(plural(c.removed, 'file removed', 'files removed'));
      if (c.edited) parts.push(plural(c.edited, 'customer edited', 'customers edited'));
      if (c.other) parts.push(plural(c.other, 'other file', 'other files'));
      return `log: ${parts.length > 0 ? parts.join(', ') : 'changes'}`;
    },
    wouldCommit: (message: string, files: number) => `Would commit ${plural(files, 'file')}: ${message}`,
    nothingToCommit: 'Nothing to commit.',
    file: (status: string, file: string) => `  ${status} ${file}`,
    wouldPull: (remote: string) => `Would then pull from ${remote} and push.`,
    wouldPullOnly: (remote: string) => `Would then pull from ${remote}.`,
    noRemote: "No remote: the commit stays on this machine. Add one with 'git remote add origin <url>'.",
    committed: (message: string, files: number) => `Committed ${plural(files, 'file')}: ${message}`,
    merged: (commits: number) => `Pulled ${plural(commits, 'commit')}.`,
    upToDate: 'Already up to date with the remote.',
    pushed: (remote: string) => `Pushed to ${remote}.`,
    notPushed: '--no-push: nothing was pushed.',
    waits: (reason: string) => `The push waits: ${reason}. Your changes are committed here; run 'followup sync' again when the remote can be reached.`,
    conflict: (count: number) => `Stopped: ${plural(count, 'file')} changed differently on both sides:`,
    finish: [
      'Open each file, keep the right lines between <<<<<<< and >>>>>>>, delete the three marker lines,',
      "then run 'followup sync' again. To go back to before the pull instead: git merge --abort",
      '(your own changes stay committed either way).',
    ],
    finishedMerge: 'Finished the merge left from the last sync.',
    setup: (what: string[]) => `Git: ${what.join('; ')}`,
    steps: {
      init: 'made the folder a git repository',
      driver: 'registered the merge driver for customer files in .git/config',
      quotepath: 'core.quotepath=false, so file names show as written',
      attributes: '*.md merge=followup in .gitattributes',
      ignore: "the tool's temp, lock and cache files ignored",
    } as Record<string, string>,
    setupDone: 'Git: the merge driver and ignores were set up already.',
    alreadyNotebook: (root: string) => `${root} is already a notebook.`,
  },

  // followup demo.
  demo: {
    mark: (today: IsoDate) => `Written by 'followup demo' (last on ${today}); running it again rewrites the demo's files and nothing else.\n`,
    wrote: (again: boolean, where: string, customers: number, today: IsoDate) =>
      `${again ? 'Rewrote' : 'Wrote'} a demo notebook in ${where}: ${plural(customers, 'customer')} and a README, dated around ${today}.`,
    try: 'Try:',
    tour: {
      agenda: 'who to see today, and why',
      overdue: 'the weekly review',
      show: 'the brief before a visit',
      list: 'every customer, won and released too',
    },
  },

  // followup plan: the coming working days.
  plan: {
    title: (from: IsoDate, until: IsoDate, visits: number, days: number) =>
      `Plan for ${from} to ${until}: ${plural(visits, 'visit')} on ${plural(days, 'working day')}`,
    today: (count: number) => `${count} due today ${count === 1 ? 'stays' : 'stay'} on today's agenda.`,
    day: (date: IsoDate) => `${dayName(date)} ${date}`,
    load: (count: number, capacity: number) => ` (${count} of ${capacity})`,
    noRoom: (count: number) => `No room for ${count}: `,
    nobody: (others: boolean, until: IsoDate) => `Nobody ${others ? 'else ' : ''}is due by ${until}.`,
    applyWith: (command: string) => `Write it into the files with ${command}`,
    applied: (files: number) => `Wrote the plan into ${plural(files, 'file')}.`,
  },

  // followup schedule.
  schedule: {
    already: (name: string, date: IsoDate) => `${name} is already planned for ${date}; nothing changed.`,
    moved: (name: string, from: IsoDate, to: IsoDate, action: string | null) => `${name}: next visit ${from} -> ${to}${action === null ? '' : ` ${action}`}`,
  },

  // followup release, won, lost and reopen.
  status: {
    question: {
      release: (who: string) => `Release ${who} from your pipeline?`,
      won: (who: string) => `Mark ${who} as won?`,
      lost: (who: string) => `Mark ${who} as lost?`,
      reopen: (who: string) => `Reopen ${who}?`,
    },
    brief: (status: Status, stage: string, contacts: number, last: IsoDate | null) =>
      `(${status}, stage ${stage}, ${contacts === 0 ? 'no contact recorded' : `${plural(contacts, 'contact')}, the last on ${last}`})`,
    because: (reason: string) => ` (${reason})`,
    reopened: (who: string, because: string, due: IsoDate, late: string) => `Reopened ${who}${because}: active again, due ${due}${late}.`,
    late: (days: number) => `, ${plural(days, 'day')} overdue`,
    closed: { release: 'Released', won: 'Won', lost: 'Lost' },
    done: (closed: string, who: string, because: string, status: Status, file: string) =>
      `${closed}: ${who}${because}. Status ${status} in ${file}; it leaves agenda and overdue.`,
    undo: (handle: string) => `Changed your mind? followup reopen ${handle}`,
  },

  // The follow-up record shown before release and lost.
  record: {
    title: (name: string) => `Follow-up record of ${name}`,
    asOf: (date: IsoDate) => ` as of ${date}`,
    history: (contacts: number, first: IsoDate | null, last: IsoDate | null, cadence: number) => {
      const span = first === last ? `on ${first}` : `from ${first} to ${last}`;
      return `${contacts === 0 ? 'No contact recorded' : `${plural(contacts, 'contact')} ${span}`}, cadence ${plural(cadence, 'day')}`;
    },
    lateGaps: (late: number, gaps: number) => `Gaps longer than the cadence: ${late} of ${gaps}`,
    longest: (days: number) => ` (longest ${plural(days, 'day')})`,
    columns: { from: 'From', to: 'To', gap: 'Gap', late: 'Late' },
    openGap: (to: IsoDate) => `${to} (today)`,
    days: (days: number) => plural(days, 'day'),
    stall: (contacts: number | null) => `Longest run without a stage change: ${contacts === null ? 'none' : plural(contacts, 'contact')}`,
    stallSpan: (from: IsoDate, to: IsoDate) => (from === to ? ` (${from})` : ` (${from} to ${to})`),
    close: (asked: number, contacts: number) =>
      `Close asked: ${asked === 0 ? `never, in ${plural(contacts, 'contact')}` : `in ${asked} of ${plural(contacts, 'contact')}`}`,
    verdict,
  },

  // followup undo.
  undo: {
    done: (file: string, at: string, created: boolean) =>
      created ? `Took back the creation of ${file} (made ${at}): the file is gone.` : `Took back the last change to ${file} (made ${at}): the file is as it was before.`,
  },

  // followup check.
  check: {
    problem: (file: string, line: number | null, what: string) => `${file}${line === null ? '' : `:${line}`}: ${what}`,
    clean: (files: number) => `Checked ${plural(files, 'file')}: no problems.`,
    found: (problems: number, files: number, checked: number) =>
      `${plural(problems, 'problem')} in ${plural(files, 'file')} (${plural(checked, 'file')} checked).`,
  },

  // followup stats.
  stats: {
    title: (since: IsoDate, until: IsoDate, contacts: number, customers: number) =>
      `Stats ${since} to ${until}: ${plural(contacts, 'contact')} with ${plural(customers, 'customer')}`,
    perWeek: 'Contacts per week',
    perWeekNote: ' (weeks start on Monday)',
    rhythm: (text: string) => `Rhythm:      ${text}`,
    noGaps: 'no gap between two contacts ended in this period',
    averageGap: (days: number | null, cadence: number | null) =>
      `average gap ${plural(days ?? 0, 'day')} against an average cadence of ${plural(cadence ?? 0, 'day')}`,
    lateGaps: (text: string) => `Late gaps:   ${text}`,
    lateGapsText: (late: number, gaps: number, share: string) => `${late} of ${plural(gaps, 'gap')} (${share}) longer than the cadence`,
    closeAsked: (text: string) => `Close asked: ${text}`,
    noContacts: 'no contacts',
    closeRate: (asked: number, contacts: number, share: string) => `in ${asked} of ${plural(contacts, 'contact')} (${share})`,
    funnel: 'Funnel',
    funnelNote: ' (active customers by stage, today)',
    noStage: '(no stage)',
    notConfigured: '* not in the stages of .followup/config.yml',
    closed: (won: number, lost: number, released: number) => `Closed: ${won} won, ${lost} lost, ${released} released`,
    outcomes: 'Won, lost and released in this period',
    none: 'none',
    columns: { date: 'Date', reason: 'Reason', followup: 'Follow-up' },
    mayHaveFailed: 'may have failed',
    keptRhythm: 'kept the rhythm',
  },

  // followup export ics: the words of the calendar events.
  calendar: {
    name: 'followup visits',
    summary: (kind: 'planned' | 'cadence' | 'overdue', name: string, overdueDays: number) =>
      kind === 'planned' ? `Visit ${name}` : kind === 'cadence' ? `Visit ${name} (due by cadence)` : `Visit ${name} (overdue ${plural(overdueDays, 'day')})`,
    plan: (action: string) => `Plan: ${action}`,
    noPlan: 'Plan: none written yet; decide the purpose of this visit',
    dueSince: (due: IsoDate) => `Due since ${due}`,
    state: (date: IsoDate | null, state: string | null) =>
      date === null ? 'No contact yet' : `Last contact ${date}${state === null ? '' : `: ${state}`}`,
    stage: (stage: string) => `Stage: ${stage}`,
    contact: (contact: string, phone: string | null) => `Contact: ${contact}${phone === null ? '' : ` ${phone}`}`,
    phone: (phone: string) => `Phone: ${phone}`,
    show: (slug: string) => `followup show ${slug}`,
    wrote: (events: number, file: string) => `Wrote ${plural(events, 'event')} to ${file}.`,
  },

  // followup export csv and json.
  exporter: {
    wrote: (rows: number, what: 'customers' | 'entries', file: string) => `Wrote ${plural(rows, what === 'customers' ? 'customer' : 'entry', what)} to ${file}.`,
  },

  // followup import.
  importer: {
    progress: (done: number, total: number) => `Importing ${done}/${total}`,
    title: (file: string, encoding: string, rows: number, dryRun: boolean) =>
      `${dryRun ? 'Would import' : 'Imported'} from ${file} (${encoding}, ${plural(rows, 'row')}):`,
    created: (n: number, dryRun: boolean) => `${dryRun ? 'would create' : 'created'} ${plural(n, 'customer')}`,
    existing: (n: number) => `${n} already in the notebook, skipped`,
    merged: (n: number, dryRun: boolean) => `${n} already in the notebook, ${dryRun ? 'would be merged' : 'merged'}`,
    bad: (n: number) => `${plural(n, 'bad row')}, not imported`,
    createdLine: (line: number, name: string, file: string) => `  line ${line}: ${name} -> ${file}`,
    existingLine: (line: number, name: string, file: string, added: string[]) =>
      `  line ${line}: ${name} is in ${file}${added.length > 0 ? `; added ${added.join(', ')}` : ''}`,
    badLine: (text: string) => `  ${text}`,
    nothing: 'No rows to import.',
  },

  // followup log --edit and followup open: the comment lines of the buffer, and what happened.
  edit: {
    header: (name: string, date: IsoDate, kind: string) => [
      `Entry for ${name}, ${kind} on ${date}. Fill in the lines, add free text below them;`,
      'empty lines are dropped. Lines starting with "# " are removed.',
      'Leave it empty or unchanged to write nothing.',
    ],
    plan: (date: IsoDate | null, action: string | null) => `Open plan: ${[date, action].filter(Boolean).join(' ') || 'none'}`,
    noPlan: 'Open plan: none',
    lastEntry: 'Last entry:',
    noEntry: 'No entry yet.',
    opened: (file: string) => `Opened ${file}.`,
  },

  // --help: the program, the global options and every command's arguments and options, in the
  // order of src/specs.ts (cli.ts checks every command and option has its words).
  help: {
    about: 'Follow-up notes for field sales: one Markdown file per customer, a daily agenda, a weekly review.',
    version: 'print the version',
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    /** Commander's titles ('Usage:', 'Options:', 'Arguments:', 'Commands:'). */
    title: (title: string) => title,
    default: (value: string) => `default: ${value}`,
    choices: (list: string) => `choices: ${list}`,
    wholeNumber: (example: string) => `give a whole number above 0, such as ${example}`,
    wholeNumberUpTo: (max: number, example: string) => `give a whole number from 1 to ${max}, such as ${example}`,
    /** A parse error of commander's (unknown option, missing argument...), by its code. */
    commander: (_code: string, message: string) => message,
    globals: {
      dir: 'the notebook folder (default: $FOLLOWUP_DIR, the nearest folder with .followup/, or ~/followup)',
      json: 'print machine-readable JSON on stdout',
      today: 'run as of another date (also $FOLLOWUP_TODAY)',
      color: 'print without colour (also NO_COLOR)',
    },
    commands: {
      init: {
        about: 'make a folder a notebook (creates .followup/config.yml)',
        args: ['the folder (default: the --dir folder, or ~/followup)'],
        options: {
          git: 'make it a git repository if it is none, and set up the merge of customer files',
        },
      },
      new: {
        about: 'add a customer and print the path of its file',
        args: ['the customer\'s name'],
        options: {
          contact: 'the person you deal with',
          phone: 'their phone number',
          stage: 'the deal stage',
          cadence: 'days between contacts',
          tag: 'a tag (repeat for more)',
          next: 'plan the first visit',
          folder: 'a sub-folder of the notebook to put the file in',
        },
      },
      log: {
        about: 'record a visit, call or message; asks the questions when run in a terminal without fields',
        args: ['file name or name, or a unique part of either (pinyin or its initials for a Chinese name)'],
        options: {
          date: 'when it happened (default: today)',
          time: 'the time of day',
          kind: 'visit (default), call, meeting, message, email, plan or note; 拜访, 电话... too',
          purpose: 'the sales purpose of this contact',
          note: 'what was discussed',
          topic: 'a topic discussed, written as #topic (repeat for more)',
          state: 'the customer\'s state afterwards',
          problem: 'an open problem (repeat for more)',
          askedClose: 'you asked for the close',
          close: 'you asked for the close, and this came back',
          notAsked: 'you did not ask for the close',
          stage: 'the deal stage now (updates the file)',
          next: 'date of the next contact',
          nextAction: 'what to do then',
          edit: 'write the entry in $VISUAL or $EDITOR, pre-filled, the last entry shown',
        },
      },
      show: {
        about: 'the brief before a visit: profile, heat, open problems, plan, what not to repeat',
        args: ['file name or name, or a unique part of either (pinyin or its initials for a Chinese name)'],
        options: {
          entries: 'how many recent entries to show',
          all: 'show every entry',
        },
      },
      list: {
        about: 'every customer on one line: stage, heat, last contact, due',
        args: [],
        options: {
          all: 'include won, lost and released customers',
          tag: 'only customers with this tag',
          stage: 'only customers in this stage',
          folder: 'only customers in this sub-folder (a region, say)',
          owner: 'only the customers whose front matter says owner: <name>',
          sort: 'order of the rows',
        },
      },
      agenda: {
        about: 'who to see today (and the next days), why, and what to do there',
        args: [],
        options: {
          days: 'days to cover, starting today',
          tag: 'only customers with this tag',
          stage: 'only customers in this stage',
          folder: 'only customers in this sub-folder (a region, say)',
          owner: 'only the customers whose front matter says owner: <name>',
        },
      },
      overdue: {
        about: 'the weekly review: overdue, cooling, stalled, no close asked',
        args: [],
        options: {
          exitCode: 'exit with 1 when any customer is overdue',
          tag: 'only customers with this tag',
          stage: 'only customers in this stage',
          folder: 'only customers in this sub-folder (a region, say)',
          owner: 'only the customers whose front matter says owner: <name>',
        },
      },
      plan: {
        about: 'spread the visits due in the coming days over working days, within capacity',
        args: [],
        options: {
          days: 'working days to plan, starting today',
          week: 'plan next week (Monday to Sunday)',
          apply: 'write the plan into the customer files',
          tag: 'only customers with this tag',
          stage: 'only customers in this stage',
          folder: 'only customers in this sub-folder (a region, say)',
          owner: 'only the customers whose front matter says owner: <name>',
        },
      },
      schedule: {
        about: 'move a customer\'s next visit to a date',
        args: ['file name or name, or a unique part of either (pinyin or its initials for a Chinese name)', 'the new date'],
        options: {
          note: 'what to do then',
        },
      },
      release: {
        about: 'release a customer from the pipeline, after showing its follow-up record',
        args: ['file name or name, or a unique part of either (pinyin or its initials for a Chinese name)'],
        options: {
          reason: 'why',
          yes: 'do not ask for confirmation',
        },
      },
      lost: {
        about: 'mark a deal lost, after showing its follow-up record',
        args: ['file name or name, or a unique part of either (pinyin or its initials for a Chinese name)'],
        options: {
          reason: 'why',
          yes: 'do not ask for confirmation',
        },
      },
      won: {
        about: 'mark a deal won',
        args: ['file name or name, or a unique part of either (pinyin or its initials for a Chinese name)'],
        options: {
          reason: 'a note to keep with it',
          yes: 'do not ask for confirmation',
        },
      },
      reopen: {
        about: 'make a released, lost or won customer active again',
        args: ['file name or name, or a unique part of either (pinyin or its initials for a Chinese name)'],
        options: {
          reason: 'a note to keep with it',
          yes: 'do not ask for confirmation',
        },
      },
      stats: {
        about: 'contacts per week, gaps against cadence, close-ask rate, funnel, outcomes',
        args: [],
        options: {
          since: 'first day counted (default: 12 weeks ago)',
          until: 'last day counted (default: today)',
          tag: 'only customers with this tag',
          stage: 'only customers in this stage',
          folder: 'only customers in this sub-folder (a region, say)',
          owner: 'only the customers whose front matter says owner: <name>',
        },
      },
      undo: {
        about: 'take back the tool\'s last write to a customer\'s file (or its last write of all), if the file did not change since',
        args: ['file name or name (default: the last file written)'],
        options: {},
      },
      check: {
        about: 'list every problem of every file: one line each, with what to do; exit 1 when any is found',
        args: [],
        options: {},
      },
      demo: {
        about: 'write a realistic demo notebook, dated around today, into an empty folder',
        args: ['the folder'],
        options: {
          quiet: 'print nothing',
          language: 'the language of its names, notes and labels: en or zh-CN (default: the interface language)',
        },
      },
      export: {
        about: 'write visits as an iCalendar file (ics), or customers for a spreadsheet (csv) or a script (json)',
        args: ['ics, csv or json'],
        options: {
          out: 'write to this file (atomically) instead of standard output',
          days: 'ics: only the next n days, starting today (default: all)',
          entries: 'csv, json: one row per entry instead of per customer',
        },
      },
      import: {
        about: 'add customers from a CSV file (UTF-8 or GB18030/GBK); existing ones are never overwritten',
        args: ['the CSV file'],
        options: {
          map: 'read a column as a field: name, contact, phone, stage, cadence, tags, owner, last-contact, next-visit, notes, or - to skip it (repeat for more)',
          dryRun: 'say what would happen, write nothing',
          merge: 'add the front matter keys an existing customer lacks',
        },
      },
      open: {
        about: 'open a customer\'s file in $VISUAL or $EDITOR',
        args: ['file name or name, or a unique part of either'],
        options: {},
      },
      completion: {
        about: 'print a completion script for bash, zsh or fish',
        args: ['bash, zsh or fish'],
        options: {},
      },
      __complete: {
        about: 'print completion words, one a line',
        args: ['customers'],
        options: {},
      },
      sync: {
        about: 'commit the notebook\'s changes, pull (merging customer files entry by entry), push',
        args: [],
        options: {
          push: 'commit and pull, but do not push',
          dryRun: 'say what would be committed; change nothing',
        },
      },
      'merge-file': {
        about: 'git\'s merge driver for customer files: merges %O %A %B into %A',
        args: ['the common ancestor (%O)', 'our version, where the result is written (%A)', 'their version (%B)', 'conflict marker size (%L)', 'the path in the repository (%P)'],
        options: {},
      },
    },
  },
};

/** What every locale provides: the English table's keys and signatures. */
export type Messages = typeof en;
