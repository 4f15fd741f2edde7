// The end-to-end suite's stand-in for Microsoft Entra ID: a real OpenID Connect server
// (oauth2-mock-server) that signs id tokens for one fixed identity, the demo primary school's
// teacher in the school's own tenant. start-server.mjs runs it before `next start`.
import { Events, OAuth2Server } from "oauth2-mock-server";

const port = Number(process.env.E2E_OIDC_PORT);
const identity = JSON.parse(process.env.E2E_OIDC_CLAIMS ?? "{}");

const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");
server.service.on(Events.BeforeTokenSigning, (token) => Object.assign(token.payload, identity));
await server.start(port, "127.0.0.1");
console.log(`[e2e] OpenID Connect server at ${server.issuer.url}`);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"])
  process.on(signal, () => server.stop().then(() => process.exit(0)));
