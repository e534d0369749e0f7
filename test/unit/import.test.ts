import { describe, expect, it } from 'vitest';
import { fieldOfHeader, fieldOfName, mapColumns, spreadsheetDate } from '../../src/domain/import.js';

describe('import mapping', () => {
  it('recognises common English and Chinese headers', () => {
    const header = ['客户名称', '联系人', '电话', '阶段', '标签', '负责人', '最近联系', '下次拜访', '备注', 'Last Contact', 'Company Name'];
    expect(header.map(fieldOfHeader)).toEqual(['name', 'contact', 'phone', 'stage', 'tags', 'owner', 'lastContact', 'nextVisit', 'notes', 'lastContact', 'name']);
    expect(fieldOfHeader('Favourite colour')).toBeNull();
  });

  it('reads a field as --map writes it', () => {
    expect(['last-contact', 'lastContact', 'last contact', 'NEXT_VISIT', 'nom'].map(fieldOfName)).toEqual(['lastContact', 'lastContact', 'lastContact', 'nextVisit', null]);
  });

  it('lets --map win over a recognised header, the first recognised column otherwise', () => {
    expect(mapColumns(['名称', '公司名称', 'x'], [])).toEqual({ mapping: { name: 0 } });
    expect(mapColumns(['名称', '公司名称', 'x'], [{ column: '公司名称', field: 'name' }, { column: '名称', field: null }])).toEqual({ mapping: { name: 1 } });
  });
});

describe('spreadsheetDate', () => {
  it('reads the ways spreadsheets write a date, and refuses what is not a real one', () => {
    expect(['2026-11-06', '2026/11/6', '2026.1.6', '2026年11月6日', '2026-11-06 14:30:00'].map(spreadsheetDate)).toEqual(['2026-11-06', '2026-11-06', '2026-01-06', '2026-11-06', '2026-11-06']);
    expect(['2026-02-30', '11/06/2026', 'soon'].map(spreadsheetDate)).toEqual([null, null, null]);
  });
});
