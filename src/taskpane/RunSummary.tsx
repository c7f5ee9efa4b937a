import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../i18n";
import { Success } from "./ActionFeedback";
import { FactList, planFacts } from "./Facts";
import { translator } from "./strings";
import type { PlanAction, PlanSuccess } from "./workflow";
import { WrittenSheet } from "./WrittenSheet";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
  },
});

export interface RunSummaryProps {
  readonly language: Language;
  readonly action: PlanAction;
  readonly outcome: PlanSuccess;
  readonly onShowSheet: (sheet: string) => Promise<void>;
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
  return (
    <div className={styles.summary}>
      <Success
        title={t(action === "plan" ? "ui.summary.planTitle" : "ui.summary.scenariosTitle", {
          sheet,
        })}
      />
      <FactList language={language} facts={planFacts(language, summary)} />
      <WrittenSheet
        language={language}
        sheet={sheet}
        preferredSheet={preferredSheet}
        onShowSheet={onShowSheet}
      />
    </div>
  );
}
