import { describe, expect, it } from 'vitest';
import { definitionFixture } from './procedures.fixtures.ts';
import { buildCatalogueWorkbook, readCatalogueWorkbook } from './procedures-xlsx.ts';

describe('catalogue workbook', () => {
  it('splits a definition longer than an Excel cell over several columns and reads it back whole', async () => {
    const big = definitionFixture();
    const properties: Record<string, unknown> = {};
    for (let i = 0; i < 600; i += 1) {
      properties[`truong${i}`] = { type: 'string', title: `Trường thông tin bổ sung số ${i} của tờ khai` };
    }
    big.form.schema = { type: 'object', properties };
    big.form.groups = [{ title: 'Tất cả', fields: Object.keys(properties) }];
    expect(JSON.stringify(big).length).toBeGreaterThan(40_000);
    const small = definitionFixture({ code: '1.000656.000.00.00.H26' });
    const bytes = await buildCatalogueWorkbook([
      { validFrom: '2025-07-01', definition: big },
      { validFrom: '2025-07-01', definition: small },
    ]);
    const read = await readCatalogueWorkbook(bytes);
    expect(read.errors).toEqual([]);
    expect(read.rows).toEqual([
      { row: 2, value: { validFrom: '2025-07-01', definition: big } },
      { row: 3, value: { validFrom: '2025-07-01', definition: small } },
    ]);
  });
});
