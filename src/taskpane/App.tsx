import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { LANGUAGES, translate, type Language, type MessageKey } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

const LANGUAGE_NAMES: Record<Language, string> = { en: "English", zh: "中文" };

interface FormulaHelp {
  readonly signature: string;
  readonly summary: MessageKey;
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

export interface AppProps {
  /** The language to start in: Excel's display language, or the one saved in the workbook. */
  readonly initialLanguage: Language;
}

export function App({ initialLanguage }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const t = (key: MessageKey): string => translate(language, key);

  return (
    <main className={styles.root} lang={language === "zh" ? "zh-CN" : "en-US"}>
      <header className={styles.header}>
        <Title3 as="h1">{t("ui.title")}</Title3>
        <Body1 as="p">{t("ui.subtitle")}</Body1>
      </header>
      <Field label={t("ui.language")}>
        <Dropdown
          value={LANGUAGE_NAMES[language]}
          selectedOptions={[language]}
          onOptionSelect={(_, data) => {
            const next = LANGUAGES.find((code) => code === data.optionValue);
            if (next) setLanguage(next);
          }}
        >
          {LANGUAGES.map((code) => (
            <Option key={code} value={code}>
              {LANGUAGE_NAMES[code]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <section aria-labelledby="formulas-heading">
        <Subtitle2 as="h2" id="formulas-heading">
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
      <MessageBar intent="info">
        <MessageBarBody>{t("ui.comingNext")}</MessageBarBody>
      </MessageBar>
    </main>
  );
}
