import { translate, type Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";

/** Looks up a taskpane string; only `ui.*` keys, so a typo or a formula key fails the type check. */
export type Translate = (key: UiMessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  return (key, values) => translate(language, key, values);
}

/** The BCP 47 tag of a language, for `lang` attributes and number formats. */
export function localeOf(language: Language): "en-US" | "zh-CN" {
  return language === "zh" ? "zh-CN" : "en-US";
}

/** Whole numbers with the locale's grouping, e.g. 10,000. */
export function formatCount(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(value);
}

/** One decimal, as the summary shows stock days: 5.0, -1.4. */
export function formatOneDecimal(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A fraction as a percentage with one decimal, as the sheets format WMAPE: 0.083 → 8.3%. */
export function formatPercent(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
