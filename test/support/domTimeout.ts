import { configure } from "@testing-library/react";

/**
 * A taskpane test renders the whole pane in jsdom and clicks through it: on a 2-core CI machine
 * running the browser tests beside it, one such test can take longer than Jest's default 5 s,
 * and one awaited render longer than Testing Library's default 1 s for `findBy…` and `waitFor`.
 * Limits, not speed targets (those are in npm run bench).
 */
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });
