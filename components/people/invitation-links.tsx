import type { IssuedInvitation } from "@/lib/people/invitations";

/** Without SMTP the links come back to the inviter, who shares them; with SMTP they were emailed. */
export function InvitationLinks({ invitations }: { invitations: IssuedInvitation[] }) {
  const toShare = invitations.filter((i) => i.link);
  // With SMTP a link goes only to the invitee (decision 0008); one that could not be sent was withdrawn.
  const unsent = invitations.filter((i) => !i.emailed && !i.link);
  if (unsent.length > 0) {
    const sent = invitations.length - unsent.length;
    return (
      <p role="alert">
        {sent > 0 && `Invitations emailed to ${sent}. `}Could not send the email to{" "}
        {unsent.map((i) => i.email).join(", ")}, so that invitation was withdrawn: try again later.
      </p>
    );
  }
  if (toShare.length === 0)
    return (
      <p>
        Invitations emailed to {invitations.length} {invitations.length === 1 ? "person" : "people"}.
      </p>
    );
  return (
    <div>
      <p className="mb-2">
        Email is not set up, so share {toShare.length === 1 ? "this link" : "these links"} yourself. Each
        works once, for 7 days.
      </p>
      <ul className="flex flex-col gap-2">
        {toShare.map((i) => (
          <li key={i.email} className="break-all">
            <span className="font-medium">{i.email}</span>:{" "}
            <a href={i.link} className="text-harbour-700 underline" data-testid="invitation-link">
              {i.link}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
