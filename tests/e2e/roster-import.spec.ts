// Roster import at the documented size: 2,000 people in a 1.35 MB file go through the page in one
// go (the server's body limit once refused anything over 1 MB with a bare error), and a file over
// the one 2 MB limit is refused beside the field before it is sent.
import { createSchool, expect, test } from "./fixtures";

const MB = 1024 * 1024;

function rosterFile(rows: number, padTo: number): Buffer {
  const lines = ["email,name,job_role"];
  for (let i = 0; i < rows; i++)
    lines.push(`e2e-roster-${i}-${Date.now()}@college.example,Person ${i},TEACHER`);
  let text = lines.join("\r\n") + "\r\n";
  // Spreadsheets often leave blank lines of spaces at the end; they count as nothing.
  const blank = " ".repeat(998) + "\r\n";
  while (text.length + blank.length <= padTo) text += blank;
  return Buffer.from(text);
}

test.describe("importing a large roster", () => {
  test("2,000 people in a 1.35 MB file are imported, and a 2.1 MB file is refused beside the field", async ({
    signedIn,
  }) => {
    test.setTimeout(120_000);
    const school = await createSchool();
    const page = await signedIn(school.lead);
    await page.goto(`/schools/${school.id}/people`);
    const input = page.getByLabel("Roster file (CSV)");

    await input.setInputFiles({
      name: "too-big.csv",
      mimeType: "text/csv",
      buffer: rosterFile(10, 2.1 * MB),
    });
    await page.getByRole("button", { name: "Import roster" }).click();
    await expect(page.locator("#roster-error")).toHaveText(/too large: choose a file of 2 MB at most/);

    const file = rosterFile(2000, 1.35 * MB);
    expect(file.length).toBeGreaterThan(1.3 * MB);
    await input.setInputFiles({ name: "college.csv", mimeType: "text/csv", buffer: file });
    await page.getByRole("button", { name: "Import roster" }).click();
    await expect(page.getByText("Imported 2000 people.")).toBeVisible({ timeout: 60_000 });
  });
});
