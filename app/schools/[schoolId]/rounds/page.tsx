import type { Metadata } from "next";
import { AdoptFramework } from "@/components/framework/adopt-framework";
import { OpenRoundForm } from "@/components/rounds/open-round-form";
import { RoundList } from "@/components/rounds/round-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getFramework } from "@/lib/framework/queries";
import { can } from "@/lib/permissions";
import { londonDay, londonDayAfter } from "@/lib/rounds/dates";
import { roundsOverview } from "@/lib/rounds/overview";
import { requireSchool } from "@/lib/tenancy/guard";
import { adoptFramework } from "../framework/actions";
import { openRound } from "./actions";

export const metadata: Metadata = { title: "Rounds" };

export default async function RoundsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "rounds:view");
  const manage = can(ctx.role, "rounds:manage");
  const { rounds, k } = await roundsOverview(ctx);
  const framework = manage ? await getFramework(ctx) : null;
  const now = new Date();

  return (
    <>
      <PageHeader
        title="Rounds"
        lead="Self-assessment rounds: who is asked, when, and how many have answered."
      />
      {framework && (
        <Section title="Open a round">
          {framework.source === "own" ? (
            <OpenRoundForm
              schoolId={schoolId}
              action={openRound.bind(null, schoolId)}
              defaults={{ opensOn: londonDay(now), closesOn: londonDayAfter(now, 14) }}
              framework={`version ${framework.version.number} of “${framework.name}”, your framework as it is now`}
              k={k}
            />
          ) : (
            <>
              <p className="mb-3 font-medium">
                Your school needs a framework of its own before its first round.
              </p>
              <AdoptFramework
                action={adoptFramework.bind(null, schoolId)}
                source={
                  framework.source === "trust" ? "your trust's framework" : "Harbour's default framework"
                }
                name={framework.name}
                owner="school"
              />
            </>
          )}
        </Section>
      )}
      <Section title={`All rounds (${rounds.length})`}>
        <RoundList schoolId={schoolId} rounds={rounds} />
      </Section>
    </>
  );
}
