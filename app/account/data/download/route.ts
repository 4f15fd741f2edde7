import { currentPersonId } from "@/lib/auth/session";
import { personalData } from "@/lib/privacy/personal-data";
import { download, routeError } from "@/lib/tenancy/route";

// Everything Harbour holds about the signed-in person, as JSON (decision 0041). POST only: the
// download is audited, and a link a mail scanner follows must not write to the log.
export async function POST() {
  const personId = await currentPersonId();
  if (!personId) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  try {
    const data = await personalData(personId);
    return download({
      filename: `harbour-my-data-${data.downloadedAt.slice(0, 10)}.json`,
      contentType: "application/json",
      text: JSON.stringify(data, null, 2),
    });
  } catch (error) {
    return routeError(error, "downloadPersonalData");
  }
}
