import { messageOf } from "../../src/workbook";

/** What a workbook call may throw, and the text the pane and the ribbon's report show of it. */
describe("messageOf", () => {
  test.each<[string, unknown, string]>([
    ["an Error: its message", new Error("The range is protected."), "The range is protected."],
    ["an Error without a message: its name", new TypeError(""), "TypeError"],
    ["a string: itself", "InvalidArgument", "InvalidArgument"],
    [
      "an Office error object: its message",
      { code: "GeneralException", message: "An internal error has occurred." },
      "An internal error has occurred.",
    ],
    ["an object whose message is not text: the object as text", { message: 42 }, "[object Object]"],
    ["a number: as text", 404, "404"],
    ["undefined: as text", undefined, "undefined"],
  ])("%s", (_, thrown, expected) => {
    expect(messageOf(thrown)).toBe(expected);
  });
});
