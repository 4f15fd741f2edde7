// The one place that reads process.env. Everything else asks getConfig().
import { hkdfSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

/** The placeholder URL the Prisma CLI is given when no server is configured: it means "embedded". */
export const EMBEDDED_DATABASE_URL = "postgresql://embedded@localhost/harbour";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
  .optional();

const envSchema = z.object({
  DATABASE_URL: postgresUrl,
  MIGRATION_DATABASE_URL: postgresUrl,
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().default("http://localhost:3000"),
  HARBOUR_DATA_DIR: z.string().default(".data"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().default("Harbour <no-reply@harbour.localhost>"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["silent", "error", "info"]).default("info"),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  // Plans solved at once (worker threads) and waiting; default: half the cores, at least 1 (decision 0010).
  PLANNER_CONCURRENCY: z.coerce.number().int().min(1).max(16).optional(),
  PLANNER_QUEUE: z.coerce.number().int().min(0).max(100).default(2),
  // Where roster syncs fetch staff from (decision 0021); tests point it at a local recorded-response server.
  WONDE_API_URL: z.url().default("https://api.wonde.com/v1.0"),
  // Reminders and other jobs that run by themselves (decision 0020); "false" turns them off.
  JOBS_ENABLED: z.enum(["true", "false"]).default("true"),
  // Sign in with Microsoft (Entra ID work or school accounts) and Google (Workspace): decision 0019.
  MICROSOFT_CLIENT_ID: z.string().min(1).optional(),
  MICROSOFT_CLIENT_SECRET: z.string().min(1).optional(),
  MICROSOFT_ISSUER: z.url().default("https://login.microsoftonline.com/organizations/v2.0"),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  GOOGLE_ISSUER: z.url().default("https://accounts.google.com"),
  // Evidence files (decision 0029): a folder on this server by default, an S3-compatible bucket when
  // S3_BUCKET is set (several app instances share it).
  EVIDENCE_DIR: z.string().min(1).optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("eu-west-2"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),
  // Two-step sign-in (decision 0040): the key that encrypts authenticator secrets (32 bytes, base64),
  // and whether leads, heads, trust leaders and operators must use it (default: in production only).
  TWO_FACTOR_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded")
    .optional(),
  TWO_FACTOR_REQUIRED: z.enum(["true", "false"]).optional(),
  // CONFIDENTIAL responses are stored under HMAC(key, round + person) (decision 0045): 32 bytes,
  // base64; else derived from the auth secret. Changing it orphans every confidential draft.
  PSEUDONYM_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded")
    .optional(),
  // Where people use passkeys, when not NEXTAUTH_URL (browsers refuse passkeys on an IP address, so
  // the end-to-end tests use http://localhost:<port> here).
  PASSKEY_ORIGIN: z.url().optional(),
});

/** Where evidence files are kept. */
export type EvidenceStorageConfig =
  | { kind: "local"; dir: string }
  | {
      kind: "s3";
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

/** An OpenID Connect provider Harbour trusts for sign-in; null when not configured. */
export type IdentityProviderConfig = { clientId: string; clientSecret: string; issuer: string } | null;

export type Config = {
  database: { kind: "embedded"; dataDir: string } | { kind: "server"; url: string; migrationUrl: string };
  authSecret: string;
  appUrl: string;
  dataDir: string;
  smtp: { url: string; from: string } | null;
  isProduction: boolean;
  logLevel: "silent" | "error" | "info";
  /** Reverse proxies in front of the app that append to X-Forwarded-For; 0 means the header is not trusted. */
  trustedProxyHops: number;
  /** A session ends this long after sign-in, however active it has been. */
  sessionMaxHours: number;
  /** Plan solves running at once off the main thread, and how many more may wait before "busy". */
  planner: { concurrency: number; queue: number };
  /** The Wonde API's base URL, without a trailing slash. */
  wondeApiUrl: string;
  /** Whether this process runs the background jobs (reminders); off for one-off scripts and some tests. */
  jobs: { enabled: boolean };
  /** Providers shown on the sign-in page: each only when its client id and secret are set. */
  identityProviders: { microsoft: IdentityProviderConfig; google: IdentityProviderConfig };
  evidenceStorage: EvidenceStorageConfig;
  /**
   * `key` encrypts authenticator secrets at rest (from TWO_FACTOR_KEY, else derived from the auth
   * secret); `required`: leaders and operators must set up two-step sign-in before anything else.
   */
  twoFactor: { readonly key: Buffer; required: boolean };
  /** The key of CONFIDENTIAL responses' pseudonyms; never stored in the database. */
  readonly pseudonymKey: Buffer;
  /** The web origin passkeys belong to, and its host name (WebAuthn's relying-party id). */
  passkeys: { origin: string; rpId: string };
};

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= readConfig(process.env);
  return cached;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Harbour configuration is invalid: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.HARBOUR_DATA_DIR);
  const embedded = !e.DATABASE_URL || e.DATABASE_URL === EMBEDDED_DATABASE_URL;
  const database: Config["database"] = embedded
    ? { kind: "embedded", dataDir: path.join(dataDir, "pglite") }
    : { kind: "server", url: e.DATABASE_URL!, migrationUrl: e.MIGRATION_DATABASE_URL ?? e.DATABASE_URL! };
  return {
    database,
    // Read on first use: migrations and the seed need no secret.
    get authSecret() {
      return e.NEXTAUTH_SECRET ?? embeddedSecret(embedded, dataDir);
    },
    appUrl: e.NEXTAUTH_URL.replace(/\/$/, ""),
    dataDir,
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.MAIL_FROM } : null,
    isProduction: e.NODE_ENV === "production",
    logLevel: e.LOG_LEVEL,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    planner: {
      concurrency: e.PLANNER_CONCURRENCY ?? Math.max(1, Math.floor(os.availableParallelism() / 2)),
      queue: e.PLANNER_QUEUE,
    },
    wondeApiUrl: e.WONDE_API_URL.replace(/\/$/, ""),
    jobs: { enabled: e.JOBS_ENABLED === "true" },
    identityProviders: {
      microsoft: provider(e.MICROSOFT_CLIENT_ID, e.MICROSOFT_CLIENT_SECRET, e.MICROSOFT_ISSUER),
      google: provider(e.GOOGLE_CLIENT_ID, e.GOOGLE_CLIENT_SECRET, e.GOOGLE_ISSUER),
    },
    evidenceStorage: evidenceStorage(e, dataDir),
    twoFactor: {
      // Read on first use, as the auth secret is.
      get key() {
        if (e.TWO_FACTOR_KEY) return Buffer.from(e.TWO_FACTOR_KEY, "base64");
        const secret = e.NEXTAUTH_SECRET ?? embeddedSecret(embedded, dataDir);
        return Buffer.from(hkdfSync("sha256", secret, "harbour", "two-factor secrets", 32));
      },
      required: (e.TWO_FACTOR_REQUIRED ?? (e.NODE_ENV === "production" ? "true" : "false")) === "true",
    },
    passkeys: passkeys(e.PASSKEY_ORIGIN ?? e.NEXTAUTH_URL),
    get pseudonymKey() {
      if (e.PSEUDONYM_KEY) return Buffer.from(e.PSEUDONYM_KEY, "base64");
      const secret = e.NEXTAUTH_SECRET ?? embeddedSecret(embedded, dataDir);
      return Buffer.from(hkdfSync("sha256", secret, "harbour", "response pseudonyms v1", 32));
    },
  };
}

function evidenceStorage(e: z.output<typeof envSchema>, dataDir: string): EvidenceStorageConfig {
  if (!e.S3_BUCKET)
    return { kind: "local", dir: path.resolve(e.EVIDENCE_DIR ?? path.join(dataDir, "evidence")) };
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY))
    throw new Error(
      "Harbour configuration is invalid: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.",
    );
  return {
    kind: "s3",
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    endpoint: e.S3_ENDPOINT,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === "true",
    credentials:
      e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
        : undefined,
  };
}

function passkeys(url: string) {
  const { origin, hostname } = new URL(url);
  return { origin, rpId: hostname };
}

function provider(clientId: string | undefined, clientSecret: string | undefined, issuer: string) {
  if (!clientId && !clientSecret) return null;
  if (!clientId || !clientSecret)
    throw new Error(`Harbour configuration is invalid: set both the client id and secret for ${issuer}.`);
  return { clientId, clientSecret, issuer: issuer.replace(/\/$/, "") };
}

// A fresh machine needs no set-up: the embedded mode makes a secret once and keeps it beside its data.
function embeddedSecret(embedded: boolean, dataDir: string): string {
  if (!embedded) throw new Error("NEXTAUTH_SECRET must be set when DATABASE_URL names a server.");
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
