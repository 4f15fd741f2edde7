export const STATUS_LABELS = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  CHANGES_REQUESTED: "Changes requested",
  VALIDATED: "Validated",
} as const;
