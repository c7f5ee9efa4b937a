/**
 * The report dialog (dialog.html) that a ribbon button opens when it wrote nothing: the report
 * comes in the URL's hash, in the language the command ran in; Close asks the opener to close it.
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { closeOfficeDialog } from "../excel/officeDialog";
import { translate } from "../i18n";
import { CommandReport } from "../taskpane/CommandReport";
import { localeOf } from "../taskpane/strings";
import { commandLabel } from "./ribbon";
import { decodeReportView } from "./run";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  close: { alignSelf: "flex-end" },
});

function Dialog(): React.JSX.Element | null {
  const styles = useStyles();
  const view = decodeReportView(window.location.hash);
  if (!view) return null;
  const { report, more } = view;
  const { language } = report;
  const action = translate(language, commandLabel(report.command));
  document.title = translate(language, "ui.title");
  return (
    <main className={styles.root} lang={localeOf(language)}>
      <CommandReport
        language={language}
        action={action}
        more={more}
        {...(report.kind === "refused"
          ? { problems: report.problems }
          : { message: report.message })}
      />
      <Button
        className={styles.close}
        appearance="primary"
        onClick={() => {
          closeOfficeDialog();
        }}
      >
        {translate(language, "ui.ribbon.close")}
      </Button>
    </main>
  );
}

const container = document.getElementById("container");
if (!container) throw new Error("dialog.html has no #container element");
const root = createRoot(container);

void Office.onReady(() => {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Dialog />
    </FluentProvider>
  );
});
