// The lead handover end to end (issue 9, part 6), in a school of its own (appointing changes roles,
// so no demo school is touched): the head appoints a new lead from their home's next steps; the new
// lead signs in, sees the handed-over actions on their home and the plan, confirms one and then the
// rest; the plan shows the handover and its history. Axe and 360 px on the new pages.
import { addMembership, createPerson, createSchool, expect, ownerQuery, test } from "./fixtures";
import { axeViolations, horizontalOverflow } from "./support/lead";

let world: Awaited<ReturnType<typeof makeWorld>>;

/** A school whose lead owns three open actions and one done one in a draft plan. */
async function makeWorld() {
  const school = await createSchool({ name: `Handover School ${Date.now()}` });
  const head = await createPerson("Hana Head");
  await addMembership(head.id, school.id, "HEAD", "SENIOR_LEADER");
  const next = await createPerson("Nia Newlead");
  await addMembership(next.id, school.id, "STAFF", "PASTORAL_LEAD");
  const id = (s: string) => `${school.id}-${s}`;
  await ownerQuery(`INSERT INTO "ActionPlan" (id, "schoolId", "createdById") VALUES ($1, $2, $3)`, [
    id("plan"),
    school.id,
    school.lead.id,
  ]);
  await ownerQuery(
    `INSERT INTO "ActionPlanVersion" (id, "planId", "schoolId", number, "createdById", "updatedById")
     VALUES ($1, $2, $3, 1, $4, $4)`,
    [id("v1"), id("plan"), school.id, school.lead.id],
  );
  await ownerQuery(
    `INSERT INTO "ActionPlanObjective" (id, "versionId", "schoolId", key, "principleKey", title, position)
     VALUES ($1, $2, $3, 'o1', 'staff-development', 'Every adult knows how to respond to a worry', 0)`,
    [id("o1"), id("v1"), school.id],
  );
  const actions = [
    ["Whole-staff briefing", "NOT_STARTED"],
    ["Weekly drop-in for staff", "IN_PROGRESS"],
    ["Termly wellbeing survey", "NOT_STARTED"],
    ["Audit of the referral route", "DONE"],
  ];
  for (const [i, [title, status]] of actions.entries())
    await ownerQuery(
      `INSERT INTO "ActionPlanAction" (id, "versionId", "objectiveId", "schoolId", key, position, title,
         "ownerId", "ownerName", "startOn", "dueOn", status, "successMeasure")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'Other School Lead', '2026-09-01', $9, $10, 'Done and seen')`,
      [
        id(`a${i}`),
        id("v1"),
        id("o1"),
        school.id,
        `a${i}`,
        i,
        title,
        school.lead.id,
        `2027-0${i + 1}-15`,
        status,
      ],
    );
  return { school, head, next };
}

test.beforeAll(async () => {
  world = await makeWorld();
});

test("the head appoints a new lead, who confirms the handed-over actions; the plan shows the handover", async ({
  signedIn,
}) => {
  test.setTimeout(120_000);
  const { school, head, next } = world;
  const page = await signedIn(head);
  await page.goto(`/schools/${school.id}`);
  await page.getByRole("link", { name: "Appoint a new lead" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Appoint a new senior mental health lead" }),
  ).toBeVisible();
  await expect(page.getByText("Other School Lead is the senior mental health lead.")).toBeVisible();

  // Nothing chosen: the message is beside the field and nothing changes.
  await page.getByRole("button", { name: "Appoint the new lead" }).click();
  await expect(page.getByText("Choose who will be the new lead.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/e2e/lead-handover-appoint-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByLabel("New senior mental health lead").selectOption({ label: "Nia Newlead" });
  await page.getByRole("button", { name: "Appoint the new lead" }).click();
  await expect(
    page.getByText(
      /Nia Newlead is now the senior mental health lead, and Other School Lead is a member of staff\. 3 open actions pass to them/,
    ),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByText("Nia Newlead is the senior mental health lead.")).toBeVisible();
  await expect(
    page.getByText(/became the senior mental health lead in place of Other School Lead/),
  ).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/lead-handover-appointed.png", fullPage: true });

  // The new lead's home says what was handed over; the plan lists it to confirm.
  const lead = await signedIn(next);
  await lead.goto(`/schools/${school.id}`);
  await expect(lead.getByText("3 open actions were handed over to you", { exact: false })).toBeVisible();
  await lead.getByRole("link", { name: "Check and confirm them" }).click();
  const handed = lead.getByRole("region", { name: /Handed over to you/ });
  await expect(handed.getByRole("listitem")).toHaveCount(3);
  expect(await axeViolations(lead)).toEqual([]);
  await lead.screenshot({ path: "test-results/e2e/lead-handover-plan.png", fullPage: true });
  await handed.getByRole("button", { name: "Confirm “Whole-staff briefing”" }).click();
  await expect(handed.getByRole("listitem")).toHaveCount(2);
  await handed.getByRole("button", { name: "Confirm all 2" }).click();
  await expect(lead.getByRole("region", { name: /Handed over to you/ })).toHaveCount(0);

  // The plan shows the handover, who confirmed what, and its history says who appointed whom.
  const record = lead.getByRole("region", { name: "Lead handovers" });
  await expect(record.getByText(/3 open actions were handed over; 3 of 3 confirmed/)).toBeVisible();
  await expect(
    lead.getByText(
      /Hana Head appointed Nia Newlead as senior mental health lead in place of Other School Lead: 3 open actions passed to them/,
    ),
  ).toBeVisible();
  await lead.setViewportSize({ width: 360, height: 800 });
  expect(await horizontalOverflow(lead)).toBeLessThanOrEqual(0);
  await lead.screenshot({ path: "test-results/e2e/lead-handover-plan-360.png", fullPage: true });
  const [row] = await ownerQuery<{ n: string }>(
    `SELECT count(*)::text AS n FROM "LeadHandoverAction" WHERE "schoolId" = $1 AND "confirmedById" = $2`,
    [school.id, next.id],
  );
  expect(row!.n).toBe("3");
});
