import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookProblem } from "../workbook";
import { describeWorkbookProblem, type Language } from "../i18n";
import { formatCount, translator } from "./strings";
import type { ActionKind } from "./workflow";

const useStyles = makeStyles({
  count: {
    margin: 0,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
});

export interface ProblemListProps {
  readonly language: Language;
  /** The run refused; its title says what was not done. */
  readonly action?: ActionKind;
  /** A title of its own (the version operations'), instead of the run's. */
  readonly title?: string;
  readonly problems: readonly WorkbookProblem[];
}

/** Every problem of a refused action, each naming the range (or version) and the cell to fix. */
export function ProblemList({
  language,
  action,
  title,
  problems,
}: ProblemListProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {title ?? t(action === "sample" ? "ui.problems.sampleTitle" : "ui.problems.title")}
        </MessageBarTitle>
        {problems.length > 1 ? (
          <p className={styles.count}>
            {t("ui.problems.count", { n: formatCount(language, problems.length) })}
          </p>
        ) : null}
        <ul className={styles.list}>
          {problems.map((problem, index) => (
            // Problems have no identity of their own and the list never reorders.
            <li key={index}>{describeWorkbookProblem(language, problem)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
