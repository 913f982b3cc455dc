import {
  DELIVERY_METHODS,
  DOSSIER_ACTIONS,
  DOSSIER_FORMS,
  DOSSIER_QUEUES,
  DOSSIER_STATES,
  DossierActionBodies,
  PrefillSource,
} from '@lienthong/contracts';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS, actionBody, fieldOfPath, lastConsultedUnit } from './action-fields.ts';
import { toCsv } from './csv.ts';
import { describeForm, type FormWords } from './form-values.ts';
import {
  ACTION_CODES,
  actionPath,
  applicableForms,
  DELIVERY_CODES,
  FORM_CODES,
  PREFILL_SOURCE_CODES,
  QUEUE_CODES,
  STATE_CODES,
} from './labels.ts';
import en from './one-stop.en.json';
import vi from './one-stop.vi.json';
import { dossierView, PROCEDURE, STATS } from './one-stop-fixtures.ts';
import { figuresOf } from './stats-figures.ts';
import { periodLabel, periodOf } from './stats-period.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();

describe('one-stop vocabulary', () => {
  it('has the codes and the Vietnamese labels of the contracts', () => {
    expect([...STATE_CODES]).toEqual(Object.keys(DOSSIER_STATES));
    expect([...ACTION_CODES]).toEqual(Object.keys(DOSSIER_ACTIONS));
    expect([...QUEUE_CODES].sort()).toEqual(Object.keys(DOSSIER_QUEUES).sort());
    expect([...FORM_CODES]).toEqual(Object.keys(DOSSIER_FORMS));
    expect([...DELIVERY_CODES]).toEqual(Object.keys(DELIVERY_METHODS));
    expect([...PREFILL_SOURCE_CODES]).toEqual(PrefillSource.options);
    expect(vi.states).toEqual(DOSSIER_STATES);
    expect(vi.actions).toEqual(DOSSIER_ACTIONS);
    expect(vi.queues).toEqual(DOSSIER_QUEUES);
    expect(vi.forms).toEqual(DOSSIER_FORMS);
    expect(vi.delivery).toEqual(DELIVERY_METHODS);
  });

  it('has the same keys and variables in Vietnamese and English, NFC, never empty', () => {
    const viKeys = flatten(vi);
    const enKeys = flatten(en);
    expect([...enKeys.keys()].sort()).toEqual([...viKeys.keys()].sort());
    for (const [key, text] of viKeys) {
      expect(placeholders(enKeys.get(key) ?? ''), key).toEqual(placeholders(text));
      expect(text.normalize('NFC'), key).toBe(text);
      expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('posts actions to hyphenated paths', () => {
    expect(actionPath('request_supplement')).toBe('request-supplement');
    expect(actionPath('consult_reply')).toBe('consult-reply');
    expect(actionPath('sign')).toBe('sign');
  });

  it('offers the forms that apply from the history', () => {
    expect(applicableForms(['submit'])).toEqual([]);
    expect(applicableForms(['submit', 'refuse'])).toEqual(['03']);
    expect(applicableForms(['submit', 'receive', 'request_supplement', 'apologize', 'stop'])).toEqual([
      '01',
      '02',
      '04',
      '05',
      '06',
    ]);
  });
});

describe('action bodies', () => {
  it('ask exactly for the fields of DossierActionBodies (revision added when sending)', () => {
    for (const action of ACTION_CODES) {
      const shape = Object.keys(DossierActionBodies[action].shape).filter((key) => key !== 'revision');
      // `supplement` at the desk records a note; the applicant's files come from the portal.
      const expected = action === 'supplement' ? ['note'] : shape;
      expect([...ACTION_FIELDS[action]].sort(), action).toEqual(expected.sort());
    }
  });

  it('build bodies the contracts accept', () => {
    const values = {
      reason: '  Thiếu giấy chứng sinh  ',
      note: '   ',
      newDate: dayjs('2026-03-20'),
      partCodes: ['giay-chung-sinh'],
    };
    const supplement = actionBody('request_supplement', values);
    expect(supplement).toEqual({ reason: 'Thiếu giấy chứng sinh', partCodes: ['giay-chung-sinh'] });
    expect(DossierActionBodies.request_supplement.safeParse({ ...supplement, revision: 3 }).success).toBe(
      true,
    );
    const apology = actionBody('apologize', values);
    expect(apology).toEqual({ reason: 'Thiếu giấy chứng sinh', newDate: '2026-03-20' });
    expect(DossierActionBodies.apologize.safeParse({ ...apology, revision: 3 }).success).toBe(true);
    expect(actionBody('receive', values)).toEqual({});
    expect(actionBody('deliver', { method: 'post' })).toEqual({ method: 'post' });
    expect(actionBody('archive', values)).toEqual({});
  });

  it('maps problem paths onto the fields and finds the unit consulted last', () => {
    expect(fieldOfPath('refuse', 'body.reason')).toBe('reason');
    expect(fieldOfPath('refuse', '/reason')).toBe('reason');
    expect(fieldOfPath('apologize', 'newDate')).toBe('newDate');
    expect(fieldOfPath('refuse', 'body.revision')).toBeUndefined();
    const history = dossierView().history;
    expect(lastConsultedUnit(history)).toBeUndefined();
    const consulted = [
      ...history,
      { ...history[1], seq: 3, action: 'consult', data: { unitId: 'u-1' } },
      { ...history[1], seq: 4, action: 'consult', data: { unitId: 'u-2' } },
    ] as typeof history;
    expect(lastConsultedUnit(consulted)).toBe('u-2');
  });
});

describe('describeForm', () => {
  const words: FormWords = {
    yes: 'Có',
    no: 'Không',
    empty: '(trống)',
    other: 'Khác',
    item: (n) => `Mục ${n}`,
  };

  it('labels values by the schema, by question group, with what no group holds last', () => {
    const { schema, groups } = PROCEDURE.definition.form;
    const sections = describeForm(schema, groups, dossierView().formData, words);
    expect(sections.map((section) => section.title)).toEqual([
      'Người yêu cầu',
      'Người được khai sinh',
      'Khác',
    ]);
    expect(sections[0]?.rows).toEqual([
      { kind: 'field', path: 'requesterName', label: 'Họ và tên người yêu cầu', value: 'Nguyễn Văn An' },
    ]);
    expect(sections[1]?.rows).toEqual([
      {
        kind: 'group',
        path: 'child',
        label: 'Thông tin người được khai sinh',
        rows: [
          { kind: 'field', path: 'child.fullName', label: 'Họ, chữ đệm và tên', value: 'Nguyễn Minh Khôi' },
          { kind: 'field', path: 'child.birthDate', label: 'Ngày, tháng, năm sinh', value: '01/03/2026' },
          { kind: 'field', path: 'child.sex', label: 'Giới tính', value: 'Nam' },
        ],
      },
      { kind: 'field', path: 'copies', label: 'Số bản sao yêu cầu', value: '2' },
    ]);
    expect(sections[2]?.rows).toEqual([
      { kind: 'field', path: 'sameAddress', label: 'Cha mẹ cùng nơi cư trú', value: 'Có' },
      { kind: 'field', path: 'extraNote', label: 'extraNote', value: 'Sinh tại Bệnh viện Phụ sản Hà Nội' },
    ]);
  });

  it('shows arrays, enumNames and raw keys without a schema', () => {
    const schema = {
      properties: {
        kind: { title: 'Loại', enum: ['a', 'b'], enumNames: ['Loại A', 'Loại B'] },
        tags: { title: 'Nhãn', type: 'array', items: { type: 'string' } },
        people: { title: 'Thành viên', type: 'array', items: { properties: { name: { title: 'Tên' } } } },
      },
    };
    const [section] = describeForm(
      schema,
      [],
      { kind: 'b', tags: ['x', 'y'], people: [{ name: 'Bình' }] },
      words,
    );
    expect(section?.title).toBe('');
    expect(section?.rows[0]).toMatchObject({ label: 'Loại', value: 'Loại B' });
    expect(section?.rows[1]).toMatchObject({ label: 'Nhãn', value: 'x, y' });
    expect(section?.rows[2]).toEqual({
      kind: 'group',
      path: 'people',
      label: 'Thành viên',
      rows: [
        {
          kind: 'group',
          path: 'people.0',
          label: 'Mục 1',
          rows: [{ kind: 'field', path: 'people.0.name', label: 'Tên', value: 'Bình' }],
        },
      ],
    });
    expect(describeForm(undefined, [], { a: null }, words)[0]?.rows).toEqual([
      { kind: 'field', path: 'a', label: 'a', value: '(trống)' },
    ]);
  });
});

describe('statistics helpers', () => {
  it('turns months, quarters and years into days', () => {
    expect(periodOf('month', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodOf('month', '2028-02-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf('quarter', '2026-05-20')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodOf('quarter', '2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('year', '2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodOf('month', 'hôm qua')).toBeUndefined();
    const words = {
      month: (m: string, y: string) => `tháng ${m}/${y}`,
      quarter: (q: number, y: string) => `quý ${q}/${y}`,
      year: (y: string) => `năm ${y}`,
      range: (f: string, t: string) => `${f}–${t}`,
    };
    expect(periodLabel('quarter', { from: '2026-04-01', to: '2026-06-30' }, words)).toBe('quý 2/2026');
    expect(periodLabel('range', { from: '2026-04-01', to: '2026-06-30' }, words)).toBe(
      '01/04/2026–30/06/2026',
    );
  });

  it('computes the shares over their own denominators', () => {
    const f = figuresOf(STATS.totals);
    expect(f.onTime).toBe(0.95);
    expect(f.late).toBe(60);
    expect(f.online).toBe(0.97);
    expect(f.paidOnline).toBe(0.75);
    expect(f.satisfaction).toBe(0.94);
    expect(f.averageRating).toBe(4.5);
    expect(figuresOf({ ...STATS.totals, resolved: 0, rated: 0 }).onTime).toBeNull();
  });

  it('writes CSV for Excel: BOM, CRLF, quotes, no formulas', () => {
    const csv = toCsv([
      ['Đơn vị', 'Tiếp nhận'],
      ['Phường "Hoàn Kiếm", trung tâm', 500],
      ['=HYPERLINK("x")', null],
    ]);
    expect(csv).toBe(
      '\uFEFFĐơn vị,Tiếp nhận\r\n"Phường ""Hoàn Kiếm"", trung tâm",500\r\n"\'=HYPERLINK(""x"")",\r\n',
    );
  });
});
