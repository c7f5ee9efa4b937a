/**
 * An Office dialog over Excel (DialogApi 1.1), for a ribbon command's report: the commands file
 * has no pane of its own to show problems in.
 */

/** What the dialog page sends its opener when the planner selects Close. */
export const DIALOG_CLOSE_MESSAGE = "close";

/**
 * Shows `url` (a page of the add-in's own origin) in a dialog, and resolves when the planner
 * closes it: with its Close button, which messages the opener, or with the dialog's own ×. When
 * Office cannot open it (another dialog is open, say), it resolves at once: nothing was written,
 * and the pane's Data step shows the same problems.
 *
 * @requires problemDialog
 */
export function showOfficeDialog(url: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: 50, width: 35, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          if ("message" in arg && arg.message !== DIALOG_CLOSE_MESSAGE) return;
          dialog.close();
          resolve();
        });
        // Closed with its ×, or its page could not load: either way it is gone.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          resolve();
        });
      }
    );
  });
}

/**
 * From the dialog's page: asks the opener to close it.
 *
 * @requires problemDialog
 */
export function closeOfficeDialog(): void {
  Office.context.ui.messageParent(DIALOG_CLOSE_MESSAGE);
}
