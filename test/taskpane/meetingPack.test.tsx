import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { FakeWorkbook } from "./fakeWorkbook";
import { button, isDisabled, renderApp } from "./renderApp";

describe("Meeting pack", () => {
  test("Publish meeting pack shows progress, then the summary and a button to the sheet", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Meeting");
    const held = fake.hold("publishMeetingPack");
    fireEvent.click(button("Publish meeting pack"));
    const options = await held.started;
    expect(options?.language).toBe("en");
    expect(screen.getByText("Publish meeting pack: Working…")).toBeTruthy();
    // Each step shows while it runs.
    act(() => {
      options?.onProgress?.("writing");
    });
    expect(screen.getByText("Publish meeting pack, step 4 of 4: Writing the sheet…")).toBeTruthy();
    // One action at a time across the pane.
    expect(isDisabled(button("Freeze for sharing"))).toBe(true);
    expect(isDisabled(button("Run rolling plan"))).toBe(true);
    held.release();
    await screen.findByText(
      "Meeting pack published. Families × periods: 1 × 6 · exceptions: 5 · gaps: 2 · open decisions: 1 · charts: 2."
    );
    fireEvent.click(button("Open S&OP Meeting"));
    await waitFor(() => {
      expect(fake.callsOf("showSheet")).toEqual([["S&OP Meeting"]]);
    });
  });

  test("a refused publish lists every problem with its cell", async () => {
    const fake = new FakeWorkbook();
    fake.meetingOutcome = {
      ok: false,
      problems: [
        { kind: "notANumber", range: "SOP_Forecast", cell: "Plan!D2", found: '"n/a"' },
        { kind: "missingName", range: "SOP_Capacity" },
      ],
    };
    renderApp(fake, "en", "Meeting");
    fireEvent.click(button("Publish meeting pack"));
    await screen.findByText("Nothing was written");
    expect(screen.getByText(/SOP_Forecast, Plan!D2/)).toBeTruthy();
    expect(screen.getByText(/^SOP_Capacity: the name is missing/)).toBeTruthy();
  });

  test("Freeze for sharing says where the copy went and how many cells it froze", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Meeting");
    fireEvent.click(button("Freeze for sharing"));
    await screen.findByText(
      "The frozen copy opened in a new Excel window: save it there (as Plan (frozen).xlsx, say) and share that file."
    );
    expect(screen.getByText("SOP.* cells that now hold their values: 3 (Plan: 3).")).toBeTruthy();
  });

  test("a thrown error is shown, and the buttons come back", async () => {
    const fake = new FakeWorkbook();
    fake.freezeOutcome = new Error("getFileAsync failed");
    renderApp(fake, "en", "Meeting");
    fireEvent.click(button("Freeze for sharing"));
    await screen.findByText("getFileAsync failed");
    expect(screen.getByText("“Freeze for sharing” did not finish")).toBeTruthy();
    expect(isDisabled(button("Freeze for sharing"))).toBe(false);
  });

  test("in Chinese", async () => {
    const fake = new FakeWorkbook();
    fake.savedLanguage = "zh";
    fake.freezeOutcome = {
      ok: true,
      fileName: "计划(冻结).xlsx",
      frozen: [],
      delivery: "downloaded",
    };
    renderApp(fake, "en", "Meeting");
    fireEvent.click(await screen.findByRole("button", { name: "冻结以便共享" }));
    await screen.findByText("冻结副本 计划(冻结).xlsx 已下载:请共享该文件。");
    expect(screen.getByText("工作簿中没有 SOP.* 公式:副本与工作簿相同。")).toBeTruthy();
    expect(screen.getByRole("button", { name: "发布会议材料" })).toBeTruthy();
  });

  test("on an Excel without ExcelApi 1.9 the meeting pack says what it needs; the rest works", async () => {
    const fake = new FakeWorkbook();
    fake.unsupported = ["meetingPack"];
    renderApp(fake, "en", "Meeting");
    expect(isDisabled(button("Publish meeting pack"))).toBe(true);
    expect(isDisabled(button("Freeze for sharing"))).toBe(false);
    expect(screen.getByText("Needs a newer Excel")).toBeTruthy();
    expect(screen.getByText(/^Publish meeting pack needs ExcelApi 1\.9 /)).toBeTruthy();
    expect(screen.queryByText(/^Freeze for sharing needs/)).toBeNull();
    fireEvent.click(button("Publish meeting pack"));
    await waitFor(() => {
      expect(isDisabled(button("Run rolling plan"))).toBe(false);
    });
    fireEvent.click(button("Run rolling plan"));
    await waitFor(() => {
      expect(fake.callsOf("runRollingPlan")).toHaveLength(1);
    });
    expect(fake.callsOf("publishMeetingPack")).toHaveLength(0);
  });

  test("without the file API, Freeze for sharing says what to do instead, in Chinese too", () => {
    const fake = new FakeWorkbook();
    fake.unsupported = ["freezeForSharing"];
    renderApp(fake, "zh", "决策会议");
    expect(isDisabled(button("冻结以便共享"))).toBe(true);
    expect(isDisabled(button("发布会议材料"))).toBe(false);
    expect(screen.getByText(/^“冻结以便共享”需要 ExcelApi 1\.8, File 1\.1/)).toBeTruthy();
  });

  test("a current Excel offers both and shows no notice", () => {
    renderApp(new FakeWorkbook(), "en", "Meeting");
    expect(screen.queryByText("Needs a newer Excel")).toBeNull();
  });
});
