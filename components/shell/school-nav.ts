import type { NavItem } from "./nav";
import { can } from "@/lib/permissions";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type SettingsLink = { href: string; label: string; description: string };

/**
 * A school's navigation, from the person's role: the everyday pages in the bar, and the pages a school
 * sets up once or looks at now and then gathered on one Settings page, so the bar stays one or two
 * lines on a laptop. Both the layout and the Settings page read this, so they cannot disagree.
 */
export function schoolNav(role: MembershipRole, base: string): { nav: NavItem[]; settings: SettingsLink[] } {
  const nav: NavItem[] = [{ href: base, label: can(role, "school:view") ? "Overview" : "My training" }];
  if (can(role, "school:view")) nav.push({ href: `${base}/people`, label: "People" });
  if (can(role, "rounds:view")) nav.push({ href: `${base}/rounds`, label: "Rounds" });
  if (can(role, "plans:manage") || can(role, "plans:approve")) {
    nav.push({ href: `${base}/plans`, label: "Plans" });
  }
  if (can(role, "action-plan:view")) nav.push({ href: `${base}/action-plan`, label: "Action plan" });
  // Staff may be asked to contribute to a review; the page says whether they have been.
  if (can(role, "review:view") || can(role, "review:contribute")) {
    nav.push({ href: `${base}/review`, label: "Whole-school review" });
  }
  if (can(role, "accreditation:view")) nav.push({ href: `${base}/accreditation`, label: "Accreditation" });
  if (can(role, "evidence:view")) nav.push({ href: `${base}/evidence`, label: "Evidence" });
  if (can(role, "network:view")) nav.push({ href: `${base}/network`, label: "Network" });
  if (can(role, "school:view")) nav.push({ href: `${base}/catalogue`, label: "Catalogue" });
  if (can(role, "services:view")) nav.push({ href: `${base}/services`, label: "Local services" });
  nav.push(
    { href: `${base}/my-plan`, label: "My plan" },
    { href: `${base}/records`, label: "Training records" },
  );
  if (can(role, "development:self")) nav.push({ href: `${base}/my-development`, label: "My development" });

  const settings: SettingsLink[] = [];
  // The lead edits the framework and the job roles; the head reads both.
  if (can(role, "framework:manage") || can(role, "school:view")) {
    settings.push({
      href: `${base}/framework`,
      label: "Framework",
      description: "The competencies staff rate themselves against, by tier.",
    });
  }
  if (can(role, "school:view")) {
    settings.push(
      {
        href: `${base}/settings/job-roles`,
        label: "Job roles",
        description: "Which tier each job role needs: Core, Enhanced or Specialist.",
      },
      {
        href: `${base}/settings/sign-in`,
        label: "Sign-in",
        description: "Let staff sign in with their school Microsoft or Google account.",
      },
    );
  }
  if (can(role, "retention:manage")) {
    settings.push({
      href: `${base}/settings/retention`,
      label: "Keeping responses",
      description: "How many years staff's individual answers are kept before Harbour deletes them.",
    });
  }
  if (can(role, "returns:submit")) {
    settings.push({
      href: `${base}/returns`,
      label: "Summary returns",
      description: "Send a closed round's figures, never anyone's answers, to your local authority.",
    });
  }
  if (can(role, "trust-view:own-school")) {
    settings.push({
      href: `${base}/trust-view`,
      label: "What your trust sees",
      description: "The figures about this school that your trust's leaders can see.",
    });
  }
  if (can(role, "audit:view")) {
    settings.push({
      href: `${base}/audit`,
      label: "Audit log",
      description: "Who did what in Harbour for this school, and when.",
    });
  }
  if (can(role, "notifications:choose")) {
    settings.push({
      href: `${base}/notifications`,
      label: "Notifications",
      description: "Whether your reminders come by email as well as in Harbour.",
    });
  }
  nav.push({ href: `${base}/settings`, label: "Settings", within: settings.map((s) => s.href) });
  return { nav, settings };
}
