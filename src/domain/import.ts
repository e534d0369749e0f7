/**
 * Customers from a spreadsheet: which column is which field (English and Chinese headers
 * recognised, `--map` for the rest), and each row checked and turned into a new customer.
 * Pure: the CSV is read by the adapter, the files written by the command.
 */
import type { NewCustomer } from './format/front-matter.js';
import type { Config } from './config.js';
import { isIsoDate, type IsoDate } from './dates.js';
import { issue, type Issue } from './errors.js';
import { oneLine } from './format/text.js';
import { knownStage } from './method/stages.js';
import { MAX_CADENCE } from './limits.js';

export const IMPORT_FIELDS = ['name', 'contact', 'phone', 'stage', 'cadence', 'tags', 'owner', 'lastContact', 'nextVisit', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column headers recognised without --map, compared lower-cased with spaces, `_` and `-` removed. */
const KNOWN: Record<ImportField, string[]> = {
  name: ['name', 'customer', 'customername', 'company', 'companyname', 'account', 'accountname', 'client', '客户', '客户名称', '客户名', '公司', '公司名称', '名称', '单位名称'],
  contact: ['contact', 'contactperson', 'contactname', 'person', '联系人', '联系人姓名', '姓名'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'phonenumber', 'cell', '电话', '手机', '手机号', '手机号码', '联系电话', '电话号码'],
  stage: ['stage', 'dealstage', 'salesstage', 'pipelinestage', '阶段', '销售阶段', '客户阶段'],
  cadence: ['cadence', 'cadencedays', 'visitcadence', '周期', '拜访周期', '跟进周期'],
  tags: ['tags', 'tag', 'labels', 'label', '标签'],
  owner: ['owner', 'accountowner', 'salesrep', 'rep', '负责人', '销售', '业务员', '客户经理'],
  lastContact: ['lastcontact', 'lastcontacted', 'lastvisit', 'lastactivity', 'lastcontactdate', '最近联系', '上次拜访', '最后联系', '最近拜访', '上次联系', '最近联系时间', '最后跟进'],
  nextVisit: ['nextvisit', 'nextcontact', 'nextfollowup', 'next', 'nextvisitdate', '下次拜访', '下次联系', '下次跟进', '计划拜访'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'description', '备注', '说明', '描述'],
};

const squeeze = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s_\-./（）()]+/g, '');

/** The field a header names, or null. */
export function fieldOfHeader(header: string): ImportField | null {
  const key = squeeze(header);
  for (const f of IMPORT_FIELDS) if (KNOWN[f].includes(key)) return f;
  return null;
}

/** A field as the user may write it in --map: `last-contact`, `lastContact`, `last contact`. */
export function fieldOfName(name: string): ImportField | null {
  const key = squeeze(name);
  return IMPORT_FIELDS.find((f) => f.toLowerCase() === key) ?? null;
}

/** Column index per field; `--map col=field` wins over the known headers, `col=-` ignores a column. */
export type Mapping = Partial<Record<ImportField, number>>;

export function mapColumns(header: string[], maps: { column: string; field: ImportField | null }[]): { mapping: Mapping } | { error: Issue } {
  const mapping: Mapping = {};
  const overridden = new Set<number>();
  for (const m of maps) {
    const exact = header.indexOf(m.column.trim());
    const index = exact >= 0 ? exact : header.findIndex((h) => squeeze(h) === squeeze(m.column));
    if (index < 0) return { error: issue('import.unknownColumn', { column: m.column, columns: header }) };
    overridden.add(index);
    if (m.field) mapping[m.field] = index;
  }
  header.forEach((h, i) => {
    if (overridden.has(i)) return;
    const f = fieldOfHeader(h);
    if (f && mapping[f] === undefined) mapping[f] = i;
  });
  return { mapping };
}

/** A customer read from a row: what `new` writes, and the dates and notes the row gave. */
export interface ImportedCustomer extends Omit<NewCustomer, 'created'> {
  lastContact?: IsoDate;
  nextVisit?: IsoDate;
  notes?: string;
}

/** A date as spreadsheets write it: 2026-11-06, 2026/11/6, 2026.11.6, 2026年11月6日, a time after it ignored. */
export function spreadsheetDate(value: string): IsoDate | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** One row as a customer, or the first reason it cannot be imported. */
export function rowCustomer(cells: string[], header: string[], mapping: Mapping, config: Config): { customer: ImportedCustomer } | { error: Issue } {
  const cell = (f: ImportField) => {
    const i = mapping[f];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const column = (f: ImportField) => header[mapping[f]!] ?? f;
  const name = oneLine(cell('name'));
  if (name === '') return { error: issue('import.emptyName') };
  const c: ImportedCustomer = { name };
  if (cell('contact')) c.contact = oneLine(cell('contact'));
  if (cell('phone')) c.phone = oneLine(cell('phone'));
  if (cell('owner')) c.owner = oneLine(cell('owner'));
  if (cell('stage')) {
    const known = knownStage(cell('stage'), config.stages);
    if (!known) return { error: issue('stage.unknown', { stage: oneLine(cell('stage')), stages: config.stages }) };
    c.stage = known;
  }
  if (cell('cadence')) {
    const m = /^(\d{1,4})\s*(?:d|days?|天)?$/i.exec(cell('cadence'));
    // The file's reader refuses a cadence over MAX_CADENCE: no row writes one.
    if (!m || Number(m[1]) === 0 || Number(m[1]) > MAX_CADENCE) return { error: issue('import.badCadence', { column: column('cadence'), value: cell('cadence') }) };
    c.cadence = Number(m[1]);
  }
  if (cell('tags')) {
    const tags = cell('tags').split(/[,;，；、|]+/).map((t) => oneLine(t)).filter(Boolean);
    if (tags.length > 0) c.tags = [...new Set(tags)];
  }
  for (const f of ['lastContact', 'nextVisit'] as const) {
    if (!cell(f)) continue;
    const date = spreadsheetDate(cell(f));
    if (date === null) return { error: issue('import.badDate', { column: column(f), value: cell(f) }) };
    c[f] = date;
  }
  if (c.lastContact && c.nextVisit && c.nextVisit <= c.lastContact) {
    return { error: issue('import.nextBeforeLast', { next: c.nextVisit, last: c.lastContact }) };
  }
  const notes = cell('notes').replace(/\r\n?/g, '\n').trim();
  if (notes) c.notes = notes;
  return { customer: c };
}

/** Notes as free text under the file's title: nothing in them may read as a heading. */
export function notesBlock(notes: string): string {
  return notes
    .split('\n')
    .map((l) => (/^\s{0,3}#/.test(l) ? `\\${l.trimStart()}` : l.replace(/\s+$/, '')))
    .join('\n') + '\n';
}

/** The front matter keys a merge may add to an existing customer: those it lacks. */
export function missingKeys(c: ImportedCustomer, fields: Record<string, unknown>): { key: string; value: string }[] {
  const has = (k: string) => fields[k] !== undefined && fields[k] !== null && String(fields[k]).trim() !== '';
  const out: { key: string; value: string }[] = [];
  const add = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '' && !has(key)) out.push({ key, value });
  };
  add('contact', c.contact);
  add('phone', c.phone);
  add('stage', c.stage);
  add('cadence', c.cadence === undefined ? undefined : String(c.cadence));
  add('tags', c.tags?.join(', '));
  add('owner', c.owner);
  return out;
}
