// Types for test-database.mjs (plain JavaScript so that scripts/test.mjs runs without a compiler).
export declare const DEFAULT_ADMIN_URL: string;
export declare function serverAnswers(url: string): Promise<boolean>;
export interface TestDatabaseServer {
  url: string;
  description: string;
  /** The embedded server's data, deleted by stop(); null for a server the tests did not start. */
  folder: string | null;
  stop(): Promise<void>;
}
export declare function testDatabaseServer(url?: string): Promise<TestDatabaseServer>;
