import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanSummary } from "../workbook";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { formatCount, formatOneDecimal, translator } from "./strings";

const useStyles = makeStyles({
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
});

/** One line of a summary: what it is (a ui key) and its value, already worded. */
export type Fact = readonly [term: UiMessageKey, value: string];

/** A summary as term → value pairs, two columns even in the narrow pane. */
export function FactList({
  language,
  facts,
}: {
  readonly language: Language;
  readonly facts: readonly Fact[];
}): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  return (
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
  );
}

/** What a balance found: size, shortage periods, first shortage, lowest stock days (and tables). */
export function planFacts(language: Language, summary: PlanSummary): Fact[] {
  const t = translator(language);
  const none = t("ui.summary.none");
  const facts: Fact[] = [
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
  return facts;
}
