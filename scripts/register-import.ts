// `npm run register:import -- edubasealldata20261201.csv`: imports (or refreshes) the national
// register from a Get Information About Schools download of any size, as the database owner.
// The operator's Register page takes an area's extract of up to 2 MB; this takes all of England.
import fs from "node:fs";
import { ownerClient } from "../lib/db/owner-client";
import { formatProblem } from "../lib/csv";
import { decodeRegisterFile, readRegister } from "../lib/register/gias";
import { writeRegister } from "../lib/register/import";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Give the register's CSV file: npm run register:import -- file.csv");
  const started = Date.now();
  const { entries, problems } = readRegister(decodeRegisterFile(fs.readFileSync(file)));
  if (problems.length > 0) {
    for (const p of problems.slice(0, 50)) console.error(formatProblem(p));
    throw new Error(`Nothing was imported: ${problems.length} lines need fixing first.`);
  }
  const { db, close } = await ownerClient();
  try {
    const { added } = await db.$transaction((tx) => writeRegister(tx, entries, new Date()), {
      timeout: 600_000,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Imported ${entries.length} schools (${added} new) in ${seconds} s.`);
  } finally {
    await db.$disconnect();
    await close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
