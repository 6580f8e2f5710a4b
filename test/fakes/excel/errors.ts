// Errors of the fake Excel, shaped like Office.js's OfficeExtension.Error (name "RichApi.Error", code, debugInfo).

export const FakeErrorCode = {
  propertyNotLoaded: "PropertyNotLoaded",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  apiNotFound: "ApiNotFound",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  generalException: "GeneralException",
} as const;

export type FakeErrorCodeValue = (typeof FakeErrorCode)[keyof typeof FakeErrorCode];

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation?: string;
  };

  constructor(
    readonly code: FakeErrorCodeValue | string,
    message: string,
    errorLocation?: string
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(objectName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`
  );
}

export function apiNotFound(member: string, set: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCode.apiNotFound,
    `The API '${member}' needs ${set}, which this host does not support.`,
    member
  );
}
