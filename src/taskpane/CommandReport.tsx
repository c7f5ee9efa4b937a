import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookProblem } from "../workbook";
import type { Language } from "../i18n";
import { Trouble } from "./ActionFeedback";
import { formatCount, translator } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export interface CommandReportProps {
  readonly language: Language;
  /** The button's label, e.g. "Run rolling plan". */
  readonly action: string;
  /** Refused: the problems shown, and how many more there are; failed: Excel's message. */
  readonly problems?: readonly WorkbookProblem[];
  readonly more?: number;
  readonly message?: string;
}

/**
 * Why a ribbon button wrote nothing, in the pane's words: the problems (each naming its range and
 * cell) or Excel's message, and what to do next. Shown in Office's dialog and in the playground's.
 */
export function CommandReport({
  language,
  action,
  problems,
  more = 0,
  message,
}: CommandReportProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const n = formatCount(language, more);
  return (
    <div className={styles.root}>
      {problems !== undefined ? (
        <Trouble
          language={language}
          title={t("ui.ribbon.refused", { action })}
          problems={problems}
        />
      ) : (
        <Trouble
          language={language}
          title={t("ui.ribbon.failed", { action })}
          message={message ?? ""}
        />
      )}
      {more > 0 ? (
        <Body1>{t(more === 1 ? "ui.ribbon.more.one" : "ui.ribbon.more.other", { n })}</Body1>
      ) : null}
      <Body1>{t("ui.ribbon.fix", { action })}</Body1>
    </div>
  );
}
