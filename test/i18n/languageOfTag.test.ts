import { languageOfTag } from "../../src/i18n";

/** Excel's display language (or the browser's) as the product's language: Chinese for any zh tag. */
test.each<[string | undefined, "en" | "zh"]>([
  ["zh-CN", "zh"],
  ["zh-cn", "zh"],
  ["zh-Hans-SG", "zh"],
  ["zh-TW", "zh"],
  ["ZH", "zh"],
  ["en-US", "en"],
  ["de-DE", "en"],
  ["", "en"],
  [undefined, "en"],
])("%s → %s", (tag, language) => {
  expect(languageOfTag(tag)).toBe(language);
});
