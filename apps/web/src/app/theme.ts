import type { ThemeConfig } from 'antd';

/**
 * A sober government palette. Every text colour keeps at least 4.5:1 on white (WCAG 1.4.3):
 * primary #0B4F9C is 8.0:1, error #B3261E 6.5:1, secondary text rgba(0,0,0,.65) 5.7:1,
 * tertiary/description text raised from antd's .45 to .6 (5.7:1).
 */
export const COLORS = {
  primary: '#0B4F9C',
  primaryDark: '#083B75',
  accent: '#B3261E',
  success: '#1E7B34',
  warning: '#9A5B00',
  surface: '#F4F7FB',
} as const;

export const FONT_FAMILY =
  "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: COLORS.primary,
    colorInfo: COLORS.primary,
    colorLink: COLORS.primary,
    colorError: COLORS.accent,
    colorSuccess: COLORS.success,
    colorWarning: COLORS.warning,
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontFamily: FONT_FAMILY,
    fontSize: 15,
    borderRadius: 6,
  },
  components: {
    Layout: {
      headerBg: '#FFFFFF',
      siderBg: COLORS.primaryDark,
      bodyBg: COLORS.surface,
      footerBg: COLORS.surface,
    },
  },
};
