/**
 * The manifest's FunctionFile (commands.html): the S&OP tab's `ExecuteFunction` buttons. Each runs
 * the same Excel layer as the pane's button (runRibbonCommand) and, when nothing was written,
 * reports why in an Office dialog; where Excel has no DialogApi, the pane's Data step shows the
 * same problems. A commands file rather than a shared runtime: the custom functions keep their own
 * JavaScript-only runtime, and the manifest's minimum stays where it is (README, "The S&OP tab").
 */
import { createOfficeWorkbook, officeDisplayLanguage } from "../excel/officeHost";
import { showOfficeDialog } from "../excel/officeDialog";
import { RIBBON_COMMANDS, type RibbonCommand } from "./ribbon";
import { encodeReportView, reportView, runRibbonCommand } from "./run";

/** Runs one button's command, then shows its report when it is not done and Excel can. */
async function run(command: RibbonCommand): Promise<void> {
  const workbook = createOfficeWorkbook();
  const report = await runRibbonCommand(workbook, command, officeDisplayLanguage());
  if (report.kind === "done" || !workbook.supports("problemDialog")) return;
  const page = new URL("dialog.html", window.location.href);
  page.hash = encodeReportView(reportView(report));
  await showOfficeDialog(page.href);
}

void Office.onReady(() => {
  for (const command of RIBBON_COMMANDS) {
    Office.actions.associate(command, (event: Office.AddinCommands.Event) => {
      // Office waits for completed() before it runs the next command of the add-in.
      void run(command).finally(() => {
        event.completed();
      });
    });
  }
});
