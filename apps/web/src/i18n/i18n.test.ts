import { describe, expect, it } from 'vitest';
import en from './en.json';
import { i18n, setLanguage } from './i18n.ts';
import vi from './vi.json';

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

const viKeys = flatten(vi);
const enKeys = flatten(en);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();
}

describe('i18n resources', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...viKeys.keys()].sort());
  });

  it('are NFC-normalised and never empty', () => {
    for (const [key, text] of [...viKeys, ...enKeys]) {
      expect(text.normalize('NFC'), key).toBe(text);
      expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [key, text] of viKeys) {
      expect(placeholders(enKeys.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('write Vietnamese with its diacritics', () => {
    expect(vi.app.skipToContent).toBe('Bỏ qua đến nội dung chính');
    expect(vi.app.portalName).toBe('Cổng dịch vụ công Liên Thông');
    expect(vi.footer.governingBody).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(vi.notFound.title).toBe('Không tìm thấy trang');
    expect(vi.login.title).toBe('Đăng nhập hệ thống');
  });

  it('start in Vietnamese and keep <html lang> in step with the language', async () => {
    expect(i18n.language).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    await setLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('nav.home')).toBe('Home');
    expect(window.localStorage.getItem('lienthong.language')).toBe('en');
    await setLanguage('vi');
    expect(document.documentElement.lang).toBe('vi');
  });
});
