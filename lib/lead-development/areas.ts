// The senior mental health lead's own learning areas, each with the "I can ..." statements the lead
// rates themselves against. Written for Harbour (not copied from any published course). Keys are
// stable: saved self-assessments refer to them, so a statement may be reworded but never re-keyed.
// `competencies` names the Specialist-tier competencies of Harbour's default framework
// (lib/framework/default-framework.ts) that the area corresponds to: a gap here becomes the lead's
// own training need on those competencies in the planner. Pure data.

export type LeadStatement = { key: string; text: string };
export type LeadArea = {
  key: string;
  title: string;
  /** The level (on the staff rating scale, 0-4) a lead should reach in every statement of the area. */
  target: number;
  competencies: string[];
  statements: LeadStatement[];
};

export const LEAD_AREAS: LeadArea[] = [
  {
    key: "identifying-need",
    title: "Identifying need and the impact of interventions",
    target: 3,
    competencies: ["C8.06", "C1.05"],
    statements: [
      {
        key: "identifying-need-1",
        text: "I can choose and use a short, reliable measure to find out which pupils and groups need support.",
      },
      {
        key: "identifying-need-2",
        text: "I can bring together attendance, behaviour, safeguarding and wellbeing information to spot pupils who are struggling early.",
      },
      {
        key: "identifying-need-3",
        text: "I can set a starting point for an intervention and check afterwards whether it made a difference.",
      },
      {
        key: "identifying-need-4",
        text: "I can explain to leaders which of our interventions work, for whom, and what we should stop.",
      },
    ],
  },
  {
    key: "targeted-support",
    title: "Targeted support and referrals",
    target: 3,
    competencies: ["C4.05", "C5.05"],
    statements: [
      {
        key: "targeted-support-1",
        text: "I can name the local NHS services for children and young people (including CAMHS and any Mental Health Support Team) and what each offers.",
      },
      {
        key: "targeted-support-2",
        text: "I can tell when a pupil's needs meet the threshold for a referral, and when support in school is the better first step.",
      },
      {
        key: "targeted-support-3",
        text: "I can make a referral with the information a service needs, and keep the pupil and family informed while they wait.",
      },
      {
        key: "targeted-support-4",
        text: "I can plan support in school that fits with what outside services are doing for the same pupil.",
      },
    ],
  },
  {
    key: "staff-development",
    title: "Staff development and supervision",
    target: 3,
    competencies: ["C8.07", "C7.05"],
    statements: [
      {
        key: "staff-development-1",
        text: "I can work out what training each group of staff needs from their self-assessments and plan it over the year.",
      },
      {
        key: "staff-development-2",
        text: "I can lead a short training session for colleagues and check afterwards what changed in their practice.",
      },
      {
        key: "staff-development-3",
        text: "I can set up regular supervision or reflective time for staff who support pupils with high needs.",
      },
      {
        key: "staff-development-4",
        text: "I can notice when a colleague's own wellbeing is affected by their work and help them find support.",
      },
    ],
  },
  {
    key: "ethos",
    title: "Ethos and environment",
    target: 3,
    competencies: ["C8.04", "C8.05"],
    statements: [
      {
        key: "ethos-1",
        text: "I can describe the culture we want, where pupils and staff feel safe, respected and that they belong, and show how our routines build it.",
      },
      {
        key: "ethos-2",
        text: "I can review a school policy, such as behaviour or attendance, for how it affects pupils' mental health.",
      },
      {
        key: "ethos-3",
        text: "I can make sure pupils know where to go and whom to talk to when they need help, and check that they do.",
      },
    ],
  },
  {
    key: "leadership",
    title: "Leadership and management",
    target: 3,
    competencies: ["C8.04", "C4.06"],
    statements: [
      {
        key: "leadership-1",
        text: "I can write and lead a whole-school plan for mental health, with priorities, owners and a budget agreed by senior leaders and governors.",
      },
      {
        key: "leadership-2",
        text: "I can work with the SENCO, the designated safeguarding lead, the designated teacher and the virtual school head so that no pupil falls between our roles.",
      },
      {
        key: "leadership-3",
        text: "I can report progress to governors and trust leaders in a way that lets them challenge and support us.",
      },
      {
        key: "leadership-4",
        text: "I can lead the school's response when a critical incident affects pupils' or staff's wellbeing.",
      },
    ],
  },
  {
    key: "student-voice",
    title: "Student voice",
    target: 3,
    competencies: ["C8.04", "C8.06"],
    statements: [
      {
        key: "student-voice-1",
        text: "I can gather pupils' views on wellbeing in ways that reach quieter pupils and groups we hear from less.",
      },
      {
        key: "student-voice-2",
        text: "I can show pupils what changed because of what they told us.",
      },
      {
        key: "student-voice-3",
        text: "I can involve pupils in planning and running wellbeing work, such as peer support or assemblies, safely.",
      },
    ],
  },
  {
    key: "parents-carers",
    title: "Working with parents, families and carers",
    target: 3,
    competencies: ["C6.04"],
    statements: [
      {
        key: "parents-carers-1",
        text: "I can talk with parents and carers about a worry over their child's mental health in a way that builds trust.",
      },
      {
        key: "parents-carers-2",
        text: "I can point families to local help, including early help and community and voluntary services, and know how to reach them.",
      },
      {
        key: "parents-carers-3",
        text: "I can involve families in planning support for their child and in reviewing whether it is working.",
      },
      {
        key: "parents-carers-4",
        text: "I can find out what families want from the school on wellbeing and act on it.",
      },
    ],
  },
];

export const LEAD_STATEMENT_KEYS: string[] = LEAD_AREAS.flatMap((a) => a.statements.map((s) => s.key));
