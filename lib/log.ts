import { randomUUID } from "node:crypto";
import { getConfig } from "./config";

/** Logs an unexpected error with an id the user can quote; returns that id. */
export function logError(error: unknown, context: string): string {
  const id = randomUUID().slice(0, 8);
  if (getConfig().logLevel !== "silent") {
    console.error(`[harbour] error ${id} in ${context}:`, error);
  }
  return id;
}
