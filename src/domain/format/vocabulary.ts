/** The words a customer file is written in: field labels and entry kinds, per locale. */

export const FIELD_KEYS = [
  'purpose',
  'discussed',
  'state',
  'problems',
  'close',
  'stage',
  'next',
  'status',
  'reason',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const CONTACT_KINDS = ['visit', 'call', 'meeting', 'message', 'email'] as const;
export const KINDS = [...CONTACT_KINDS, 'plan', 'note'] as const;
export type Kind = (typeof KINDS)[number];

export interface Vocabulary {
  labels: Record<FieldKey, string>;
  kinds: Record<Kind, string>;
  /** How the tool writes a Close line's start. */
  asked: string;
  notAsked: string;
  /** What follows it before the outcome: ', ' or '，'. */
  comma: string;
  /** Words that open a `Close:` value when no close was asked for. */
  closeNotAsked: string[];
  /**
   * Of those, the ones that say "not asked" when typed as the answer to a close (`--close
   * "not asked"`); "no" and 否 there are the customer's answer to a close that was asked.
   */
  closeNotAskedTyped: string[];
  /** Words that mean "nothing" in a Problems line. */
  none: string[];
  /** The text of a contact entry made by `import` from a last-contact column; `{file}` is the CSV. */
  imported: string;
}

export const en: Vocabulary = {
  labels: {
    purpose: 'Purpose',
    discussed: 'Discussed',
    state: 'State',
    problems: 'Problems',
    close: 'Close',
    stage: 'Stage',
    next: 'Next',
    status: 'Status',
    reason: 'Reason',
  },
  kinds: {
    visit: 'visit',
    call: 'call',
    meeting: 'meeting',
    message: 'message',
    email: 'email',
    plan: 'plan',
    note: 'note',
  },
  asked: 'asked',
  notAsked: 'not asked',
  comma: ', ',
  closeNotAsked: ['no', 'not', 'none', 'never', 'nope', 'n/a', '-', '—', '–'],
  closeNotAskedTyped: ['not', 'never', 'none', 'n/a', '-', '—', '–'],
  none: ['none', 'no', 'nope', 'nothing', 'n/a', '-', '—', '–'],
  imported: 'Imported from {file}: the last contact recorded there.',
};

export const zh: Vocabulary = {
  labels: {
    purpose: '目的',
    discussed: '沟通内容',
    state: '客户状态',
    problems: '待解决问题',
    close: '成交',
    stage: '阶段',
    next: '下次',
    status: '状态',
    reason: '原因',
  },
  kinds: {
    visit: '拜访',
    call: '电话',
    meeting: '会议',
    message: '微信',
    email: '邮件',
    plan: '计划',
    note: '备注',
  },
  asked: '已提出',
  notAsked: '未提出',
  comma: '，',
  // Whole phrases where a single character would be ambiguous (不错 means "good").
  closeNotAsked: ['未', '没', '无', '否', '不提', '不问', '暂未', '暂不', '还没', '尚未'],
  closeNotAskedTyped: ['未', '没', '不提', '不问', '暂未', '暂不', '还没', '尚未'],
  none: ['无', '没有', '暂无', '已解决'],
  imported: '从 {file} 导入：那里记录的最近一次联系。',
};

export const LOCALES = { en, zh } as const;
export type Locale = keyof typeof LOCALES;

/** Every locale's words at once: a file is read whatever language it was written in. */
export interface ReadingVocabulary {
  labelToKey: Map<string, FieldKey>;
  kindToKey: Map<string, Kind>;
  closeNotAsked: string[];
  closeNotAskedTyped: string[];
  none: string[];
}

function buildReading(): ReadingVocabulary {
  const labelToKey = new Map<string, FieldKey>();
  const kindToKey = new Map<string, Kind>();
  const closeNotAsked: string[] = [];
  const closeNotAskedTyped: string[] = [];
  const none: string[] = [];
  for (const v of Object.values(LOCALES)) {
    for (const key of FIELD_KEYS) labelToKey.set(v.labels[key].toLowerCase(), key);
    for (const kind of KINDS) kindToKey.set(v.kinds[kind].toLowerCase(), kind);
    closeNotAsked.push(...v.closeNotAsked);
    closeNotAskedTyped.push(...v.closeNotAskedTyped);
    none.push(...v.none);
  }
  return { labelToKey, kindToKey, closeNotAsked, closeNotAskedTyped, none };
}

export const reading: ReadingVocabulary = buildReading();

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(LOCALES, value);
}
