import { configure, fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderApp } from '../../test/render.tsx';
import en from './procedures.en.json';
import vi_ from './procedures.vi.json';
import { BIRTH_ID, catalogueApi, MANAGER } from './procedures-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

beforeEach(() => {
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:tep'), revokeObjectURL: vi.fn() }),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** Serious and critical WCAG 2.1 A/AA violations (contrast is left to the browser journeys: jsdom has no layout). */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('catalogue pages: accessibility (axe-core)', { timeout: 60_000 }, () => {
  it('the public catalogue with its filters', async () => {
    catalogueApi();
    renderApp('/thu-tuc');
    await screen.findByRole('heading', { level: 3, name: 'Đăng ký khai sinh' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('a procedure', async () => {
    catalogueApi();
    renderApp(`/thu-tuc/${BIRTH_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Đăng ký khai sinh' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('the workspace catalogue with an import summary', async () => {
    catalogueApi({
      user: MANAGER,
      onImport: () =>
        jsonResponse({
          dryRun: true,
          created: 0,
          updated: 1,
          unchanged: 3,
          errors: [{ row: 2, code: 'VALIDATION_FAILED', message: 'definition.code: Sai định dạng' }],
        }),
    });
    renderApp('/app/quan-tri/thu-tuc');
    await screen.findByText('1.001193.000.00.00.H26');
    const file = new File(['{}'], 'danh-muc.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Tệp danh mục (.xlsx hoặc .json)'), { target: { files: [file] } });
    fireEvent.click(screen.getByText('Kiểm tra (chạy thử)'));
    await screen.findByText('definition.code: Sai định dạng');
    expect(await seriousViolations()).toEqual([]);
  });
});

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

describe('catalogue texts', () => {
  it('have the same keys and variables in Vietnamese and English, NFC', () => {
    const viKeys = flatten(vi_);
    const enKeys = flatten(en);
    expect([...enKeys.keys()].sort()).toEqual([...viKeys.keys()].sort());
    const vars = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, text] of viKeys) {
      expect(text.normalize('NFC'), key).toBe(text);
      expect(vars(enKeys.get(key) ?? ''), key).toEqual(vars(text));
    }
  });
});
