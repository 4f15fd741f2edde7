import "server-only";
// How this server is doing, for its operators: nothing in it belongs to a school.
import { getConfig } from "../config";
import { withScope } from "../db/scope";

export type InstanceHealth = {
  database: "embedded" | "server";
  databaseMs: number;
  mail: boolean;
  memoryMiB: number;
  uptimeHours: number;
};

export async function instanceHealth(): Promise<InstanceHealth> {
  const config = getConfig();
  const started = performance.now();
  await withScope({}, (tx) => tx.$queryRaw`SELECT 1`);
  return {
    database: config.database.kind,
    databaseMs: performance.now() - started,
    mail: config.smtp !== null,
    memoryMiB: process.memoryUsage().rss / 2 ** 20,
    uptimeHours: process.uptime() / 3600,
  };
}
