// Expected errors carry a message for the user; anything else is logged and shown generically.
export type FieldErrors = Record<string, string[]>;

export class UserError extends Error {
  constructor(
    message: string,
    readonly kind: "validation" | "not_found" | "conflict" | "forbidden" = "validation",
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export const notFound = () => new UserError("That was not found.", "not_found");
