import { StandInError, createStandInWorkbook } from "../../../src/playground/excel";

const NOT_LOADED = (property: string) =>
  `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

/** The rejection of a promise, to assert on its code. */
async function failure(promise: Promise<unknown>): Promise<StandInError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StandInError) return error;
    throw error;
  }
  throw new Error("expected the promise to reject");
}

function planBook() {
  const standIn = createStandInWorkbook({ sheets: ["Plan"] });
  standIn.setValues("Plan", "A1:B2", [
    [1, 2],
    [3, 4],
  ]);
  return standIn;
}

describe("proxy objects keep Excel's load/sync rules", () => {
  test.each([
    ["not loaded at all", false, false],
    ["loaded but not synced", true, false],
    ["synced without a load", false, true],
  ])("reading values %s throws Office's error", async (_case, load, sync) => {
    const { host } = planBook();
    const error = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
      if (load) range.load("values");
      if (sync) await context.sync();
      try {
        return range.values;
      } catch (caught) {
        return caught;
      }
    });
    expect(error).toBeInstanceOf(StandInError);
    expect(error).toMatchObject({ code: "PropertyNotLoaded", message: NOT_LOADED("values") });
  });

  test("loaded values are a snapshot as of the sync that loaded them", async () => {
    const standIn = planBook();
    await standIn.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
      range.load("values, address, rowCount, worksheet/name");
      await context.sync();
      standIn.setValues("Plan", "A1", [[99]]);
      expect(range.values).toEqual([
        [1, 2],
        [3, 4],
      ]);
      expect(range.address).toBe("Plan!A1:B2");
      expect(range.rowCount).toBe(2);
      expect(range.worksheet.name).toBe("Plan");
      range.load("values");
      await context.sync();
      expect(range.values[0]).toEqual([99, 2]);
    });
  });

  test("a set takes effect at the next sync, and is not readable until loaded again", async () => {
    const standIn = planBook();
    await standIn.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
      range.load("values");
      await context.sync();
      range.values = [[5]];
      expect(standIn.getValues("Plan", "A1")).toEqual([[1]]);
      expect(() => range.values).toThrow(NOT_LOADED("values"));
      await context.sync();
      expect(standIn.getValues("Plan", "A1")).toEqual([[5]]);
    });
  });

  test("nothing changes until the sync's promise settles, as with a real round trip", async () => {
    const standIn = planBook();
    await standIn.host.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1").values = [[5]];
      const pending = context.sync();
      expect(standIn.getValues("Plan", "A1")).toEqual([[1]]);
      await pending;
      expect(standIn.getValues("Plan", "A1")).toEqual([[5]]);
    });
  });

  test("load accepts office-js load options objects", async () => {
    const standIn = planBook();
    standIn.setValues("Plan", "A1", [["x"]]);
    await standIn.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
      range.load({ values: true, format: { font: { bold: true } } });
      await context.sync();
      expect([range.values, range.format.font.bold]).toEqual([[["x"]], false]);
      expect(() => range.address).toThrow(NOT_LOADED("address"));
      expect(() => range.format.font.color).toThrow(NOT_LOADED("color"));
    });
  });

  test("operations apply in queue order: a load queued before a set sees the old value", async () => {
    const { host } = planBook();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[7]];
      const after = sheet.getRange("A1").load("values");
      await context.sync();
      expect([before.values, after.values]).toEqual([[[1]], [[7]]]);
    });
  });

  test("collections: items need a load of items (or an item path) and a sync", async () => {
    const standIn = createStandInWorkbook({ sheets: ["Plan", "S&OP Input"] });
    await standIn.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(NOT_LOADED("items"));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Plan", "S&OP Input"]);
      expect(() => sheets.items[0]?.position).toThrow(NOT_LOADED("position"));
      sheets.load({ select: "name, position" });
      await context.sync();
      expect(sheets.items.map((s) => s.position)).toEqual([0, 1]);
    });
  });

  test("a proxy's isNullObject is readable only after a sync", async () => {
    const { host } = planBook();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      expect(() => sheet.isNullObject).toThrow(NOT_LOADED("isNullObject"));
      await context.sync();
      expect(sheet.isNullObject).toBe(false);
    });
  });

  test("a missing *OrNullObject item is a null object: properties throw, operations fail", async () => {
    const standIn = planBook();
    await standIn.host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(/null object/);
      missing.getRange("A1").values = [[1]];
      expect((await failure(context.sync())).code).toBe("ItemNotFound");
      const found = context.workbook.worksheets.getItemOrNullObject("plan");
      await context.sync();
      expect(found.isNullObject).toBe(false);
    });
  });

  test.each([
    ["worksheets.getItem", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Nope")],
    ["names.getItem", (c: Excel.RequestContext) => c.workbook.names.getItem("Nope")],
    ["tables.getItem", (c: Excel.RequestContext) => c.workbook.tables.getItem("Nope")],
  ])("%s on a missing item fails the sync with ItemNotFound", async (_case, get) => {
    const { host } = planBook();
    const error = await failure(
      host.run(async (context) => {
        get(context).load();
        await context.sync();
      })
    );
    expect(error).toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
  });

  test("a failing sync keeps what ran before the failure and drops the rest", async () => {
    const standIn = planBook();
    const error = await failure(
      standIn.host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Plan");
        sheet.getRange("A1").values = [["before"]];
        sheet.getRange("A1:B1").values = [[1, 2, 3]];
        sheet.getRange("B2").values = [["after"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(standIn.getValues("Plan", "A1:B2")).toEqual([
      ["before", 2],
      [3, 4],
    ]);
  });

  test("run syncs what the batch left queued, and its proxies are dead afterwards", async () => {
    const standIn = planBook();
    const range = await standIn.host.run((context) => {
      const r = context.workbook.worksheets.getItem("Plan").getRange("B1");
      r.values = [["queued"]];
      return Promise.resolve(r);
    });
    expect(standIn.getValues("Plan", "B1")).toEqual([["queued"]]);
    expect(() => {
      range.values = [[1]];
    }).toThrow(StandInError);
  });

  test("a worksheet proxy follows its sheet through a rename in the same batch", async () => {
    const standIn = planBook();
    await standIn.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      sheet.name = "Plan 2025";
      sheet.getRange("C3").values = [["here"]];
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("Plan 2025");
    });
    expect(standIn.getValues("Plan 2025", "C3")).toEqual([["here"]]);
  });
});
