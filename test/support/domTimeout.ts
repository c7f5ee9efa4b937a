/**
 * A taskpane test renders the whole pane in jsdom and clicks through it: on a 2-core CI machine
 * running the browser tests beside it, one such test can take longer than Jest's default 5 s.
 * A limit, not a speed target (those are in npm run bench).
 */
jest.setTimeout(30_000);
