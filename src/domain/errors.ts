/**
 * What can go wrong, as codes with parameters: the domain, the store and the commands report
 * facts, and the message tables in i18n/ turn them into words in the interface language.
 */
// Plain names for the types of dates.ts and types.ts: both import this module, and the
// architecture forbids a cycle even of types.
type IsoDate = string;
type Status = 'active' | 'won' | 'lost' | 'released';

/** Where a date came from, so the message can name the option. */
export type DateSource = '--date' | '--next' | '--today' | '$FOLLOWUP_TODAY' | '--since' | '--until' | 'next' | 'date';

/** Why a setting in config.yml is wrong. */
export interface ConfigIssues {
  'config.yaml': { detail: string };
  'config.notMap': Record<string, never>;
  'config.unknownKey': { key: string; known: string[] };
  'config.notNumber': { key: string; value: string; integer: boolean };
  'config.notShare': { key: string; value: number };
  'config.notList': { key: string };
  'config.notDayMap': { key: string };
  'config.locale': { value: string; locales: string[] };
  'config.weekday': { value: string };
  'config.noWorkdays': Record<string, never>;
  'config.noStages': Record<string, never>;
  'config.stageTwice': { stage: string };
  'config.lateStage': { stage: string; stages: string[] };
  'config.heat': { keys: string[] };
}

/** Why a customer file cannot be read (or, for warnings, what in it looks wrong). */
export interface FileIssues {
  'file.notUtf8': Record<string, never>;
  'file.unreadable': { reason: string };
  'file.unclosed': Record<string, never>;
  'file.notYaml': { language: string };
  'file.yamlTag': { detail: string };
  'file.yaml': { detail: string };
  'file.notScalar': { key: string };
  'file.cadence': { value: string };
  'file.status': { value: string; statuses: readonly Status[] };
  'file.created': { value: string };
  'file.noFrontMatter': Record<string, never>;
  'file.notCustomer': Record<string, never>;
}

/** Bad input and failures the commands report. */
export interface InputIssues {
  'date.invalid': { input: string; source: DateSource };
  'today.empty': Record<string, never>;
  'command.unknown': { name: string; commands: string[] };
  'notebook.missing': { root: string; source: '--dir' | '$FOLLOWUP_DIR'; given: string };
  'notebook.none': { home: string };
  'notebook.outside': { path: string };
  'config.invalid': { file: string; issue: Issue };
  'stage.unknown': { stage: string; stages: string[] };
  'topic.invalid': { topic: string };
  'pick.noMatch': { query: string };
  'pick.partForWrite': { query: string; matches: string[] };
  'pick.skipped': { query: string; file: string; issue: Issue; line: number | null };
  'pick.ambiguous': { query: string; count: number; names: { name: string; handle: string }[] };
  'file.broken': { file: string; issue: Issue; line: number | null };
  'write.unreadable': { file: string; issue: Issue; line: number | null };
  'write.readOnly': { file: string };
  'write.failed': { file: string; reason: string };
  'log.badKind': { word: string; kinds: readonly string[]; chinese: readonly string[] };
  'log.badTime': { time: string };
  'log.nextNotAfter': { next: IsoDate; date: IsoDate };
  'log.nothing': { name: string };
  'new.noName': Record<string, never>;
  'new.nextBeforeToday': { next: IsoDate; today: IsoDate };
  'new.exists': { name: string; file: string };
  'new.badFolder': { given: string };
  'new.folderInTheWay': { folder: string };
  'new.appeared': { file: string };
  'init.notAFolder': { root: string };
  'demo.isAFile': { root: string };
  'demo.taken': { root: string };
  'schedule.beforeToday': { date: IsoDate; today: IsoDate };
  'stats.sinceAfterUntil': { since: IsoDate; until: IsoDate };
  'status.activeAlready': { name: string };
  'status.notActive': { name: string; status: Status; already: boolean; handle: string };
  'status.needReason': Record<string, never>;
  'prompt.cancelled': Record<string, never>;
  'status.declined': Record<string, never>;
}

/** What is only worth a word on stderr: the command still does its work. */
export interface WarningIssues {
  'file.skipped': { file: string; issue: Issue; line: number | null };
  'warn.noPurpose': Record<string, never>;
  'warn.repeated': { topics: { topic: string; dates: IsoDate[] }[] };
  'warn.future': { date: IsoDate };
  'warn.inactive': { name: string; status: Status; handle: string };
  'warn.scheduleInactive': { name: string; status: Status };
  'warn.staysDue': { name: string; due: IsoDate; date: IsoDate; contact: IsoDate | null; file: string };
}

/** Calendar, spreadsheets, the editor and the shell: export, import, log --edit, open, completion. */
export interface IntegrationIssues {
  'config.reminder': { value: string };
  'export.badFormat': { format: string; formats: readonly string[] };
  'export.optionFor': { option: string; formats: readonly string[] };
  'import.unreadable': { file: string; reason: string };
  'import.notCsv': { file: string; detail: string };
  'import.noName': { file: string; columns: string[] };
  'import.badMap': { given: string; fields: readonly string[] };
  'import.unknownColumn': { column: string; columns: string[] };
  'import.row': { line: number; issue: Issue };
  'import.emptyName': Record<string, never>;
  'import.badDate': { column: string; value: string };
  'import.badCadence': { column: string; value: string };
  'import.nextBeforeLast': { next: IsoDate; last: IsoDate };
  'edit.aborted': Record<string, never>;
  'edit.withFields': Record<string, never>;
  'edit.unreadable': { issue: Issue; line: number | null };
  'edit.failed': { editor: string; reason: string };
  'open.unreadable': { file: string; issue: Issue; line: number | null };
  'completion.shell': { shell: string; shells: readonly string[] };
}

/** The field month: what the method says more about, taking back a write, mistyped commands. */
export interface FieldIssues {
  'warn.noCloseSaid': { stage: string };
  'warn.planOpen': { date: IsoDate | null; action: string };
  'status.needYes': { name: string; command: string; handle: string };
  'command.didYouMean': { name: string; suggestion: string };
  'log.closeBoth': Record<string, never>;
}

/** What keeps a notebook safe: files the tool will not read or write as they are, bounds, locks. */
export interface SafetyIssues {
  'file.conflict': Record<string, never>;
  'file.tooLarge': { bytes: number; limit: number };
  'file.dateLike': { value: string; where: 'heading' | 'next' };
  'file.inComment': { value: string };
  'file.lineEndings': Record<string, never>;
  'file.utf16': Record<string, never>;
  'file.opening': { value: string };
  'file.symlink': Record<string, never>;
  'file.twin': { other: string; by: 'file' | 'name' };
  'lock.busy': { file: string; pid: number | null; host: string | null; seconds: number };
  'file.cadenceRange': { value: string; max: number };
  'config.range': { key: string; value: string; max: number };
  'file.notCounted': { file: string; issue: Issue; line: number | null };
  'plan.partial': { written: string[]; failed: { file: string; issue: Issue }[] };
}

/** Taking back the tool's last write. */
export interface UndoIssues {
  'undo.nothing': { file: string | null };
  'undo.changed': { file: string };
  'undo.gone': { file: string };
}

/** The interface language and what is typed in it. */
export interface LanguageIssues {
  'config.language': { value: string; languages: string[] };
  'language.invalid': { given: string; languages: string[] };
}

/** Sharing the notebook through git: sync, the merge driver, init --git. */
export interface GitIssues {
  'git.missing': Record<string, never>;
  'git.failed': { command: string; detail: string };
  'git.notRepository': { root: string };
  'git.detached': Record<string, never>;
  'git.noIdentity': Record<string, never>;
  'git.rebasing': Record<string, never>;
  'git.mergeFailed': { detail: string };
  'owner.none': { owner: string; owners: string[] };
}

export type IssueParams = ConfigIssues &
  FileIssues &
  InputIssues &
  WarningIssues &
  IntegrationIssues &
  FieldIssues &
  SafetyIssues &
  UndoIssues &
  LanguageIssues &
  GitIssues;
export type IssueCode = keyof IssueParams;

/** One problem: a code, and the facts its message needs. */
export type Issue<K extends IssueCode = IssueCode> = K extends IssueCode ? { code: K; params: IssueParams[K] } : never;

/** Builds an issue, checking its parameters against its code. */
export function issue<K extends IssueCode>(code: K, ...params: IssueParams[K] extends Record<string, never> ? [] : [IssueParams[K]]): Issue<K> {
  return { code, params: (params[0] ?? {}) as IssueParams[K] } as Issue<K>;
}

/** Bad input from the person at the keyboard: printed as one line, exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(readonly issue: Issue) {
    super(issue.code);
  }
}

/** Something that went wrong that is not bad input (a write failed): one line, exit code 1. */
export class Failure extends Error {
  override name = 'Failure';
  constructor(
    readonly issue: Issue,
    readonly errno?: string,
  ) {
    super(issue.code);
  }
}

/** A customer file that cannot be read as the format describes. */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    readonly issue: Issue,
    readonly line?: number,
  ) {
    super(issue.code);
  }
}
