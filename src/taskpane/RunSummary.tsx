import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import type { Language } from "../i18n";
import { FactList, planFacts } from "./Facts";
import { translator } from "./strings";
import type { PlanAction, PlanSuccess } from "./workflow";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
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
      <FactList language={language} facts={planFacts(language, summary)} />
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
