// Evidence files in an S3-compatible bucket (AWS S3, MinIO, Ceph...), for several app instances.
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { EvidenceStorageConfig } from "../../config";
import { assertKey, type EvidenceStorage } from "./types";

type S3Config = Extract<EvidenceStorageConfig, { kind: "s3" }>;

const missing = (error: unknown) =>
  error instanceof NoSuchKey ||
  error instanceof NotFound ||
  (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404;

export function s3Storage(config: S3Config): EvidenceStorage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // Checksums only where S3 requires them: the SDK's default streams uploads as "aws-chunked"
    // with a trailing checksum, which many S3-compatible stores save as part of the file (decision 0029).
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = config.bucket;
  return {
    kind: "s3",
    async put(key, sourcePath, file) {
      assertKey(key);
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: createReadStream(sourcePath),
          ContentLength: file.size,
          ContentType: file.contentType,
        }),
      );
    },
    async get(key) {
      assertKey(key);
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return out.Body instanceof Readable ? out.Body : null;
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      assertKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async list(schoolId) {
      const out = await client.send(new ListObjectsV2Command({ Bucket, Prefix: `${schoolId}/` }));
      return (out.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : []));
    },
    async exists(key) {
      assertKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        if (missing(error)) return false;
        throw error;
      }
    },
  };
}
