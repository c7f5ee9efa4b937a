import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { formatCount, formatOneDecimal, translator } from "./strings";
import type { PlanAction, PlanSuccess } from "./workflow";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: {
    display: "contents",
  },
  term: {
    color: tokens.colorNeutralForeground2,
  },
  value: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  open: {
    alignSelf: "flex-start",
  },
});

export interface RunSummaryProps {
  readonly language: Language;
  readonly action: PlanAction;
  readonly outcome: PlanSuccess;
  readonly onShowSheet: (sheet: string) => void;
}

/** What a successful run wrote and what the planner should look at first. */
export function RunSummary({
  language,
  action,
  outcome,
  onShowSheet,
}: RunSummaryProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const { summary, sheet, preferredSheet } = outcome;
  const none = t("ui.summary.none");
  const facts: [UiMessageKey, string][] = [
    ["ui.summary.families", formatCount(language, summary.families)],
    ["ui.summary.periods", formatCount(language, summary.periods)],
    ["ui.summary.shortagePeriods", formatCount(language, summary.shortagePeriods)],
    [
      "ui.summary.firstShortage",
      summary.firstShortage
        ? t("ui.summary.point", {
            family: summary.firstShortage.family,
            period: summary.firstShortage.period,
          })
        : none,
    ],
    [
      "ui.summary.lowestStockDays",
      summary.lowestStockDays
        ? t("ui.summary.stockDays", {
            days: formatOneDecimal(language, summary.lowestStockDays.stockDays),
            family: summary.lowestStockDays.family,
            period: summary.lowestStockDays.period,
          })
        : none,
    ],
  ];
  if (summary.scenarioTables !== undefined) {
    facts.push(["ui.summary.scenarioTables", formatCount(language, summary.scenarioTables)]);
  }
  return (
    <div className={styles.summary}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {t(action === "plan" ? "ui.summary.planTitle" : "ui.summary.scenariosTitle", {
              sheet,
            })}
          </MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>
              <Body1>{t(term)}</Body1>
            </dt>
            <dd className={styles.value}>
              <Body1>{value}</Body1>
            </dd>
          </div>
        ))}
      </dl>
      <Button
        className={styles.open}
        icon={<Open16Regular />}
        onClick={() => {
          onShowSheet(sheet);
        }}
      >
        {t("ui.summary.openSheet", { sheet })}
      </Button>
      {preferredSheet !== undefined ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t("ui.summary.preferredSheet", { preferred: preferredSheet, sheet })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
