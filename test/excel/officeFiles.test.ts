import { base64Of, officeFiles } from "../../src/excel/officeFiles";

/**
 * The Office side of Freeze for sharing against a fake `Office.context.document`: the file comes
 * back whole from its slices and is closed, a refusal is an error naming what failed, and the copy
 * is opened with Excel.createWorkbook from its base64.
 */

interface FakeOffice {
  slices: number[][];
  closed: number;
  failAt?: number;
  created: string[];
}

function installOffice(fake: FakeOffice): void {
  const succeeded = "succeeded";
  const file = {
    sliceCount: fake.slices.length,
    getSliceAsync: (index: number, callback: (result: unknown) => void) => {
      callback(
        index === fake.failAt
          ? { status: "failed", error: { message: "slice lost", code: 5001 } }
          : { status: succeeded, value: { data: fake.slices[index], index } }
      );
    },
    closeAsync: () => {
      fake.closed++;
    },
  };
  Object.assign(globalThis, {
    Office: {
      AsyncResultStatus: { Succeeded: succeeded, Failed: "failed" },
      FileType: { Compressed: "compressed" },
      context: {
        document: {
          getFileAsync: (
            type: string,
            options: { sliceSize: number },
            callback: (r: unknown) => void
          ) => {
            expect([type, options.sliceSize]).toEqual(["compressed", 4 * 1024 * 1024]);
            callback({ status: succeeded, value: file });
          },
        },
      },
    },
    Excel: {
      createWorkbook: (base64: string) => {
        fake.created.push(base64);
        return Promise.resolve();
      },
    },
  });
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
});

describe("officeFiles", () => {
  test("reads every slice in order into one file, then closes it", async () => {
    const fake: FakeOffice = { slices: [[80, 75, 3], [4, 20], [0]], closed: 0, created: [] };
    installOffice(fake);
    expect(Array.from(await officeFiles.read())).toEqual([80, 75, 3, 4, 20, 0]);
    expect(fake.closed).toBe(1);
  });

  test("a lost slice is an error, and the file is closed", async () => {
    const fake: FakeOffice = { slices: [[1], [2]], closed: 0, failAt: 1, created: [] };
    installOffice(fake);
    await expect(officeFiles.read()).rejects.toThrow(
      "Reading the workbook's file failed: slice lost (5001)"
    );
    expect(fake.closed).toBe(1);
  });

  test("the copy opens as a new workbook from its base64", async () => {
    const fake: FakeOffice = { slices: [], closed: 0, created: [] };
    installOffice(fake);
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(await officeFiles.deliver(bytes, "Plan (frozen).xlsx")).toBe("opened");
    expect(fake.created).toEqual([Buffer.from(bytes).toString("base64")]);
    expect(base64Of(new Uint8Array())).toBe("");
  });
});
