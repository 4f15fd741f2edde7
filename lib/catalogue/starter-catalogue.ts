/**
 * Starter training catalogue: fictional UK providers and courses mapped to the
 * default framework's competencies. Plain data: no runtime dependencies.
 * Prices are in pence; PER_SESSION prices cover one session for up to sessionCapacity staff.
 */

export type CourseFormat = "ONLINE_SELF_PACED" | "LIVE_ONLINE" | "FACE_TO_FACE" | "IN_SCHOOL";

export type StarterCourse = {
  key: string;
  provider: string;
  title: string;
  summary: string;
  tier: 1 | 2 | 3;
  format: CourseFormat;
  hoursPerParticipant: number;
  costModel: "PER_PLACE" | "PER_SESSION";
  costPence: number;
  sessionCapacity?: number;
  qualityAssured: boolean;
  refreshMonths: number | null;
  bookingUrl: string;
  outcomes: { competencyCode: string; level: number }[];
};

type Provider = { name: string; slug: string };

type CourseInput = Omit<StarterCourse, "provider" | "bookingUrl" | "outcomes"> & {
  /** competency code -> level the course develops */
  outcomes: Record<string, number>;
};

function course(provider: Provider, input: CourseInput): StarterCourse {
  const { outcomes, ...rest } = input;
  return {
    ...rest,
    provider: provider.name,
    bookingUrl: `https://example.org/${provider.slug}/courses/${input.key}`,
    outcomes: Object.entries(outcomes).map(([competencyCode, level]) => ({ competencyCode, level })),
  };
}

const NORTHGATE: Provider = { name: "Northgate Wellbeing Training", slug: "northgate-wellbeing" };
const MILLBROOK: Provider = { name: "Millbrook Education Services", slug: "millbrook-education" };
const BRIGHTWATER: Provider = {
  name: "Brightwater Safeguarding Associates",
  slug: "brightwater-safeguarding",
};
const KESTREL: Provider = { name: "Kestrel Pastoral Training", slug: "kestrel-pastoral" };
const LANTERNS: Provider = { name: "Lanterns Family and Staff Support", slug: "lanterns-support" };
const THORNFIELD: Provider = {
  name: "Thornfield Centre for Young People's Mental Health",
  slug: "thornfield-centre",
};
const OAKRIDGE: Provider = { name: "Oakridge Teaching School Hub", slug: "oakridge-hub" };
const MERIDIAN: Provider = { name: "Meridian School Leadership Institute", slug: "meridian-leadership" };

export const STARTER_CATALOGUE: StarterCourse[] = [
  // Core (tier 1)
  course(NORTHGATE, {
    key: "northgate-mental-health-awareness-elearning",
    title: "Mental health awareness for all school staff",
    summary: "A short e-learning introduction to mental health, common difficulties and the language we use.",
    tier: 1,
    format: "ONLINE_SELF_PACED",
    hoursPerParticipant: 1.5,
    costModel: "PER_PLACE",
    costPence: 1800,
    qualityAssured: false,
    refreshMonths: 12,
    outcomes: { "C1.01": 2, "C1.02": 2, "C2.01": 2, "C3.02": 2 },
  }),
  course(NORTHGATE, {
    key: "northgate-spot-respond-signpost-elearning",
    title: "Spot, respond, signpost: an e-learning course",
    summary:
      "Interactive scenarios on noticing a pupil who is struggling, responding well and pointing them to help.",
    tier: 1,
    format: "ONLINE_SELF_PACED",
    hoursPerParticipant: 3,
    costModel: "PER_PLACE",
    costPence: 3500,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C2.01": 3, "C2.02": 3, "C2.04": 3, "C2.03": 2 },
  }),
  course(MILLBROOK, {
    key: "millbrook-whole-staff-mental-health-inset",
    title: "Whole-staff INSET: mental health is everyone's business",
    summary:
      "A half-day in-school session for all staff on mental health, its causes, early signs and the school's approach.",
    tier: 1,
    format: "IN_SCHOOL",
    hoursPerParticipant: 3,
    costModel: "PER_SESSION",
    costPence: 65000,
    sessionCapacity: 40,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C1.01": 3, "C1.02": 3, "C1.03": 3, "C2.01": 3, "C3.02": 3, "C8.01": 3 },
  }),
  course(MILLBROOK, {
    key: "millbrook-noticing-and-responding-twilight",
    title: "Noticing and responding: twilight session",
    summary:
      "A practical after-school session on spotting signs, first conversations, recording and signposting.",
    tier: 1,
    format: "IN_SCHOOL",
    hoursPerParticipant: 2,
    costModel: "PER_SESSION",
    costPence: 45000,
    sessionCapacity: 30,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C2.01": 3, "C2.02": 3, "C2.03": 3, "C2.04": 3 },
  }),
  course(BRIGHTWATER, {
    key: "brightwater-safeguarding-and-mental-health-inset",
    title: "Safeguarding and mental health for all staff",
    summary:
      "An in-school session linking wellbeing worries to safeguarding, acting on risk and confidentiality.",
    tier: 1,
    format: "IN_SCHOOL",
    hoursPerParticipant: 2.5,
    costModel: "PER_SESSION",
    costPence: 55000,
    sessionCapacity: 40,
    qualityAssured: true,
    refreshMonths: 12,
    outcomes: { "C4.01": 3, "C4.02": 3, "C4.03": 3, "C2.03": 3 },
  }),
  course(BRIGHTWATER, {
    key: "brightwater-safeguarding-and-mental-health-elearning",
    title: "Safeguarding and mental health: e-learning",
    summary:
      "A self-paced course on when a wellbeing worry becomes a safeguarding concern and what confidentiality means.",
    tier: 1,
    format: "ONLINE_SELF_PACED",
    hoursPerParticipant: 2,
    costModel: "PER_PLACE",
    costPence: 2200,
    qualityAssured: true,
    refreshMonths: 12,
    outcomes: { "C4.01": 3, "C4.03": 3, "C4.02": 2 },
  }),
  course(KESTREL, {
    key: "kestrel-relationships-first-inset",
    title: "Relationships first: an in-school session",
    summary:
      "How warm, consistent relationships and respectful language help pupils, including those with support plans.",
    tier: 1,
    format: "IN_SCHOOL",
    hoursPerParticipant: 3,
    costModel: "PER_SESSION",
    costPence: 60000,
    sessionCapacity: 35,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C3.01": 3, "C3.02": 3, "C2.02": 3, "C5.01": 3 },
  }),
  course(LANTERNS, {
    key: "lanterns-staff-wellbeing-inset",
    title: "Looking after ourselves: staff wellbeing INSET",
    summary:
      "An in-school session on recognising stress, staff support routes and coping after hearing difficult things.",
    tier: 1,
    format: "IN_SCHOOL",
    hoursPerParticipant: 2,
    costModel: "PER_SESSION",
    costPence: 48000,
    sessionCapacity: 40,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C7.01": 3, "C7.02": 3, "C7.03": 3 },
  }),
  course(LANTERNS, {
    key: "lanterns-staff-wellbeing-elearning",
    title: "Your wellbeing at work: e-learning",
    summary: "A short self-paced course on noticing your own stress and getting support early.",
    tier: 1,
    format: "ONLINE_SELF_PACED",
    hoursPerParticipant: 1.5,
    costModel: "PER_PLACE",
    costPence: 1500,
    qualityAssured: false,
    refreshMonths: null,
    outcomes: { "C7.01": 3, "C7.02": 3, "C7.03": 2 },
  }),
  course(THORNFIELD, {
    key: "thornfield-youth-mental-health-first-response",
    title: "Youth mental health first response (two days)",
    summary:
      "A two-day face-to-face course on understanding, spotting and responding to young people's mental health needs.",
    tier: 1,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 12,
    costModel: "PER_PLACE",
    costPence: 32000,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: {
      "C1.01": 3,
      "C1.02": 3,
      "C1.03": 3,
      "C2.01": 3,
      "C2.02": 3,
      "C2.04": 3,
      "C4.02": 3,
      "C7.03": 3,
    },
  }),
  course(THORNFIELD, {
    key: "thornfield-first-response-half-day-live",
    title: "Youth mental health first response: half-day live online",
    summary:
      "A shorter live online version covering common difficulties, warning signs and responding to risk.",
    tier: 1,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 4,
    costModel: "PER_PLACE",
    costPence: 8500,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C1.02": 3, "C2.01": 3, "C2.02": 3, "C2.04": 3, "C4.02": 3 },
  }),
  course(OAKRIDGE, {
    key: "oakridge-support-plans-and-families-elearning",
    title: "Following support plans and helping families: e-learning",
    summary:
      "A self-paced course on applying pupils' support plans and handling worries raised by parents and carers.",
    tier: 1,
    format: "ONLINE_SELF_PACED",
    hoursPerParticipant: 2,
    costModel: "PER_PLACE",
    costPence: 2800,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C5.01": 3, "C6.01": 3, "C2.04": 2 },
  }),
  course(OAKRIDGE, {
    key: "oakridge-new-staff-mental-health-induction",
    title: "New staff induction: mental health and our school",
    summary:
      "A live online induction for new staff on the whole-school approach, recording concerns and confidentiality.",
    tier: 1,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 2.5,
    costModel: "PER_PLACE",
    costPence: 6500,
    qualityAssured: false,
    refreshMonths: null,
    outcomes: { "C1.01": 3, "C2.03": 3, "C4.03": 3, "C6.01": 3, "C8.01": 3 },
  }),

  // Enhanced (tier 2)
  course(KESTREL, {
    key: "kestrel-trauma-informed-practice",
    title: "Trauma-informed and attachment-aware practice",
    summary:
      "A one-day course on how trauma and attachment shape behaviour, co-regulation and adapting practice.",
    tier: 2,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 6,
    costModel: "PER_PLACE",
    costPence: 19500,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C1.04": 3, "C3.03": 3, "C3.04": 3, "C3.01": 3 },
  }),
  course(KESTREL, {
    key: "kestrel-trauma-informed-elearning",
    title: "Trauma-informed practice: e-learning",
    summary: "A self-paced introduction to attachment, trauma and responding to distressed behaviour.",
    tier: 2,
    format: "ONLINE_SELF_PACED",
    hoursPerParticipant: 4,
    costModel: "PER_PLACE",
    costPence: 4500,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C1.04": 3, "C3.03": 2, "C3.04": 2 },
  }),
  course(NORTHGATE, {
    key: "northgate-supportive-conversations-live",
    title: "Supportive conversations with pupils",
    summary:
      "A live online workshop with practice on planned conversations, open questions and agreeing next steps.",
    tier: 2,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 3,
    costModel: "PER_PLACE",
    costPence: 9500,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C2.05": 3, "C2.02": 3, "C6.02": 2 },
  }),
  course(NORTHGATE, {
    key: "northgate-enhanced-pastoral-pathway-elearning",
    title: "Enhanced pastoral pathway: e-learning",
    summary:
      "A longer self-paced pathway for pastoral staff: conversations, calming, family signposting and colleague support.",
    tier: 2,
    format: "ONLINE_SELF_PACED",
    hoursPerParticipant: 8,
    costModel: "PER_PLACE",
    costPence: 5800,
    qualityAssured: false,
    refreshMonths: 36,
    outcomes: { "C2.05": 3, "C2.06": 2, "C3.03": 3, "C6.03": 3, "C7.04": 3 },
  }),
  course(MILLBROOK, {
    key: "millbrook-early-support-interventions",
    title: "Delivering early support interventions (two days)",
    summary:
      "Face-to-face training to run structured check-ins and small-group work, plan support and track progress.",
    tier: 2,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 12,
    costModel: "PER_PLACE",
    costPence: 38000,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C2.06": 3, "C5.04": 3, "C2.05": 3, "C5.02": 3 },
  }),
  course(MILLBROOK, {
    key: "millbrook-check-in-programme-live",
    title: "Running a check-in programme",
    summary: "A live online course on setting up, running and reviewing short check-in support for pupils.",
    tier: 2,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 4,
    costModel: "PER_PLACE",
    costPence: 12000,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C2.06": 3, "C5.04": 3 },
  }),
  course(BRIGHTWATER, {
    key: "brightwater-asking-about-self-harm-live",
    title: "Asking about self-harm and suicidal thoughts",
    summary:
      "A live online session on asking directly and safely, responding to risk and passing concerns on.",
    tier: 2,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 3,
    costModel: "PER_PLACE",
    costPence: 11000,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C4.04": 3, "C4.02": 3, "C2.05": 3 },
  }),
  course(BRIGHTWATER, {
    key: "brightwater-self-harm-and-suicide-prevention",
    title: "Self-harm and suicide prevention in schools",
    summary:
      "A one-day course on risk, safe conversations and supporting pupils back into school after a crisis.",
    tier: 2,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 6,
    costModel: "PER_PLACE",
    costPence: 24000,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C4.04": 3, "C4.02": 3, "C5.03": 3 },
  }),
  course(OAKRIDGE, {
    key: "oakridge-planning-support-for-identified-needs",
    title: "Planning and reviewing support for pupils with identified needs",
    summary:
      "Live online sessions on writing support plans with pupils, planned returns to school and measuring progress.",
    tier: 2,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 5,
    costModel: "PER_PLACE",
    costPence: 14000,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C5.02": 3, "C5.03": 3, "C5.04": 3, "C5.01": 3 },
  }),
  course(OAKRIDGE, {
    key: "oakridge-mental-health-curriculum-and-pupil-voice",
    title: "Mental health in the curriculum and pupil voice",
    summary:
      "A one-day course on teaching about mental health, adapting classroom practice and running pupil voice work.",
    tier: 2,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 6,
    costModel: "PER_PLACE",
    costPence: 21000,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C8.02": 3, "C3.04": 3, "C8.01": 3 },
  }),
  course(LANTERNS, {
    key: "lanterns-working-with-parents-and-carers",
    title: "Working with parents and carers on mental health",
    summary:
      "A face-to-face course on difficult conversations with families and connecting them with local support.",
    tier: 2,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 5,
    costModel: "PER_PLACE",
    costPence: 17500,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C6.02": 3, "C6.03": 3, "C6.01": 3 },
  }),
  course(LANTERNS, {
    key: "lanterns-family-conversations-live",
    title: "Family conversations and signposting",
    summary:
      "A live online workshop on talking with parents about their child's wellbeing and finding the right support.",
    tier: 2,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 2.5,
    costModel: "PER_PLACE",
    costPence: 7500,
    qualityAssured: false,
    refreshMonths: 24,
    outcomes: { "C6.02": 3, "C6.03": 3 },
  }),
  course(LANTERNS, {
    key: "lanterns-staff-wellbeing-champions-live",
    title: "Staff wellbeing champions",
    summary: "A live online course for staff who want to notice and support colleagues who are struggling.",
    tier: 2,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 3,
    costModel: "PER_PLACE",
    costPence: 9000,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C7.04": 3, "C7.02": 3 },
  }),
  course(MERIDIAN, {
    key: "meridian-using-wellbeing-data-live",
    title: "Using wellbeing data to target support",
    summary:
      "A live online course on reading attendance, behaviour and survey data to find pupils who need more help.",
    tier: 2,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 3,
    costModel: "PER_PLACE",
    costPence: 13000,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C8.03": 3, "C5.04": 3 },
  }),

  // Specialist (tier 3)
  course(MERIDIAN, {
    key: "meridian-senior-mental-health-lead-programme",
    title: "Senior mental health lead programme",
    summary:
      "Quality-assured senior lead training in the style of the national offer: leadership, policy, partnerships, curriculum, targeted support and measuring impact.",
    tier: 3,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 24,
    costModel: "PER_PLACE",
    costPence: 95000,
    qualityAssured: true,
    refreshMonths: null,
    outcomes: {
      "C8.04": 4,
      "C8.05": 3,
      "C8.06": 3,
      "C1.05": 3,
      "C6.04": 3,
      "C8.01": 4,
      "C8.02": 3,
      "C8.03": 3,
    },
  }),
  course(THORNFIELD, {
    key: "thornfield-senior-lead-intensive",
    title: "Leading mental health in schools: three-day intensive",
    summary:
      "A face-to-face intensive for senior leads on strategy, policy, impact, supervision and training colleagues.",
    tier: 3,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 18,
    costModel: "PER_PLACE",
    costPence: 115000,
    qualityAssured: true,
    refreshMonths: null,
    outcomes: { "C8.04": 4, "C8.06": 4, "C8.07": 3, "C7.05": 3, "C8.05": 3 },
  }),
  course(BRIGHTWATER, {
    key: "brightwater-dsl-mental-health-thresholds",
    title: "Mental health thresholds and referrals for safeguarding leads",
    summary:
      "A one-day course for designated safeguarding leads on local thresholds, referrals and crisis response.",
    tier: 3,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 6,
    costModel: "PER_PLACE",
    costPence: 29500,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C4.05": 3, "C4.06": 3, "C4.01": 3, "C4.04": 3 },
  }),
  course(BRIGHTWATER, {
    key: "brightwater-critical-incident-response-live",
    title: "Responding to critical incidents",
    summary:
      "A live online course on planning for and leading the school's response to a crisis or traumatic event.",
    tier: 3,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 3,
    costModel: "PER_PLACE",
    costPence: 16000,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C4.06": 3 },
  }),
  course(THORNFIELD, {
    key: "thornfield-working-with-camhs-and-mhsts-live",
    title: "Working with CAMHS, Mental Health Support Teams and early help",
    summary:
      "A live online course on local pathways, referral thresholds and joint working with health and early help.",
    tier: 3,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 4,
    costModel: "PER_PLACE",
    costPence: 15000,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C5.05": 3, "C4.05": 3, "C6.04": 3 },
  }),
  course(OAKRIDGE, {
    key: "oakridge-coordinating-complex-needs",
    title: "Coordinating support for complex needs (two days)",
    summary:
      "Face-to-face training for SENCOs and pastoral leads on multi-agency support where SEND and mental health overlap.",
    tier: 3,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 12,
    costModel: "PER_PLACE",
    costPence: 42000,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C5.05": 3, "C5.02": 3, "C5.03": 3, "C6.04": 3 },
  }),
  course(LANTERNS, {
    key: "lanterns-reflective-supervision-in-schools",
    title: "Reflective supervision in schools (two days)",
    summary: "Face-to-face training to provide individual and group supervision for staff supporting pupils.",
    tier: 3,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 12,
    costModel: "PER_PLACE",
    costPence: 45000,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C7.05": 4, "C7.04": 3, "C7.03": 3 },
  }),
  course(MERIDIAN, {
    key: "meridian-train-the-trainer",
    title: "Training colleagues in mental health: train the trainer",
    summary:
      "A face-to-face programme to design, deliver and evaluate mental health training using current evidence.",
    tier: 3,
    format: "FACE_TO_FACE",
    hoursPerParticipant: 15,
    costModel: "PER_PLACE",
    costPence: 65000,
    qualityAssured: true,
    refreshMonths: 36,
    outcomes: { "C8.07": 4, "C1.05": 3 },
  }),
  course(MERIDIAN, {
    key: "meridian-measuring-impact-live",
    title: "Measuring the impact of mental health provision",
    summary:
      "A live online course on choosing measures, analysing outcomes and reporting to leaders and governors.",
    tier: 3,
    format: "LIVE_ONLINE",
    hoursPerParticipant: 6,
    costModel: "PER_PLACE",
    costPence: 17500,
    qualityAssured: true,
    refreshMonths: 24,
    outcomes: { "C8.06": 3, "C8.03": 3, "C5.04": 3 },
  }),
  course(MERIDIAN, {
    key: "meridian-mental-health-policy-elearning",
    title: "Writing your mental health and wellbeing policy",
    summary:
      "A self-paced course with templates for writing and reviewing a policy that fits your other policies.",
    tier: 3,
    format: "ONLINE_SELF_PACED",
    hoursPerParticipant: 3,
    costModel: "PER_PLACE",
    costPence: 5500,
    qualityAssured: false,
    refreshMonths: 36,
    outcomes: { "C8.05": 3, "C8.04": 2 },
  }),
];
