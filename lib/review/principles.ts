// The eight principles of a whole-school approach to mental health and wellbeing, each with the
// statements a school rates itself against. Written for Harbour (not copied from any published
// audit). Keys are stable: reviews, action-plan objectives and evidence refer to them. Pure data.

export type PrincipleKey =
  | "leadership"
  | "ethos"
  | "curriculum"
  | "student-voice"
  | "staff-development"
  | "identifying-need"
  | "parents-carers"
  | "targeted-support";

export type ReviewStatement = { key: string; text: string };
export type Principle = { key: PrincipleKey; title: string; summary: string; statements: ReviewStatement[] };

/** 0 Not started, 1 Emerging, 2 Established, 3 Embedded. */
export const REVIEW_LEVELS = ["Not started", "Emerging", "Established", "Embedded"] as const;
export type ReviewLevel = 0 | 1 | 2 | 3;

export const PRINCIPLES: Principle[] = [
  {
    key: "leadership",
    title: "Leadership and management",
    summary: "Leaders champion wellbeing, give it time and money, and hold the school to account for it.",
    statements: [
      {
        key: "leadership.1",
        text: "A named senior mental health lead has protected time and a clear remit.",
      },
      {
        key: "leadership.2",
        text: "Governors receive regular reports on pupil and staff wellbeing and ask questions about them.",
      },
      {
        key: "leadership.3",
        text: "The school improvement plan includes mental health aims with a budget attached.",
      },
      {
        key: "leadership.4",
        text: "Leaders, the SENCO and the designated safeguarding lead meet to plan support together.",
      },
      {
        key: "leadership.5",
        text: "Policies that affect wellbeing (behaviour, attendance, workload) are reviewed with it in mind.",
      },
    ],
  },
  {
    key: "ethos",
    title: "Ethos and environment",
    summary: "Relationships, routines and spaces help everyone feel safe, respected and that they belong.",
    statements: [
      { key: "ethos.1", text: "Every pupil can name at least one adult in school they would talk to." },
      {
        key: "ethos.2",
        text: "There are calm spaces pupils can use when they feel overwhelmed, and they know how.",
      },
      {
        key: "ethos.3",
        text: "Staff model respectful, kind relationships, including when managing behaviour.",
      },
      {
        key: "ethos.4",
        text: "Bullying and discrimination are recorded, followed up and the patterns acted on.",
      },
      { key: "ethos.5", text: "Staff workload and wellbeing are discussed openly, and changes follow." },
    ],
  },
  {
    key: "curriculum",
    title: "Curriculum, teaching and learning",
    summary: "Pupils learn about mental health, resilience and help-seeking in every year group.",
    statements: [
      {
        key: "curriculum.1",
        text: "Relationships, health and sex education covers mental wellbeing in every year group.",
      },
      {
        key: "curriculum.2",
        text: "Pupils learn how to recognise worry and low mood, and where to go for help.",
      },
      {
        key: "curriculum.3",
        text: "Teachers feel confident teaching mental health lessons and know where to get support.",
      },
      {
        key: "curriculum.4",
        text: "Lessons on mental health are checked for what pupils have learned, not only delivered.",
      },
    ],
  },
  {
    key: "student-voice",
    title: "Student voice",
    summary: "Pupils shape the decisions that affect their wellbeing, and see what changed.",
    statements: [
      {
        key: "student-voice.1",
        text: "Pupils are asked about their wellbeing at least once a year, in a way they trust.",
      },
      {
        key: "student-voice.2",
        text: "A group of pupils, reflecting the whole school, advises on wellbeing work.",
      },
      { key: "student-voice.3", text: "The school tells pupils what it changed because of what they said." },
      {
        key: "student-voice.4",
        text: "Pupils with additional needs or who are less often heard are asked in ways that suit them.",
      },
    ],
  },
  {
    key: "staff-development",
    title: "Staff development",
    summary: "Every adult can notice and respond; some can do more; all are supported themselves.",
    statements: [
      {
        key: "staff-development.1",
        text: "Every adult in school has had Core mental health training in the last two years.",
      },
      {
        key: "staff-development.2",
        text: "Staff in pastoral and targeted roles have Enhanced training matched to their role.",
      },
      {
        key: "staff-development.3",
        text: "Training needs are found from staff self-assessment, not guessed.",
      },
      {
        key: "staff-development.4",
        text: "Staff who support pupils with difficult experiences receive regular supervision.",
      },
      {
        key: "staff-development.5",
        text: "New staff learn the school's approach and referral routes in their induction.",
      },
    ],
  },
  {
    key: "identifying-need",
    title: "Identifying need and monitoring impact",
    summary: "The school notices need early, records it consistently and checks what its support achieves.",
    statements: [
      {
        key: "identifying-need.1",
        text: "Staff know the early signs of mental health needs and how to record a concern.",
      },
      {
        key: "identifying-need.2",
        text: "Attendance, behaviour and wellbeing information is looked at together to spot need.",
      },
      { key: "identifying-need.3", text: "Each intervention has a measure taken before and after it." },
      {
        key: "identifying-need.4",
        text: "Leaders review the impact of support at least termly and stop what does not help.",
      },
    ],
  },
  {
    key: "parents-carers",
    title: "Working with parents and carers",
    summary: "Families are partners: informed, listened to and helped to support their children.",
    statements: [
      {
        key: "parents-carers.1",
        text: "Parents and carers know who to contact in school about their child's wellbeing.",
      },
      {
        key: "parents-carers.2",
        text: "The school offers families information or sessions on supporting children's mental health.",
      },
      {
        key: "parents-carers.3",
        text: "Parents and carers are involved in planning support for their own child.",
      },
      {
        key: "parents-carers.4",
        text: "The school reaches families who find school hard to engage with, in ways that suit them.",
      },
    ],
  },
  {
    key: "targeted-support",
    title: "Targeted support and appropriate referral",
    summary: "Pupils who need more get the right help quickly, in school or from local services.",
    statements: [
      {
        key: "targeted-support.1",
        text: "Staff know the referral routes and thresholds of local NHS and community services.",
      },
      {
        key: "targeted-support.2",
        text: "The school works with its Mental Health Support Team or equivalent local service.",
      },
      { key: "targeted-support.3", text: "In-school interventions are run by staff trained for them." },
      {
        key: "targeted-support.4",
        text: "Pupils waiting for specialist help are supported and checked on while they wait.",
      },
      {
        key: "targeted-support.5",
        text: "Support for looked-after and previously looked-after children is planned with the designated teacher.",
      },
    ],
  },
];

export const PRINCIPLE_KEYS = PRINCIPLES.map((p) => p.key);
const BY_KEY = new Map(PRINCIPLES.map((p) => [p.key, p]));
export const principleOf = (key: PrincipleKey): Principle => BY_KEY.get(key)!;
