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
  /** What was not done. */
  readonly title: string;
  readonly problems: readonly WorkbookProblem[];
}

/** Every problem of a refused action, each naming the range (or version) and the cell to fix. */
export function ProblemList({ language, title, problems }: ProblemListProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
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
