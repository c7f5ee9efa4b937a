import { Body1, Caption1, Card, CardHeader, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { Section } from "./Section";
import { translator } from "./strings";

const useStyles = makeStyles({
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

interface FormulaHelp {
  readonly signature: string;
  readonly summary: UiMessageKey;
  readonly example: string;
}

/** Examples use the seed's 6-month demo laid out as months across columns B:G. */
const FORMULAS: readonly FormulaHelp[] = [
  {
    signature:
      "=SOP.BALANCE(forecast, orders, opening_stock, production, capacity, safety_stock, [excess_multiple], [days_per_period], [language])",
    summary: "ui.balance.summary",
    example: "=SOP.BALANCE(B2:G2, B3:G3, B4, B5:G5, B6, B7:G7)",
  },
  {
    signature:
      "=SOP.GAP(demand, supply, option_names, option_capacities, [option_unit_costs], [language])",
    summary: "ui.gap.summary",
    example: "=SOP.GAP(15000, 13000, A10:A13, B10:B13)",
  },
];

/** The formulas a planner can type in any cell, with an example each. */
export function FormulaReference({ language }: { readonly language: Language }): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  return (
    <Section title={t("ui.functions")}>
      {FORMULAS.map((formula) => (
        <Card key={formula.signature} appearance="subtle">
          <CardHeader header={<code className={styles.formula}>{formula.signature}</code>} />
          <Body1>{t(formula.summary)}</Body1>
          <Caption1>
            {t("ui.example")}: <code className={styles.formula}>{formula.example}</code>
          </Caption1>
        </Card>
      ))}
    </Section>
  );
}
