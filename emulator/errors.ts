// Typed errors. An ApiError becomes Portkey's error body {errorCode, message};
// anything else thrown by a handler is an emulator bug and answers 500 AB04.

/** Portkey admin error codes by HTTP status (docs: admin-api/error). */
const CODE_BY_STATUS: Record<number, string> = {
  400: "AB01",
  401: "AB05",
  402: "AB09",
  403: "AB03",
  404: "AB08",
  409: "AB07",
  429: "AB06",
};

function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? "AB04" : "AB01");
}

export class ApiError extends Error {
  readonly code: string;
  constructor(
    readonly status: number,
    message: string,
    code?: string,
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code ?? codeForStatus(status);
  }

  body(): { errorCode: string; message: string } {
    return { errorCode: this.code, message: this.message };
  }
}

export const badRequest = (message: string) => new ApiError(400, message);
export const unauthorized = (message: string) => new ApiError(401, message);
export const forbidden = (message: string) => new ApiError(403, message);
export const notFound = (message: string) => new ApiError(404, message);
export const conflict = (message: string) => new ApiError(409, message);

/** Bad command-line arguments or options to startEmulator. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
