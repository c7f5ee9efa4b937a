/** The languages of the product. Formulas take the short code (`en`, `zh`), the UI the locale. */
export type Language = "en" | "zh";
export const LANGUAGES: readonly Language[] = ["en", "zh"];
