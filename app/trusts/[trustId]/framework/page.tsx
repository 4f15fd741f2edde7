import type { Metadata } from "next";
import { FrameworkScreen } from "@/components/framework/framework-screen";
import { loadFrameworkScreen } from "@/lib/framework/screen";
import { requireTrust } from "@/lib/tenancy/guard";
import {
  addTrustCompetency,
  adoptTrustFramework,
  importTrustFramework,
  reinstateTrustCompetency,
  retireTrustCompetency,
  rewordTrustCompetency,
} from "./actions";

export const metadata: Metadata = { title: "Trust framework" };

type Props = { params: Promise<{ trustId: string }>; searchParams: Promise<{ version?: string | string[] }> };

/** The trust's own framework: a school in the trust that has not adopted one yet copies this. */
export default async function TrustFrameworkPage({ params, searchParams }: Props) {
  const { trustId } = await params;
  const { version } = await searchParams;
  const ctx = await requireTrust(trustId, "framework:manage");
  const screen = await loadFrameworkScreen(ctx, typeof version === "string" ? version : undefined);
  const actions = {
    adopt: adoptTrustFramework.bind(null, trustId),
    add: addTrustCompetency.bind(null, trustId),
    reword: rewordTrustCompetency.bind(null, trustId),
    retire: retireTrustCompetency.bind(null, trustId),
    reinstate: reinstateTrustCompetency.bind(null, trustId),
    import: importTrustFramework.bind(null, trustId),
  };
  return (
    <FrameworkScreen {...screen} actions={actions} basePath={`/trusts/${trustId}/framework`} owner="trust" />
  );
}
