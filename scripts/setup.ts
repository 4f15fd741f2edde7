// `npm run setup`: the first operator of a server without a browser at hand, or its setup code.
//
//   npm run setup -- --code                                   prints the setup code for the web page
//   npm run setup -- --email you@example.org --name "Your Name"
//       makes the first operator; the password comes from HARBOUR_OPERATOR_PASSWORD or is asked for
//
// Running on the server with its configuration is the proof, so no setup code is asked here.
// (Embedded mode: stop the app first; its database is one process's.)
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { getConfig } from "../lib/config";
import { createFirstOperator, needsSetup } from "../lib/operators/first-run";
import { firstOperatorSchema } from "../lib/operators/schemas";
import { setupCode } from "../lib/operators/setup-code";

async function main() {
  const { values } = parseArgs({
    options: {
      code: { type: "boolean" },
      "if-needed": { type: "boolean" },
      email: { type: "string" },
      name: { type: "string" },
    },
  });
  if (!(await needsSetup())) {
    if (!values["if-needed"]) console.log("This Harbour server already has an operator: sign in instead.");
    return;
  }
  const code = setupCode(getConfig().authSecret);
  if (values.code || values["if-needed"]) {
    console.log(`\nSet this server up at ${getConfig().appUrl}/setup with the setup code ${code}\n`);
    return;
  }
  const password =
    process.env.HARBOUR_OPERATOR_PASSWORD ?? (await ask("Choose a password (at least 12 characters): "));
  const parsed = firstOperatorSchema.safeParse({
    code,
    email: values.email ?? "",
    name: values.name ?? "",
    password,
    confirmPassword: password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
    process.exit(2);
  }
  const { email } = await createFirstOperator(parsed.data);
  console.log(`The operator account ${email} is ready: sign in at ${getConfig().appUrl}/sign-in`);
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
