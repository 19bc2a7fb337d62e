/**
 * Fluent UI web components with the Office theme: the pane follows Excel's body colours where the
 * host tells them (Office.context.officeTheme) and uses Excel's green as the accent.
 */
import {
  provideFluentDesignSystem, fluentButton, fluentCheckbox, fluentSelect, fluentOption, fluentNumberField, accentBaseColor, baseLayerLuminance, fillColor,
  neutralBaseColor, SwatchRGB, StandardLuminance, isDark,
} from '@fluentui/web-components';

const EXCEL_GREEN = '#217346';

function swatch(hex: string): SwatchRGB | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return SwatchRGB.create(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

export function registerFluent(): void {
  provideFluentDesignSystem().register(
    fluentButton(), fluentCheckbox(), fluentSelect(), fluentOption(), fluentNumberField(),
  );
}

export interface OfficeTheme {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

export function applyOfficeTheme(theme: OfficeTheme | undefined): void {
  const root = document.body;
  accentBaseColor.setValueFor(root, swatch(EXCEL_GREEN)!);
  neutralBaseColor.setValueFor(root, swatch('#808080')!);
  const bg = theme?.bodyBackgroundColor ? swatch(theme.bodyBackgroundColor) : null;
  if (bg) {
    baseLayerLuminance.setValueFor(root, isDark(bg) ? StandardLuminance.DarkMode : StandardLuminance.LightMode);
    fillColor.setValueFor(root, bg);
    root.style.background = theme!.bodyBackgroundColor!;
  }
  if (theme?.bodyForegroundColor) root.style.color = theme.bodyForegroundColor;
}
