import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { translator } from "./strings";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
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
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t("ui.functions")}
      </Subtitle2>
      {FORMULAS.map((formula) => (
        <Card key={formula.signature} appearance="subtle">
          <CardHeader header={<code className={styles.formula}>{formula.signature}</code>} />
          <Body1>{t(formula.summary)}</Body1>
          <Caption1>
            {t("ui.example")}: <code className={styles.formula}>{formula.example}</code>
          </Caption1>
        </Card>
      ))}
    </section>
  );
}
