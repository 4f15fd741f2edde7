// A local authority's journey through returns (issue 11, part 4): a school's lead sends a summary of
// a closed round; the authority's user sees it in the returns and the area view (by phase and by
// district), and downloads the CSV. A school that sent nothing is nowhere in it. Axe at 360 px.
import fs from "node:fs";
import { expect, signIn, signOut, test } from "./fixtures";
import { authorityWithSchools } from "./support/authority";
import { axeViolations, horizontalOverflow } from "./support/lead";

test("a school sends a summary return; the local authority sees it in the area view and exports it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { authority, sender } = await authorityWithSchools();
  await signIn(page, sender.lead.email, sender.lead.password);
  await page.goto(`/schools/${sender.id}/returns`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Summary returns to your local authority" }),
  ).toBeVisible();
  const round = page.getByRole("region", { name: "Birch autumn round" });
  await expect(round.getByText("Not sent.")).toBeVisible();
  // What would be sent: withheld statements say so and carry no number.
  await expect(round.getByRole("table", { name: /Needs in Birch autumn round/ })).toBeVisible();
  await round.getByRole("button", { name: `Send to ${authority.name}` }).click();
  await expect(round.getByText(`Sent to ${authority.name} on`)).toBeVisible();
  await signOut(page);

  await signIn(page, authority.officer.email, authority.officer.password);
  await page.setViewportSize({ width: 360, height: 800 });
  // The authority's home says what arrived, and leads to it.
  await page.goto(`/trusts/${authority.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByText("1 school has sent 1 return.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "see the returns and the needs across your area" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Summary returns and area needs" })).toBeVisible();
  const received = page.getByRole("table", { name: /Returns received/ });
  await expect(received.getByRole("row", { name: /Birch Primary/ })).toContainText("14 of");
  await expect(received.getByText("Cedar Primary")).toHaveCount(0);
  const byPhase = page.getByRole("table", { name: /Need by domain and phase/ });
  await expect(byPhase.getByRole("rowheader", { name: /Primary.*1 school, 14 responded/ })).toBeVisible();
  await expect(byPhase.getByRole("rowheader", { name: /Whole area/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Need by domain and district/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBe(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download every return (CSV)" }).click();
  const csv = fs.readFileSync((await (await download).path())!, "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/^school,urn,phase,district,round/);
  expect(csv).toContain("Birch Primary");
  expect(csv).not.toContain("Cedar Primary");
});
