// Issue 13 part 5 in the browser: the lead reads the school's audit log, filters it, and downloads it.
import { demoIds, demoSchool, expect, ownerQuery, test } from "./fixtures";

const primary = demoSchool("primary");

test("the lead filters the school's audit log and downloads what they see", async ({ signedIn }) => {
  const school = (await demoIds()).schools.primary;
  const [lead] = await ownerQuery<{ id: string; name: string }>(
    `SELECT id, name FROM "Person" WHERE email = $1`,
    [primary.lead.email],
  );
  await ownerQuery(
    `INSERT INTO "AuditEvent" (id, action, "schoolId", "actorId", at) VALUES ($1, 'course.retired', $2, $3, now())`,
    [`e2e-audit-${Date.now()}`, school, lead!.id],
  );
  const page = await signedIn(primary.lead);
  await page.goto(`/schools/${school}`);
  await page.getByRole("link", { name: "Settings" }).first().click();
  await page.getByRole("main").getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();

  await page.getByLabel("What").selectOption({ label: "Retired a course" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/action=course\.retired/);
  await expect(page.getByText(`${lead!.name}: Retired a course`).first()).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download as CSV" }).click(),
  ]);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe("at_utc,london_day,who,what,about");
  expect(text).toContain(`${lead!.name},Retired a course`);
  expect(text).not.toMatch(/Invited someone/);
});
