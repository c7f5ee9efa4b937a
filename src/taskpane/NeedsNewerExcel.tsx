import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Feature } from "../workbook";
import { describeSets, FEATURE_SETS } from "../workbook";
import type { Language } from "../i18n";
import { translator } from "./strings";

/**
 * What this Excel cannot do, and the requirement sets each feature needs: shown (as information,
 * nothing is wrong) where the features' buttons stay disabled. Nothing when nothing is missing.
 */
export function NeedsNewerExcel({
  language,
  missing,
}: {
  readonly language: Language;
  readonly missing: readonly Feature[];
}): React.JSX.Element | null {
  const t = translator(language);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("ui.needs.title")}</MessageBarTitle>
        {missing.map((feature) => (
          <div key={feature}>
            {t(`ui.needs.${feature}`, { sets: describeSets(FEATURE_SETS[feature]) })}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
