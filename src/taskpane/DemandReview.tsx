import { Body1 } from "@fluentui/react-components";
import type { Language } from "../i18n";
import { Section } from "./Section";
import { translator } from "./strings";

/** The demand review: where the forecast the plan balances is (statistical forecasts come later). */
export function DemandReview({ language }: { readonly language: Language }): React.JSX.Element {
  const t = translator(language);
  return (
    <Section title={t("ui.demand.heading")}>
      <Body1 as="p">{t("ui.demand.intro")}</Body1>
    </Section>
  );
}
