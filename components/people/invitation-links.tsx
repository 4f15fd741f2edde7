import type { IssuedInvitation } from "@/lib/people/invitations";

/** Without SMTP the links come back to the inviter, who shares them; with SMTP they were emailed. */
export function InvitationLinks({ invitations }: { invitations: IssuedInvitation[] }) {
  const toShare = invitations.filter((i) => !i.emailed);
  if (toShare.length === 0) return <p>Invitations emailed to {invitations.length} {invitations.length === 1 ? "person" : "people"}.</p>;
  return (
    <div>
      <p className="mb-2">
        Email is not set up, so share {toShare.length === 1 ? "this link" : "these links"} yourself. Each works once, for 7 days.
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
