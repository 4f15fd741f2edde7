// `npm run app`: migrate, seed the demo on an empty database, build, and serve on http://localhost:3000.
// With no DATABASE_URL everything lives in an embedded PGlite database under .data/.
import { bin, run } from "./run.mjs";

const port = process.env.PORT ?? "3000";
run(bin("prisma"), ["migrate", "deploy"]);
run(bin("tsx"), ["prisma/seed.ts"]);
run(bin("next"), ["build"]);
// A new server has no operator yet: say where to set it up, with its setup code.
run(bin("tsx"), ["--conditions=react-server", "scripts/setup.ts", "--if-needed"]);
console.log(`\nHarbour is starting on http://localhost:${port}`);
run(bin("next"), ["start", "-p", port], { NODE_ENV: "production" });
