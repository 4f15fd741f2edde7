// The self-assessment's choices in words: barriers, formats and the wellbeing statements. Plain
// constants with no imports, so the browser's assessment page ships them without zod (the save
// schemas in ./rules build on them).
export const BARRIERS = [
  "TIME",
  "FUNDING",
  "LEADERSHIP_SUPPORT",
  "COMPETING_PRIORITIES",
  "STARTING_KNOWLEDGE",
  "OTHER",
] as const;
export const BARRIER_LABELS: Record<(typeof BARRIERS)[number], string> = {
  TIME: "Time",
  FUNDING: "Funding",
  LEADERSHIP_SUPPORT: "Leadership support",
  COMPETING_PRIORITIES: "Competing priorities",
  STARTING_KNOWLEDGE: "Starting knowledge",
  OTHER: "Other",
};
export const FORMATS = [
  "ONLINE_SELF_PACED",
  "LIVE_ONLINE",
  "FACE_TO_FACE",
  "IN_SCHOOL",
  "COACHING_SUPERVISION",
] as const;
export const FORMAT_LABELS: Record<(typeof FORMATS)[number], string> = {
  ONLINE_SELF_PACED: "Online, self-paced",
  LIVE_ONLINE: "Live online",
  FACE_TO_FACE: "Face-to-face",
  IN_SCHOOL: "In-school session",
  COACHING_SUPERVISION: "Coaching or supervision",
};

/** Optional, CONFIDENTIAL rounds only, reported only in aggregate: 1 strongly disagree .. 5 strongly agree. */
export const WELLBEING_QUESTIONS: Record<
  "manageableWorkload" | "feelSupported" | "knowWhereToGetHelp",
  string
> = {
  manageableWorkload: "My workload is manageable.",
  feelSupported: "I feel supported with my own wellbeing at work.",
  knowWhereToGetHelp: "I know where to get help with my own wellbeing.",
};
