// The base class of every error whose message is written for the person using the app. Actions
// show such a message as it is and log anything else as a bug; nothing sorts errors by their text.

export class UserFacingError extends Error {
  /** Marks the error across bundle boundaries, where `instanceof` can fail (server actions). */
  readonly userFacing = true as const;
  /** The form field the message belongs to, when there is one. */
  readonly field?: string | undefined;
  constructor(message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "UserFacingError";
    this.field = options.field;
  }
}

export function isUserFacingError(error: unknown): error is UserFacingError {
  return (
    error instanceof UserFacingError ||
    (error instanceof Error && (error as Partial<UserFacingError>).userFacing === true)
  );
}
