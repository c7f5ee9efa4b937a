/** A browser test clicks, waits for the page and reads the grid: far slower than a unit test. */
jest.setTimeout(120_000);
