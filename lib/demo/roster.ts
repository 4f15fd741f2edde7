// The demo trust's people, generated deterministically (same names every run). Pure.
import type { JobRole, SchoolPhase } from "../generated/prisma/enums";

export const DEMO_PASSWORD = "harbour-demo-lighthouse";

export type DemoSchool = {
  key: string;
  name: string;
  urn: string;
  phase: SchoolPhase;
  staff: number;
  domain: string;
};

export const DEMO_TRUST = {
  name: "Riverside Learning Trust (demo)",
  leaderEmail: "trust.leader@riverside-trust.example",
};

/** The demo schools' local authority (the register's LA 990) and its local-authority user (decision 0037). */
export const DEMO_AUTHORITY = {
  name: "Riverside Council (demo)",
  laCode: "990",
  laName: "Riverside (demo)",
  leaderEmail: "la.officer@riverside-council.example",
};

/** The authority's directory of local services, as its schools see it beside their gaps and plans. */
export const DEMO_SERVICES = [
  {
    name: "Riverside Mental Health Support Team",
    kind: "MHST",
    tier: null,
    forWhom:
      "Pupils aged 5 to 18 in Riverside schools with mild to moderate anxiety, low mood or behaviour difficulties.",
    howToRefer:
      "The school's senior mental health lead refers through the MHST referral form after talking to the family.",
    threshold: null,
    website: "https://mhst.riverside-council.example",
    monthsSinceChecked: 2,
  },
  {
    name: "Riverside CYPMHS (children and young people's mental health services)",
    kind: "CYPMHS",
    tier: null,
    forWhom: "Children and young people up to 18 with moderate to severe mental health needs.",
    howToRefer:
      "GP or school referral through the single point of access: phone 0300 000 0000 or the online form.",
    threshold:
      "Needs that persist after school-based and MHST support, or any risk of harm to self or others.",
    website: "https://cypmhs.riverside-council.example",
    monthsSinceChecked: 14,
  },
  {
    name: "Riverside Young Minds (charity)",
    kind: "CHARITY",
    tier: null,
    forWhom: "Young people aged 11 to 25 and their families: drop-in counselling and peer support.",
    howToRefer: "Self-referral or by school, by email to hello@youngminds-riverside.example.",
    threshold: null,
    website: "https://youngminds-riverside.example",
    monthsSinceChecked: 5,
  },
  {
    name: "Council training: mental health awareness for all staff",
    kind: "AUTHORITY_TRAINING",
    tier: 1,
    forWhom: "Every adult in Riverside schools: a two-hour twilight session each half-term.",
    howToRefer:
      "Book through the council's CPD portal; free to maintained schools and academies in the area.",
    threshold: null,
    website: "https://cpd.riverside-council.example",
    monthsSinceChecked: 1,
  },
] as const;

export const DEMO_SCHOOLS: DemoSchool[] = [
  {
    key: "primary",
    name: "Brookfield Primary School",
    urn: "990001",
    phase: "PRIMARY",
    staff: 32,
    domain: "brookfield.example",
  },
  {
    key: "secondary",
    name: "Kingsmead Academy",
    urn: "990002",
    phase: "SECONDARY",
    staff: 78,
    domain: "kingsmead.example",
  },
  {
    key: "special",
    name: "Willow Bank Special School",
    urn: "990003",
    phase: "SPECIAL",
    staff: 41,
    domain: "willowbank.example",
  },
  {
    key: "all-through",
    name: "Harbourside All-Through School",
    urn: "990004",
    phase: "ALL_THROUGH",
    staff: 64,
    domain: "harbourside.example",
  },
];

// Roughly the mix of a real staff room: Enhanced about a fifth, Specialist a handful.
const MIX: [JobRole, number][] = [
  ["TEACHER", 0.36],
  ["TEACHING_ASSISTANT", 0.22],
  ["SUPPORT_STAFF", 0.05],
  ["ADMIN", 0.06],
  ["SITE_STAFF", 0.03],
  ["CATERING", 0.03],
  ["MIDDAY_SUPERVISOR", 0.04],
  ["FORM_TUTOR", 0.1],
  ["HEAD_OF_YEAR", 0.03],
  ["PASTORAL_LEAD", 0.02],
  ["LEARNING_MENTOR", 0.02],
  ["ELSA", 0.02],
  ["SENIOR_LEADER", 0.02],
];
const SPECIALISTS: JobRole[] = ["SENCO", "DSL", "DEPUTY_DSL", "COUNSELLOR"];

const FIRST = [
  "Amira",
  "Ben",
  "Chloe",
  "Dev",
  "Ellie",
  "Farah",
  "George",
  "Hannah",
  "Isaac",
  "Jas",
  "Kate",
  "Liam",
  "Maya",
  "Nathan",
  "Olivia",
  "Priya",
  "Rory",
  "Sophie",
  "Tom",
  "Uma",
  "Will",
  "Zara",
  "Aled",
  "Bethan",
  "Callum",
  "Deepa",
  "Ewan",
  "Freya",
  "Grace",
  "Harvey",
];
const LAST = [
  "Ahmed",
  "Baker",
  "Clarke",
  "Davies",
  "Evans",
  "Fletcher",
  "Green",
  "Hughes",
  "Iqbal",
  "Jones",
  "Khan",
  "Lewis",
  "Morgan",
  "Nowak",
  "O'Brien",
  "Patel",
  "Quinn",
  "Roberts",
  "Singh",
  "Taylor",
  "Walker",
  "Wright",
  "Young",
  "Chen",
  "Osei",
];

export type DemoPerson = { name: string; email: string; jobRole: JobRole; role: "STAFF" | "LEAD" | "HEAD" };

export function demoStaff(school: DemoSchool): DemoPerson[] {
  const people: DemoPerson[] = [
    { name: personName(school, 0), email: `lead@${school.domain}`, jobRole: "SENIOR_MH_LEAD", role: "LEAD" },
    { name: personName(school, 1), email: `head@${school.domain}`, jobRole: "SENIOR_LEADER", role: "HEAD" },
  ];
  SPECIALISTS.forEach((jobRole, i) =>
    people.push(staff(school, people.length, jobRole, i === 0 ? "staff" : undefined)),
  );
  let i = 0;
  while (people.length < school.staff) {
    people.push(staff(school, people.length, pickJobRole(i++)));
  }
  // The first ordinary teacher gets a memorable address for the demo sign-in.
  const teacher = people.find((p) => p.jobRole === "TEACHER")!;
  teacher.email = `teacher@${school.domain}`;
  return people;
}

function staff(school: DemoSchool, index: number, jobRole: JobRole, alias?: string): DemoPerson {
  const name = personName(school, index);
  const email = alias
    ? `${alias}@${school.domain}`
    : `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${index}@${school.domain}`;
  return { name, email, jobRole, role: "STAFF" };
}

function personName(school: DemoSchool, index: number): string {
  const seed = index * 7 + school.urn.charCodeAt(5) * 13;
  return `${FIRST[seed % FIRST.length]} ${LAST[(seed * 3 + index) % LAST.length]}`;
}

/** Cycles through the mix so every school gets the same proportions, in a stable order. */
function pickJobRole(i: number): JobRole {
  const slot = (i * 0.618034) % 1;
  let acc = 0;
  for (const [role, share] of MIX) {
    acc += share;
    if (slot < acc) return role;
  }
  return "TEACHER";
}
