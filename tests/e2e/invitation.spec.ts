import { randomUUID } from "node:crypto";
import {
  addMembership,
  createInvitation,
  createPerson,
  demoIds,
  demoSchool,
  expect,
  ownerQuery,
  signIn,
  signOut,
  test,
  TRUST_LEADER,
} from "./fixtures";

const special = demoSchool("special");
const primary = demoSchool("primary");
const allThrough = demoSchool("all-through");
const unique = () => randomUUID().slice(0, 8);
const GOOD_PASSWORD = "calm harbour lanterns at dusk";

test.describe("invitations", () => {
  test("a lead invites someone, who joins with the link once and lands on My training", async ({
    signedIn,
  }) => {
    const { schools } = await demoIds();
    const email = `new.teacher.${unique()}@willowbank.example`;

    // The lead invites; with no SMTP the link is shown to copy.
    const page = await signedIn(special.lead);
    await page.goto(`/schools/${schools.special}/people`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Name (optional)").fill("Nia Newcomer");
    await page.locator("#invite-role").selectOption("STAFF");
    await page.locator("#invite-job").selectOption("TEACHER");
    await page.getByRole("button", { name: "Send invitation" }).click();
    const link = page.getByTestId("invitation-link");
    await expect(link).toBeVisible();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/\/invitations\/[A-Za-z0-9_-]{40,}$/);
    await expect(page.getByRole("region", { name: /Invited, not yet joined/ })).toContainText(email);

    // Inviting the same address again is refused beside the field.
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.locator("#invite-email-error")).toHaveText(
      "This person already has an invitation waiting.",
    );

    await signOut(page);

    // The invitee opens the link, signed out.
    await page.goto(href!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Join ${special.name}`);
    await expect(page.getByText(email)).toBeVisible();
    const name = page.getByLabel("Your name");
    const password = page.getByLabel("Choose a password");
    const confirm = page.getByLabel("Type the password again");
    const submit = page.getByRole("button", { name: "Create my account" });
    await expect(name).toHaveValue("Nia Newcomer");

    // Too short: refused in the browser, beside the field.
    await password.fill("short pass");
    await confirm.fill("short pass");
    await submit.click();
    await expect(page.locator("#accept-password-error")).toHaveText("Use at least 12 characters.");
    await expect(password).toHaveAttribute("aria-invalid", "true");

    // Not matching: beside the second field.
    await password.fill(GOOD_PASSWORD);
    await confirm.fill(`${GOOD_PASSWORD}!`);
    await submit.click();
    await expect(page.locator("#accept-confirm-error")).toHaveText("The two passwords do not match.");

    // Common: refused by the server, and the message lands beside the field.
    await password.fill("password1234");
    await confirm.fill("password1234");
    await submit.click();
    await expect(page.locator("#accept-password-error")).toHaveText(
      "That password is on a list of commonly used passwords. Choose something less predictable.",
    );

    // A good one.
    await name.fill("Nia Newcomer");
    await password.fill(GOOD_PASSWORD);
    await confirm.fill(GOOD_PASSWORD);
    await submit.click();
    await expect(page.getByRole("main").getByRole("status")).toContainText(
      `You're in. Sign in with ${email}`,
    );

    // The new person signs in and lands on their own training page in that school.
    await page.getByRole("link", { name: "Go to sign in" }).click();
    await signIn(page, email, GOOD_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`/schools/${schools.special}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My training");

    // The link works once.
    await signOut(page);
    await page.goto(href!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This invitation can't be used");
    await expect(page.getByText("This invitation has already been used.")).toBeVisible();

    // The lead now sees them as a member, no longer as invited.
    await signedIn(special.lead);
    await page.goto(`/schools/${schools.special}/people`);
    // Members come a page at a time: find them by their address.
    await page.getByLabel("Search by name or email").fill(email);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("region", { name: /^Members/ })).toContainText(email);
    await expect(page.getByRole("region", { name: /Invited, not yet joined/ })).not.toContainText(email);
  });

  test("someone with an account accepts by signing in as usual, never typing a password into the invitation", async ({
    page,
  }) => {
    const { schools } = await demoIds();
    const person = await createPerson("Ola Twoschools");
    await addMembership(person.id, schools.primary, "STAFF");
    // Their address was confirmed (by an emailed link, or an operator), so the account may join a second school.
    await ownerQuery(`UPDATE "Person" SET "emailVerifiedAt" = now() WHERE id = $1`, [person.id]);
    const invitation = await createInvitation(schools.special, person.email);

    await page.goto(invitation.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Join ${special.name}`);
    // The same two choices as for an address with no account: the page says nothing about which it is.
    await expect(page.getByRole("heading", { name: "Already use Harbour with this address?" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "New to Harbour?" })).toBeVisible();
    await expect(page.getByLabel("Your Harbour password")).toHaveCount(0);

    await page.getByRole("link", { name: "Sign in to accept" }).click();
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await page.getByLabel("Email address").fill(person.email);
    await page.getByLabel("Password", { exact: true }).fill(person.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${invitation.path}$`));
    await expect(page.getByText(`You are signed in as ${person.email}.`)).toBeVisible();
    await page.getByRole("button", { name: `Join ${special.name}` }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText(
      `You have joined ${special.name}.`,
    );

    await page.getByRole("link", { name: "Go to Harbour" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where would you like to go?");
    await expect(page.getByRole("link", { name: new RegExp(special.name) })).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(primary.name) })).toBeVisible();
  });

  test("a roster with one bad row imports nothing and lists the bad row; fixed, it imports all", async ({
    signedIn,
  }) => {
    const { schools } = await demoIds();
    const page = await signedIn(special.lead);
    await page.goto(`/schools/${schools.special}/people`);
    const good = [`roster.one.${unique()}@willowbank.example`, `roster.two.${unique()}@willowbank.example`];
    const upload = (csv: string) =>
      page
        .getByLabel("Roster file (CSV)")
        .setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });

    await upload(
      `email,name,job_role\n${good[0]},Rosa One,TEACHER\nnot-an-email,Bad Row,TEACHER\n${good[1]},Rob Two,Teaching assistant\n`,
    );
    await page.getByRole("button", { name: "Import roster" }).click();
    const report = page.getByRole("main").getByRole("alert");
    await expect(report).toContainText("Nothing was imported.");
    await expect(report.getByRole("listitem")).toHaveText(["Line 3: Enter a valid email address."]);

    // Nothing was written: the good rows are not waiting as invitations either.
    await page.reload();
    const pending = page.getByRole("region", { name: /Invited, not yet joined/ });
    await expect(pending).toBeVisible();
    for (const email of good) await expect(pending).not.toContainText(email);

    await upload(`email,name,job_role\n${good[0]},Rosa One,TEACHER\n${good[1]},Rob Two,Teaching assistant\n`);
    await page.getByRole("button", { name: "Import roster" }).click();
    await expect(page.getByText("Imported 2 people.")).toBeVisible();
    await expect(page.getByTestId("invitation-link")).toHaveCount(2);
    await page.reload();
    for (const email of good) await expect(pending).toContainText(email);
  });

  test("a trust leader invites a head for one of the trust's schools, who lands on its overview", async ({
    signedIn,
  }) => {
    const { trustId, schools } = await demoIds();
    const email = `new.head.${unique()}@harbourside.example`;
    const page = await signedIn(TRUST_LEADER);
    await page.goto(`/trusts/${trustId}`);
    await page.locator("#trust-invite-school").selectOption(schools["all-through"]);
    await page.locator("#trust-invite-role").selectOption("HEAD");
    await page.getByLabel("Email address").fill(email);
    await page.locator("#trust-invite-job").selectOption("SENIOR_LEADER");
    await page.getByRole("button", { name: "Send invitation" }).click();
    const href = await page.getByTestId("invitation-link").getAttribute("href");
    await signOut(page);

    await page.goto(href!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Join ${allThrough.name}`);
    await expect(page.getByRole("main")).toContainText("You are invited as headteacher");
    await page.getByLabel("Your name").fill("Hari Head");
    await page.getByLabel("Choose a password").fill(GOOD_PASSWORD);
    await page.getByLabel("Type the password again").fill(GOOD_PASSWORD);
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("You're in.");

    await signIn(page, email, GOOD_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`/schools/${schools["all-through"]}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("School overview");
  });
});
