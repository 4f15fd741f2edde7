/**
 * Harbour's default whole-school mental health competency framework.
 * Original wording written for Harbour. Plain data: no runtime dependencies.
 */

export type Tier = 1 | 2 | 3;

export type FrameworkDomainData = { code: string; name: string; description: string };

export type CompetencyData = {
  code: string;
  domainCode: string;
  tier: Tier;
  statement: string;
  guidance?: string;
  examples?: string[];
};

export type FrameworkData = {
  name: string;
  description: string;
  targets: Record<Tier, number>;
  ratingScale: { value: 0 | 1 | 2 | 3 | 4; label: string; descriptor: string }[];
  domains: FrameworkDomainData[];
  competencies: CompetencyData[];
};

/** Builds a competency, deriving its domain code from its own code ("C2.04" -> "D2"). */
function competency(
  code: string,
  tier: Tier,
  statement: string,
  guidance: string,
  examples?: string[],
): CompetencyData {
  const domainCode = `D${code.slice(1, code.indexOf("."))}`;
  return examples
    ? { code, domainCode, tier, statement, guidance, examples }
    : { code, domainCode, tier, statement, guidance };
}

const domains: FrameworkDomainData[] = [
  {
    code: "D1",
    name: "Understanding mental health and wellbeing",
    description:
      "What mental health and wellbeing are, what affects them, and the difficulties pupils commonly face.",
  },
  {
    code: "D2",
    name: "Noticing and responding",
    description:
      "Spotting when a pupil may be struggling, responding well in the moment and getting them the right help.",
  },
  {
    code: "D3",
    name: "Relationships and communication",
    description:
      "Building trusting relationships, talking about mental health well and making everyday practice supportive.",
  },
  {
    code: "D4",
    name: "Safeguarding and escalation",
    description:
      "Knowing when a wellbeing worry is a safeguarding matter, acting on risk and escalating to the right people.",
  },
  {
    code: "D5",
    name: "Supporting pupils with identified needs",
    description:
      "Planning, giving and reviewing support for pupils whose mental health needs are already known.",
  },
  {
    code: "D6",
    name: "Working with families and communities",
    description:
      "Working alongside parents and carers and connecting families with support in the wider community.",
  },
  {
    code: "D7",
    name: "Staff wellbeing and resilience",
    description:
      "Looking after our own wellbeing, supporting colleagues and making sure staff who support pupils are supported too.",
  },
  {
    code: "D8",
    name: "Leading the whole-school approach",
    description:
      "Setting direction, policy, training and measures so that mental health is everyone's business across the school.",
  },
];

const competencies: CompetencyData[] = [
  // D1 Understanding mental health and wellbeing
  competency(
    "C1.01",
    1,
    "I can explain what mental health and wellbeing mean, and that everyone's mental health can change over time.",
    "Think of mental health as something we all have and move along, not a label that only some people carry.",
    ["Explaining the difference between a bad week and a difficulty that lasts for months"],
  ),
  competency(
    "C1.02",
    1,
    "I can name the mental health difficulties children and young people most often experience, such as anxiety, low mood and self-harm.",
    "Knowing the common signs is enough at this level; diagnosis is a job for health professionals.",
  ),
  competency(
    "C1.03",
    1,
    "I can describe how experiences such as bereavement, bullying, family stress or poverty can affect a pupil's mental health.",
    "Include the things that protect pupils too, such as a trusted adult and a sense of belonging.",
    ["Recognising that a house move or an illness at home can unsettle a pupil"],
  ),
  competency(
    "C1.04",
    2,
    "I can explain how attachment, trauma and development can shape a pupil's behaviour, and choose responses that take this into account.",
    "For staff who work closely with pupils whose behaviour may be a sign of distress.",
  ),
  competency(
    "C1.05",
    3,
    "I can keep our school's understanding of mental health up to date by using reliable evidence and national guidance to brief colleagues.",
    "Includes judging how strong the evidence is and telling staff what has changed and why it matters.",
  ),

  // D2 Noticing and responding
  competency(
    "C2.01",
    1,
    "I can spot changes in a pupil's mood, behaviour, attendance or appearance that might mean they are struggling.",
    "Changes from what is usual for that pupil matter more than any single sign.",
    ["Noticing that a chatty pupil has become quiet and is eating lunch alone"],
  ),
  competency(
    "C2.02",
    1,
    "I can respond calmly and kindly when a pupil tells me they are struggling, listening without judging and without promising to keep it secret.",
    "Listen, reassure, do not probe, and explain who you will need to tell.",
    ['Saying "Thank you for telling me. I\'m going to help you get some support with this."'],
  ),
  competency(
    "C2.03",
    1,
    "I can record and pass on a worry about a pupil's wellbeing using our school's process, on the same day.",
    "Know who to tell, where to record it and what to do if that person is not available.",
  ),
  competency(
    "C2.04",
    1,
    "I can point pupils to trusted sources of help in and beyond school, such as named staff, helplines and reliable websites.",
    "Signposting works best when you know the options well enough to explain them simply.",
    ["Showing a pupil the school's wellbeing board and how to contact Childline"],
  ),
  competency(
    "C2.05",
    2,
    "I can hold a planned, supportive conversation with a pupil that helps them say what is happening and agree small next steps.",
    "Use open questions and active listening, and agree with the pupil who else needs to know.",
  ),
  competency(
    "C2.06",
    2,
    "I can run a short, structured early support session, such as a regular check-in or worry-management work, and know when to step support up.",
    "Early support is time-limited and reviewed; escalate if things are not improving.",
    ["A six-week daily check-in with a Year 8 pupil who is finding mornings hard"],
  ),

  // D3 Relationships and communication
  competency(
    "C3.01",
    1,
    "I can build warm, consistent relationships with pupils so that they know there are adults they can turn to.",
    "Small routines, such as greeting pupils by name at the door, build trust over time.",
  ),
  competency(
    "C3.02",
    1,
    "I can talk about mental health using respectful language that avoids stigma, and gently challenge unhelpful language when I hear it.",
    "Describe what a person is experiencing rather than labelling the person.",
    ['Saying "a pupil experiencing anxiety" rather than "an anxious kid"'],
  ),
  competency(
    "C3.03",
    2,
    "I can help a distressed or dysregulated pupil to calm down, using co-regulation and de-escalation rather than sanctions alone.",
    "Stay calm yourself, lower the demands, and return to the learning or behaviour conversation later.",
    ["Offering a quiet walk and a drink of water before talking about what happened"],
  ),
  competency(
    "C3.04",
    2,
    "I can adapt my teaching, classroom routines or pastoral practice so that they better support pupils' wellbeing.",
    "Adjustments should be planned, agreed where needed, and reviewed to see if they help.",
    ["Offering a calm start to lessons", "Planning a pupil's return to class after a long absence"],
  ),

  // D4 Safeguarding and escalation
  competency(
    "C4.01",
    1,
    "I can explain how mental health links to safeguarding, and when a wellbeing worry should be treated as a safeguarding concern.",
    "If in doubt, treat it as a safeguarding concern and speak to the designated safeguarding lead.",
  ),
  competency(
    "C4.02",
    1,
    "I can act straight away, following our school's procedure, if a pupil may be at immediate risk of harm, including from self-harm or suicidal thoughts.",
    "Know how to reach the designated safeguarding lead quickly and when to call emergency services.",
    ["Staying with a pupil and sending a colleague to fetch the designated safeguarding lead"],
  ),
  competency(
    "C4.03",
    1,
    "I can explain what confidentiality means in school and why I cannot keep a pupil's worrying disclosure to myself.",
    "Share information on a need-to-know basis with the right people, and tell the pupil what will happen.",
  ),
  competency(
    "C4.04",
    2,
    "I can ask a pupil directly and safely about self-harm or suicidal thoughts, and pass on what I learn to the designated safeguarding lead.",
    "Asking directly does not put the idea in a pupil's head; it opens the door to help.",
  ),
  competency(
    "C4.05",
    3,
    "I can judge when a concern meets the threshold for early help, CAMHS or children's social care, and make a clear referral.",
    "Use the local threshold guidance and partnership arrangements, and record your reasoning.",
    ["Writing a referral that sets out the concern, its impact and what school has already tried"],
  ),
  competency(
    "C4.06",
    3,
    "I can lead our school's response to a mental health crisis or critical incident, including safety planning and support afterwards.",
    "Includes working with partner agencies, communicating with families and looking after affected staff.",
    ["Coordinating support across the school after the sudden death of a pupil's parent"],
  ),

  // D5 Supporting pupils with identified needs
  competency(
    "C5.01",
    1,
    "I can follow the support plan for a pupil with an identified mental health need, and tell the right person if it does not seem to be working.",
    "Read the plan, apply the agreed adjustments consistently and share what you notice.",
  ),
  competency(
    "C5.02",
    2,
    "I can contribute to a pupil's support plan, drawing on what I know of them and what they and their family say helps.",
    "Good plans are short, specific and written with the pupil, not just about them.",
    ["Suggesting a named adult and a safe space at break times"],
  ),
  competency(
    "C5.03",
    2,
    "I can support a pupil returning to school after a mental health crisis, hospital stay or long absence, using a planned and gradual approach.",
    "Agree the plan with the pupil, family and any health professionals, and review it often.",
    ["Agreeing a reduced timetable and a daily check-in for the first few weeks"],
  ),
  competency(
    "C5.04",
    2,
    "I can track the progress of pupils receiving wellbeing support using simple measures, and use what I find to review the support.",
    "Use the same short measure at the start and end, alongside the pupil's own view.",
    ["Comparing a short wellbeing questionnaire before and after a small-group intervention"],
  ),
  competency(
    "C5.05",
    3,
    "I can coordinate support for pupils with complex needs, working with CAMHS, Mental Health Support Teams, SEND services and other professionals.",
    "Includes understanding where special educational needs and mental health needs overlap.",
  ),

  // D6 Working with families and communities
  competency(
    "C6.01",
    1,
    "I can direct a parent or carer to the right person in school when they raise a worry about their child's wellbeing.",
    "Listen, take the worry seriously and make sure it reaches the colleague who can act on it.",
  ),
  competency(
    "C6.02",
    2,
    "I can talk with parents and carers about their child's mental health, listening to their view and agreeing how we will work together.",
    "Plan the conversation, be honest and kind, and agree what happens next.",
    ["A planned phone call after a pupil has said they are feeling low"],
  ),
  competency(
    "C6.03",
    2,
    "I can help families find local and national support, including early help and community services, and take the first step to using it.",
    "Keep an up-to-date list of local services and check what families need before suggesting one.",
    ["Sharing details of a local parenting group or young carers service"],
  ),
  competency(
    "C6.04",
    3,
    "I can build partnerships with local services and community groups so that families get help quickly and our school knows what is available.",
    "Includes knowing the local Mental Health Support Team offer, early help and voluntary sector services.",
  ),

  // D7 Staff wellbeing and resilience
  competency(
    "C7.01",
    1,
    "I can recognise signs of stress in myself and use strategies that help me stay well at work.",
    "Looking after yourself is part of being able to support pupils well.",
  ),
  competency(
    "C7.02",
    1,
    "I can ask for help with my own wellbeing and know what support our school offers staff.",
    "Asking early is a strength, not a weakness.",
    ["Knowing how to contact the employee assistance programme"],
  ),
  competency(
    "C7.03",
    1,
    "I can look after myself after hearing something upsetting from a pupil, and know where to take what I have heard.",
    "Supporting pupils can be emotionally demanding; talking it through with a colleague is part of the job.",
  ),
  competency(
    "C7.04",
    2,
    "I can notice when a colleague may be struggling and offer support or point them to help in a respectful way.",
    "Respect privacy, listen, and know the staff support routes you can suggest.",
  ),
  competency(
    "C7.05",
    3,
    "I can provide or arrange reflective supervision for staff who support pupils with significant mental health needs.",
    "Supervision protects staff wellbeing and improves decisions about pupils.",
    ["Setting up half-termly group supervision for the pastoral team"],
  ),

  // D8 Leading the whole-school approach
  competency(
    "C8.01",
    1,
    "I can describe our school's whole-school approach to mental health and the part I play in it.",
    "Know who the senior mental health lead is and what the school is working on this year.",
  ),
  competency(
    "C8.02",
    2,
    "I can help deliver part of our whole-school approach, such as mental health in the curriculum, pupil voice or a wellbeing project.",
    "Link your work to the school's action plan so that it adds up to a whole.",
    ["Teaching health education lessons on mental health", "Running a group of pupil wellbeing ambassadors"],
  ),
  competency(
    "C8.03",
    2,
    "I can use school information such as attendance, behaviour and wellbeing surveys to spot groups of pupils who may need more support.",
    "Look for patterns and changes over time, and protect individuals' privacy when sharing findings.",
  ),
  competency(
    "C8.04",
    3,
    "I can lead and develop our whole-school approach to mental health, setting priorities and an action plan with senior leaders and governors.",
    "Base priorities on evidence of need and make sure every part of school life is considered.",
    ["Presenting a costed annual action plan to the senior leadership team"],
  ),
  competency(
    "C8.05",
    3,
    "I can write and review our mental health and wellbeing policy so that it fits with our safeguarding, SEND and behaviour policies.",
    "Involve pupils, staff and families, and review the policy on a set cycle.",
  ),
  competency(
    "C8.06",
    3,
    "I can measure the impact of our mental health provision and use the results to report to leaders and improve what we offer.",
    "Combine survey, intervention and attendance data with what pupils and staff tell you.",
    ["Reporting a year's survey results and intervention outcomes to governors"],
  ),
  competency(
    "C8.07",
    3,
    "I can plan and deliver mental health training for colleagues and check whether it has improved their practice.",
    "Start from the gaps staff have identified and follow up after training, not just on the day.",
  ),
];

export const DEFAULT_FRAMEWORK: FrameworkData = {
  name: "Harbour whole-school mental health framework",
  description:
    "What every adult in school, staff in pastoral and targeted roles, and lead and designated staff need to know and do to support pupils' mental health and wellbeing, in three tiers: Core, Enhanced and Specialist.",
  targets: { 1: 3, 2: 3, 3: 3 },
  ratingScale: [
    {
      value: 0,
      label: "Not yet",
      descriptor: "I haven't learned about this yet or don't feel able to do it.",
    },
    {
      value: 1,
      label: "Aware",
      descriptor: "I know what this involves but haven't done it in practice yet.",
    },
    { value: 2, label: "Developing", descriptor: "I can do this with support or guidance from a colleague." },
    { value: 3, label: "Confident", descriptor: "I can do this on my own, confidently and consistently." },
    { value: 4, label: "Leading", descriptor: "I can do this well and help or teach others to do it." },
  ],
  domains,
  competencies,
};
