import { dictionary } from "@zxcvbn-ts/language-common";

// zxcvbn's list of the ~49,000 most common leaked passwords.
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}

export function commonPasswordCount(): number {
  isCommonPassword("");
  return common!.size;
}
