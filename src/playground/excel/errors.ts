/** Errors shaped like Office's `OfficeExtension.Error`: the Excel layer branches on `code`. */

export type StandInErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidRequestContext"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound";

const MESSAGES: Record<StandInErrorCode, string> = {
  PropertyNotLoaded: "The property '{0}' is not available.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is not permitted for the current object.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
};

/** Named `RichApi.Error`, like the errors Office rejects a failed sync with. */
export class StandInError extends Error {
  constructor(
    readonly code: StandInErrorCode,
    message = MESSAGES[code]
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** A formula Excel cannot read, refused as Excel refuses it when typed; the page words it. */
export class UnreadableFormulaError extends StandInError {
  constructor(readonly formula: string) {
    super("InvalidArgument", `There's a problem with this formula: ${formula}`);
  }
}

/** Office's own wording, so tests written against the stand-in read like the real failure. */
export function notLoaded(property: string): StandInError {
  return new StandInError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

/** The stand-in refuses, loudly, what it does not model rather than guess at Excel's behaviour. */
export function notModeled(what: string): Error {
  return new Error(`Excel stand-in: ${what} is not modeled`);
}
