import { StandInError, createStandInWorkbook } from "../../../src/playground/excel";

const utf8 = (text: string) => new TextEncoder().encode(text).length;

describe("round trips", () => {
  test("each sync is logged with its operations, bytes and the calculation flag", async () => {
    const standIn = createStandInWorkbook({ sheets: ["Plan"] });
    await standIn.host.run(async (context) => {
      await context.sync(); // nothing queued: no round trip
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B1");
      range.load("values");
      await context.sync();
      context.application.suspendApiCalculationUntilNextSync();
      range.values = [["S&OP 产销", 1]];
      await context.sync();
    });
    await standIn.host.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("C1").values = [[2]];
      return Promise.resolve(); // run sends what is left
    });
    expect(
      standIn.syncLog.map(({ run, operations, calculationSuspended }) => [
        run,
        operations,
        calculationSuspended,
      ])
    ).toEqual([
      // workbook.worksheets, getItem, getRange, load
      [1, 4, false],
      [1, 2, true],
      [2, 4, false],
    ]);
    const [, write] = standIn.syncLog;
    // Multi-byte text counts in UTF-8 bytes, as the request does.
    expect(write?.bytes).toBeGreaterThan(utf8('[[["S&OP 产销",1]]]'));
    expect(write?.bytes).toBeLessThan(400);
    expect(standIn.syncLog[0]?.responseBytes).toBeGreaterThan(0);
    standIn.resetLog();
    expect(standIn.syncLog).toEqual([]);
  });

  test("request bytes grow with the values written", async () => {
    const standIn = createStandInWorkbook();
    const write = async (rows: number) => {
      standIn.resetLog();
      await standIn.host.run(async (context) => {
        const grid = Array.from({ length: rows }, () =>
          Array.from({ length: 14 }, () => 12345.678)
        );
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows, 14).values =
          grid;
        await context.sync();
      });
      return standIn.syncLog[0]?.bytes ?? 0;
    };
    const [small, large] = [await write(10), await write(900)];
    // 890 more rows of `[12345.678,…],` and one more digit in the row count argument.
    expect(large - small).toBe(890 * (14 * "12345.678,".length + 2) + 1);
  });

  test("a request over the limit is rejected and applies nothing", async () => {
    const standIn = createStandInWorkbook({ payloadLimit: 10_000 });
    let caught: unknown;
    try {
      await standIn.host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("Z1").values = [["first"]];
        sheet.getRange("A1:N900").values = Array.from({ length: 900 }, () =>
          Array<number>(14).fill(1)
        );
        await context.sync();
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StandInError);
    expect(caught).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(standIn.getValues("Sheet1", "Z1")).toEqual([[""]]);
    expect(standIn.syncLog).toEqual([
      // worksheets, getItem, getRange, set, getRange, set
      expect.objectContaining({ error: "RequestPayloadSizeLimitExceeded", operations: 6 }),
    ]);
  });

  test("the default limit is 5 MB: a 900 × 14 block fits, 5 MB of text does not", async () => {
    const standIn = createStandInWorkbook();
    await standIn.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:N900").values = Array.from({ length: 900 }, () =>
        Array<number>(14).fill(1234.5)
      );
      await context.sync();
    });
    const code = await standIn.host
      .run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [
          ["x".repeat(5 * 1024 * 1024)],
        ];
        await context.sync();
      })
      .catch((error: unknown) => (error instanceof StandInError ? error.code : "other"));
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(standIn.syncLog.map((s) => s.error)).toEqual([
      undefined,
      "RequestPayloadSizeLimitExceeded",
    ]);
  });

  test("reading more than the limit fails with ResponsePayloadSizeLimitExceeded", async () => {
    const { host } = createStandInWorkbook();
    const code = await host
      .run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange().load("values");
        await context.sync();
      })
      .catch((error: unknown) => (error instanceof StandInError ? error.code : "other"));
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
