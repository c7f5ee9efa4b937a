import {
  aggregateExtract,
  decodeExtract,
  detectColumns,
  detectDecimal,
  detectDelimiter,
  extractTotals,
  kindOf,
  layOnMonths,
  monthRange,
  monthsAfter,
  monthsBefore,
  monthsWith,
  parseMonth,
  parseQuantity,
  splitRows,
} from "../../src/engine/extract";

/** ERP extracts in: decoding, splitting, numbers, months, headers and aggregation, as tables. */

describe("decoding", () => {
  const utf8 = new TextEncoder().encode("产品族,数量\n");
  test.each([
    ["UTF-8 without BOM", utf8, "utf-8"],
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), "utf-8"],
    // 产品族,数量 in GBK, as `iconv -t GBK` writes it.
    [
      "GBK",
      Uint8Array.from([0xb2, 0xfa, 0xc6, 0xb7, 0xd7, 0xe5, 0x2c, 0xca, 0xfd, 0xc1, 0xbf, 0x0a]),
      "gb18030",
    ],
  ] as const)("%s", (_, bytes, encoding) => {
    expect(decodeExtract(bytes)).toEqual({ text: "产品族,数量\n", encoding });
  });
});

describe("rows and delimiters", () => {
  test.each([
    ["comma", "a,b,c\n1,2,3\n", ","],
    ["semicolon with decimal commas", "a;b;c\n1,5;2,5;3\n", ";"],
    ["tab", "a\tb\tc\n1\t2\t3\n", "\t"],
    ["comma inside quotes does not count", 'a;b\n"1,2";3\n', ";"],
  ] as const)("%s", (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  test("quoted fields, doubled quotes, CRLF, line breaks inside quotes; blank rows skipped, lines kept", () => {
    const text = 'family,qty\r\n"Pumps, small","1,200"\r\n\r\n"The ""big"" one",5\n"two\nlines",7';
    expect(splitRows(text, ",")).toEqual([
      { line: 1, cells: ["family", "qty"] },
      { line: 2, cells: ["Pumps, small", "1,200"] },
      { line: 4, cells: ['The "big" one', "5"] },
      { line: 5, cells: ["two\nlines", "7"] },
    ]);
  });
});

describe("quantities", () => {
  test.each([
    ["1234", ".", 1234],
    ["1,234.5", ".", 1234.5],
    ["1,234,567", ".", 1234567],
    ["1.234,5", ",", 1234.5],
    ["12,5", ",", 12.5],
    ["1 234", ".", 1234],
    ["-12", ".", -12],
    ["(12)", ".", -12],
    ["1e3", ".", 1000],
    ["", ".", undefined],
    ["abc", ".", undefined],
    ["12,34,5", ".", undefined],
    ["1,234.5", ",", undefined],
  ] as const)("%s with decimal mark %s", (text, decimal, expected) => {
    expect(parseQuantity(text, decimal)).toBe(expected);
  });

  test.each([
    ["points", ["1,234.5", "12"], ",", "."],
    ["decimal commas", ["12,5", "3"], ";", ","],
    ["thousands only, comma file", ["1,234", "5"], ",", "."],
    ["thousands only, semicolon file: European", ["1,234", "5"], ";", ","],
  ] as const)("decimal mark of %s", (_, values, delimiter, expected) => {
    expect(detectDecimal(values, delimiter)).toBe(expected);
  });
});

describe("months", () => {
  test.each([
    ["2024-04", "2024-04"],
    ["2024-4", "2024-04"],
    ["2024/4/1", "2024-04"],
    ["2024/04", "2024-04"],
    ["2024.04", "2024-04"],
    ["2024-04-15 00:00:00", "2024-04"],
    ["2024年4月", "2024-04"],
    ["2024 年 4 月 1 日", "2024-04"],
    ["202404", "2024-04"],
    // Excel serials: 45383 is 2024-04-01, 45412 is 2024-04-30 (Excel counts 1900-02-29).
    [45383, "2024-04"],
    ["45412", "2024-04"],
    [45413, "2024-05"],
    ["2024-13", undefined],
    ["April", undefined],
    ["", undefined],
  ] as const)("%s", (value, expected) => {
    expect(parseMonth(value)).toBe(expected);
  });
});

describe("headers and types", () => {
  test.each([
    [["物料编码", "月份", "数量", "类型"], { family: 0, period: 1, quantity: 2, type: 3 }],
    [["Type", "Family", "Period", "Quantity"], { family: 1, period: 2, quantity: 3, type: 0 }],
    [["产品族", "期间", "数量"], { family: 0, period: 1, quantity: 2 }],
    [["SKU", "Month", "Qty", "Remark"], { family: 0, period: 1, quantity: 2 }],
    [["A", "B"], {}],
  ])("%j", (header, expected) => {
    expect(detectColumns(header)).toEqual(expected);
  });

  test.each([
    ["销售", "history"],
    ["历史销量", "history"],
    ["Sales history", "history"],
    ["销售订单", "orders"],
    ["Open orders", "orders"],
    ["期初库存", "stock"],
    ["Stock on hand", "stock"],
    ["产能", "capacity"],
    ["Capacity", "capacity"],
    ["Forecast", undefined],
  ] as const)("type %s", (type, kind) => {
    expect(kindOf(type)).toBe(kind);
  });
});

describe("aggregation to families × months", () => {
  const rows = splitRows(
    [
      "family,month,qty,type",
      "A,2024-04,100,sales",
      "A,2024-04,20,sales",
      "B,2024/6/1,5,sales",
      "A,2024-05,7,open orders",
      "A,2024-04,900,stock",
      "A,2024-05,800,stock",
      "B,2024-04,50,stock",
      ",2024-04,1,sales",
      "A,April,1,sales",
      "A,2024-04,lots,sales",
      "A,2024-04,1,forecast",
      "A,2024-04",
      "A,2024-04,,sales",
    ].join("\n"),
    ","
  ).slice(1);
  const result = aggregateExtract(rows, {
    mapping: { family: 0, period: 1, quantity: 2, type: 3 },
    decimal: ".",
  });

  test("sums per family × month by kind, the months running on without gaps", () => {
    expect(result.families).toEqual(["A", "B"]);
    expect(result.months).toEqual(["2024-04", "2024-05", "2024-06"]);
    expect(Array.from(result.kinds.history ?? [])).toEqual([120, 0, 0, 0, 0, 5]);
    expect(Array.from(result.kinds.orders ?? [])).toEqual([0, 7, 0, 0, 0, 0]);
    expect(result.kinds.capacity).toBeUndefined();
  });

  test("stock is each family's latest month, not a sum over months", () => {
    expect(Array.from(result.kinds.stock ?? [])).toEqual([800, 50]);
    expect(result.stockMonth).toEqual(["2024-05", "2024-04"]);
  });

  test("every bad row named by its line and why", () => {
    expect(result.rows).toBe(13);
    expect(result.badRows).toEqual([
      { line: 9, reason: "noFamily" },
      { line: 10, reason: "badPeriod", found: "April" },
      { line: 11, reason: "badQuantity", found: "lots" },
      { line: 12, reason: "unknownType", found: "forecast" },
      { line: 13, reason: "missingCells" },
      { line: 14, reason: "noQuantity" },
    ]);
  });

  test("the months each kind has, and the totals by kind with the families that have some", () => {
    expect(monthsWith(result, ["history"])).toEqual(["2024-04", "2024-06"]);
    expect(monthsWith(result, ["orders", "capacity"])).toEqual(["2024-05"]);
    // Sales 100 + 20 (A) and 5 (B); orders 7 (A); stock 800 (A, May) and 50 (B).
    expect(extractTotals(result)).toEqual([
      { kind: "history", total: 125, families: 2 },
      { kind: "orders", total: 7, families: 1 },
      { kind: "stock", total: 850, families: 2 },
    ]);
  });

  test("without a type column every row is of the kind chosen", () => {
    const history = aggregateExtract(splitRows("A,2024-04,3\nA,2024-05,4", ","), {
      mapping: { family: 0, period: 1, quantity: 2 },
      decimal: ".",
      kind: "history",
    });
    expect(Array.from(history.kinds.history ?? [])).toEqual([3, 4]);
  });
});

describe("months for the plan and the history", () => {
  test.each([
    ["2024-11", 3, ["2024-12", "2025-01", "2025-02"]],
    ["2024-03", 0, []],
  ] as const)("the %s months after %s", (month, count, expected) => {
    expect(monthsAfter(month, count)).toEqual(expected);
  });
  test.each([
    ["2023-11", "2024-02", ["2023-11", "2023-12", "2024-01"]],
    ["2024-02", "2024-02", []],
    ["2024-03", "2024-02", []],
  ] as const)("from %s to the month before %s", (first, end, expected) => {
    expect(monthsBefore(first, end)).toEqual(expected);
  });
  test.each([
    ["2023-12", "2024-01", ["2023-12", "2024-01"]],
    ["2024-01", "2024-01", ["2024-01"]],
    ["2024-02", "2024-01", []],
  ] as const)("from %s to %s", (first, last, expected) => {
    expect(monthRange(first, last)).toEqual(expected);
  });

  test("a kind laid on other months: 0 where the extract has none, what falls outside counted", () => {
    const extract = aggregateExtract(
      splitRows("A,2024-01,1\nA,2024-03,3\nB,2024-02,5\nB,2024-04,0", ","),
      { mapping: { family: 0, period: 1, quantity: 2 }, decimal: ".", kind: "orders" }
    );
    const laid = layOnMonths(extract, "orders", ["2024-02", "2024-03"]);
    expect(Array.from(laid.values)).toEqual([0, 3, 5, 0]);
    // A's January is outside; B's April is 0, which is not counted.
    expect(laid.outside).toBe(1);
  });
});
