import { StandInError, createStandInWorkbook } from "../../../src/playground/excel";

function book() {
  const standIn = createStandInWorkbook({ sheets: ["Plan", "S&OP Input"] });
  standIn.defineName("SOP_Forecast", "='S&OP Input'!$B$2:$G$2");
  standIn.defineName("SOP_Capacity", "Plan!$B$6", { scope: "Plan" });
  standIn.defineName("SOP_Language", '="zh"', { visible: false });
  return standIn;
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StandInError) return error.code;
    throw error;
  }
  return "resolved";
}

describe("defined names", () => {
  test("workbook.names omits sheet-scoped names; worksheet.names lists them and the workbook's", async () => {
    const { host } = book();
    const listed = await host.run(async (context) => {
      const all = context.workbook.names.load("items/name, items/scope");
      const plan = context.workbook.worksheets.getItem("Plan").names.load("name, scope");
      const input = context.workbook.worksheets.getItem("S&OP Input").names.load("items");
      await context.sync();
      const show = (items: Excel.NamedItem[]) => items.map((n) => `${n.name}:${n.scope}`);
      return { all: show(all.items), plan: show(plan.items), input: show(input.items) };
    });
    expect(listed).toEqual({
      all: ["SOP_Forecast:Workbook", "SOP_Language:Workbook"],
      plan: ["SOP_Capacity:Worksheet", "SOP_Forecast:Workbook", "SOP_Language:Workbook"],
      input: ["SOP_Forecast:Workbook", "SOP_Language:Workbook"],
    });
  });

  test.each([
    ["SOP_Forecast", "Range", "'S&OP Input'!$B$2:$G$2", "='S&OP Input'!$B$2:$G$2", true],
    ["SOP_Language", "String", "zh", '="zh"', false],
  ])("%s reads as Excel reports it", async (name, type, value, formula, visible) => {
    const { host } = book();
    const item = await host.run(async (context) => {
      const found = context.workbook.names.getItem(name).load();
      await context.sync();
      return found;
    });
    expect([item.type, item.value, item.formula, item.visible]).toEqual([
      type,
      value,
      formula,
      visible,
    ]);
  });

  test("a sheet-scoped name is not found through workbook.names", async () => {
    const { host } = book();
    const found = await host.run(async (context) => {
      const viaWorkbook = context.workbook.names.getItemOrNullObject("SOP_Capacity");
      const viaSheet = context.workbook.worksheets
        .getItem("Plan")
        .names.getItemOrNullObject("sop_capacity");
      await context.sync();
      return [viaWorkbook.isNullObject, viaSheet.isNullObject];
    });
    expect(found).toEqual([true, false]);
  });

  test("names added through the API: from a range, a formula and a constant", async () => {
    const standIn = book();
    await standIn.host.run(async (context) => {
      const plan = context.workbook.worksheets.getItem("Plan");
      context.workbook.names.add("SOP_Periods", plan.getRange("B1:G1"), "the months");
      context.workbook.names.add("SOP_Orders", "=Plan!$B$3:$G$3");
      plan.names.add("SOP_Local", "=5");
      await context.sync();
    });
    expect(
      standIn.model.names.map((n) => [
        n.name,
        n.scope?.name ?? "workbook",
        n.target.kind,
        n.comment,
      ])
    ).toEqual([
      ["SOP_Forecast", "workbook", "range", ""],
      ["SOP_Capacity", "Plan", "range", ""],
      ["SOP_Language", "workbook", "constant", ""],
      ["SOP_Periods", "workbook", "range", "the months"],
      ["SOP_Orders", "workbook", "range", ""],
      ["SOP_Local", "Plan", "constant", ""],
    ]);
    const values = await standIn.host.run(async (context) => {
      const periods = context.workbook.names.getItem("SOP_Periods").load("value, type");
      await context.sync();
      return [periods.type, periods.value as unknown];
    });
    expect(values).toEqual(["Range", "Plan!$B$1:$G$1"]);
  });

  test.each([
    ["an existing name in the same scope", "SOP_Forecast", "ItemAlreadyExists"],
    ["a name that reads as a cell", "AB12", "InvalidArgument"],
    ["a name with a space", "SOP Forecast", "InvalidArgument"],
  ])("adding %s fails the sync", async (_case, name, code) => {
    const { host } = book();
    const result = rejection(
      host.run(async (context) => {
        context.workbook.names.add(name, "=Plan!$A$1");
        await context.sync();
      })
    );
    expect(await result).toBe(code);
  });

  test("deleting a sheet turns names pointing at it into #REF! and drops its own names", async () => {
    const standIn = book();
    standIn.defineName("SOP_Production", "='S&OP Input'!$B$5:$G$5", { scope: "S&OP Input" });
    const after = await standIn.host.run(async (context) => {
      context.workbook.worksheets.getItem("S&OP Input").delete();
      const forecast = context.workbook.names.getItem("SOP_Forecast").load("type, value, formula");
      const range = context.workbook.names.getItem("SOP_Forecast").getRangeOrNullObject();
      await context.sync();
      return [
        forecast.type,
        forecast.value as unknown,
        forecast.formula as unknown,
        range.isNullObject,
      ];
    });
    expect(after).toEqual(["Error", "#REF!", "=#REF!$B$2:$G$2", true]);
    expect(standIn.model.names.map((n) => n.name)).not.toContain("SOP_Production");
  });

  test("getRange on a name that is not a range fails with InvalidArgument", async () => {
    const { host } = book();
    const code = await rejection(
      host.run(async (context) => {
        context.workbook.names.getItem("SOP_Language").getRange().load("address");
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });

  test("a name's range follows a renamed sheet", async () => {
    const { host } = book();
    const address = await host.run(async (context) => {
      context.workbook.worksheets.getItem("S&OP Input").name = "Inputs";
      const range = context.workbook.names.getItem("SOP_Forecast").getRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Inputs!B2:G2");
  });

  test("visible is settable; delete removes the name", async () => {
    const standIn = book();
    await standIn.host.run(async (context) => {
      const item = context.workbook.names.getItem("SOP_Forecast");
      item.visible = false;
      context.workbook.names.getItem("SOP_Language").delete();
      await context.sync();
    });
    expect(standIn.model.names.map((n) => [n.name, n.visible, n.comment])).toEqual([
      ["SOP_Forecast", false, ""],
      ["SOP_Capacity", true, ""],
    ]);
  });
});
