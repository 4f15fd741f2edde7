// The network of schools (decision 0030): who sees a school's published case studies, and how a
// case study moves from draft to published. Pure: no database, no clock. Row-level security applies
// the same visibility rule underneath (network_sees() in migration 20261204140000).
import type { CaseStudyStatus } from "../generated/prisma/enums";

export type NetworkSchool = { id: string; trustId: string | null; networkOptIn: boolean };

/**
 * Does `reader` see `owner`'s published case studies? Its own, always; a school of the same trust,
 * always; any other school only when both have opted in to the network across trusts.
 */
export function sees(reader: NetworkSchool, owner: NetworkSchool): boolean {
  if (reader.id === owner.id) return true;
  if (reader.trustId !== null && reader.trustId === owner.trustId) return true;
  return reader.networkOptIn && owner.networkOptIn;
}

export type CaseStudyStep = "edit" | "ask-contact" | "agree" | "decline" | "publish" | "withdraw";

export type CaseStudyState = {
  status: CaseStudyStatus;
  contactId: string | null;
  agreedAt: Date | null;
};

/** What may happen next to a case study in this state (the app checks who may do it). */
export function allowedSteps(s: CaseStudyState): CaseStudyStep[] {
  switch (s.status) {
    case "DRAFT":
      return s.contactId ? ["edit", "ask-contact"] : ["edit"];
    case "AWAITING_CONTACT":
      return s.agreedAt ? ["publish", "withdraw"] : ["agree", "decline", "withdraw"];
    case "PUBLISHED":
      return ["withdraw"];
    case "WITHDRAWN":
      return ["edit"];
  }
}

export const STATUS_WORDS: Record<CaseStudyStatus, string> = {
  DRAFT: "Draft",
  AWAITING_CONTACT: "Waiting for the contact",
  PUBLISHED: "Published",
  WITHDRAWN: "Withdrawn",
};

/** The line a lead reads beside a case study: what happens next, in words. */
export function nextStepWords(s: CaseStudyState): string {
  switch (s.status) {
    case "DRAFT":
      return s.contactId
        ? "Ask the contact to agree to be named, then publish."
        : "Choose a contact who will answer questions from other schools.";
    case "AWAITING_CONTACT":
      return s.agreedAt
        ? "The contact agreed. You can publish it to the network."
        : "Waiting for the contact to agree or decline.";
    case "PUBLISHED":
      return "Schools in the network can read it and ask questions.";
    case "WITHDRAWN":
      return "Withdrawn: no other school sees it. Edit it to publish again.";
  }
}
