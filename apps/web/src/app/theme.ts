import type { ThemeConfig } from 'antd';

/**
 * A sober government palette. Every text colour keeps at least 4.5:1 on white (WCAG 1.4.3):
 * primary #0B4F9C is 8.0:1, error #B3261E 6.5:1, secondary text rgba(0,0,0,.65) 5.7:1,
 * tertiary/description text raised from antd's .45 to .6 (5.7:1).
 * antd derives status backgrounds from the base colour's palette; for these dark bases it gives
 * muddy greys (success text on its background 2.7:1, warning 3.6:1), so success and warning
 * backgrounds are set: #1E7B34 on #EDF7EF is 4.9:1, #9A5B00 on #FFF5E0 5.0:1 (tags, alerts).
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
    colorSuccessBg: '#EDF7EF',
    colorSuccessBorder: '#9FCFAA',
    colorWarningBg: '#FFF5E0',
    colorWarningBorder: '#E8C27A',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontFamily: FONT_FAMILY,
    fontSize: 15,
    borderRadius: 6,
  },
  components: {
    // An empty table says so in "disabled" text (antd: 25 % black, 1.9:1); it is a message, not a
    // disabled control: 4.5:1 or more.
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    Layout: {
      headerBg: '#FFFFFF',
      siderBg: COLORS.primaryDark,
      bodyBg: COLORS.surface,
      footerBg: COLORS.surface,
    },
  },
};
