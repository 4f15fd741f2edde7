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
