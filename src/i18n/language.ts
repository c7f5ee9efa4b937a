/** The languages of the product. Formulas take the short code (`en`, `zh`), the UI the locale. */
export type Language = "en" | "zh";
export const LANGUAGES: readonly Language[] = ["en", "zh"];

/**
 * The language of a BCP 47 tag, as Excel's display language (or the browser's, in the playground)
 * gives it: Chinese for every `zh` tag (`zh-CN`, `zh-Hans-SG`, `zh-TW`), English for the rest.
 */
export function languageOfTag(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith("zh") === true ? "zh" : "en";
}
