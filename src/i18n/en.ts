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


const DATE_HELP = 'YYYY-MM-DD, today, tomorrow, yesterday, +3d, +2w, +1m or a weekday such as fri';
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
  'file.headingDate': (p) => `'${p.value}' in an entry heading is not a real date`,
  'file.headingTime': (p) => `'${p.value}' in an entry heading is not a time of day`,
  'file.nextDate': (p) => `'${p.value}' on the Next line is not a real date`,
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
  'pick.skipped': (p, say) => `'${p.query}' matches ${p.file}, which was skipped: ${at(p.line)}${say(p.issue)}; fix the file to use it`,
  'pick.ambiguous': (p) => {
    const shown = p.names.slice(0, 8).map((n) => `${n.name} (${n.handle})`);
    const more = p.count - shown.length;
    return `'${p.query}' matches ${p.count} customers: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}; be more specific`;
  },
  'file.broken': (p, say) => `${p.file}: ${at(p.line)}${say(p.issue)}`,
  'write.unreadable': (p, say) => `${p.file}: this change would leave the file unreadable (${at(p.line)}${say(p.issue)}); nothing was written`,
  'write.readOnly': (p) => `${p.file} is read-only; nothing was written (make it writable to log into it)`,
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
    status: (s: Status) => s,
    kind: (k: Kind) => k,
    noCustomers: "No customers yet: add one with 'followup new \"<name>\"'.",
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
  },

  // followup list.
  list: {
    noMatch: 'No customers match.',
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
    contacts: (n: number) => `${n} contacts`,
    allOnRhythm: 'Every customer is on rhythm. Plan next week with followup plan --week.',
  },

  // followup show: the brief before a visit.
  show: {
    contact: (contact: string) => `Contact: ${contact}`,
    phone: (phone: string) => `Phone: ${phone}`,
    stage: (stage: string) => `Stage: ${stage}`,
    status: (status: Status) => `Status: ${status}`,
    cadence: (days: number) => `Cadence: ${days} days`,
    tags: (tags: string[]) => `Tags: ${tags.join(', ')}`,
    heat: (bar: string, last: string, since: string) => `Heat: ${bar}   Last contact: ${last}${since}`,
    since: (days: number) => ` (${ago(days)})`,
    due: (due: IsoDate, late: string, why: string) => `Due: ${due}${late} ${why}`,
    late: (days: number) => ` ${days} days overdue`,
    why: (reason: string) => `(${reason})`,
    plan: (action: string) => `Plan: ${action}`,
    warnings: (flags: string, detail: string) => `Warnings: ${flags}${detail}`,
    detail: {
      cooling: (days: number | null) => `${days} days since the last contact`,
      stalled: (contacts: number) => `${contacts} contacts without a stage change`,
      noClose: (contacts: number) => `${contacts} contacts since a close was asked`,
      all: (parts: string[]) => ` (${parts.join('; ')})`,
    },
    heatHistory: 'Heat history',
    openProblems: 'Open problems',
    dontRepeat: "Don't repeat",
    dontRepeatNote: ' (topics covered, last discussed)',
    recent: 'Recent entries',
    recentNote: (shown: number, total: number) => ` (${shown} of ${total}, newest first)`,
    noEntries: 'No entries yet.',
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
      problems: (open: boolean) => (open ? 'Open problems (; between them; empty: all solved)' : 'Open problems (; between them)'),
      askedClose: 'Did you ask for the close?',
      outcome: 'What came back',
      stage: 'Stage',
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
    late: (days: number) => `, ${days} days overdue`,
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
      return `${contacts === 0 ? 'No contact recorded' : `${plural(contacts, 'contact')} ${span}`}, cadence ${cadence} days`;
    },
    lateGaps: (late: number, gaps: number) => `Gaps longer than the cadence: ${late} of ${gaps}`,
    longest: (days: number) => ` (longest ${days} days)`,
    columns: { from: 'From', to: 'To', gap: 'Gap', late: 'Late' },
    openGap: (to: IsoDate) => `${to} (today)`,
    days: (days: number) => `${days} days`,
    stall: (contacts: number | null) => `Longest run without a stage change: ${contacts === null ? 'none' : plural(contacts, 'contact')}`,
    stallSpan: (from: IsoDate, to: IsoDate) => (from === to ? ` (${from})` : ` (${from} to ${to})`),
    close: (asked: number, contacts: number) =>
      `Close asked: ${asked === 0 ? `never, in ${plural(contacts, 'contact')}` : `in ${asked} of ${plural(contacts, 'contact')}`}`,
    verdict,
  },

  // followup stats.
  stats: {
    title: (since: IsoDate, until: IsoDate, contacts: number, customers: number) =>
      `Stats ${since} to ${until}: ${plural(contacts, 'contact')} with ${plural(customers, 'customer')}`,
    perWeek: 'Contacts per week',
    perWeekNote: ' (weeks start on Monday)',
    rhythm: (text: string) => `Rhythm:      ${text}`,
    noGaps: 'no gap between two contacts ended in this period',
    averageGap: (days: number | null, cadence: number | null) => `average gap ${days} days against an average cadence of ${cadence} days`,
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
};

/** What every locale provides: the English table's keys and signatures. */
export type Messages = typeof en;
