/**
 * Harbour's accreditation scheme: six strands, each with three to six criteria, and three levels.
 * Original wording written for Harbour (not taken from any published award). Plain data: no
 * runtime dependencies, so the seed, the app and the tests read the same words.
 */

export type AccreditationMeasureKey =
  "CORE_TRAINING_IN_DATE" | "ROUND_THIS_YEAR" | "ACTION_PLAN_VALIDATED" | "PEER_REVIEW_DONE";

export type LevelKey = "WORKING_TOWARDS" | "ACCREDITED" | "DISTINCTION";

export type SchemeLevel = { key: LevelKey; label: string; description: string };

export type CriterionData = {
  /** Stable across versions: "<strand>.<criterion>". */
  key: string;
  text: string;
  guidance: string;
  measure?: AccreditationMeasureKey;
};

export type StrandData = { title: string; summary: string; criteria: CriterionData[] };

export type SchemeData = {
  name: string;
  description: string;
  levels: SchemeLevel[];
  strands: StrandData[];
};

export const SCHEME_LEVELS: SchemeLevel[] = [
  {
    key: "WORKING_TOWARDS",
    label: "Working towards",
    description:
      "The school has evaluated itself honestly and is working on the criteria it has not yet met.",
  },
  {
    key: "ACCREDITED",
    label: "Accredited",
    description: "Every criterion is met, as agreed by peer review and the assessment visit.",
  },
  {
    key: "DISTINCTION",
    label: "Accredited with distinction",
    description:
      "Every criterion is met, and the school exceeds at least one criterion in every strand: its practice is strong enough to share with others.",
  },
];

export const HARBOUR_SCHEME: SchemeData = {
  name: "Harbour whole-school mental health accreditation",
  description:
    "A developmental accreditation that recognises an ongoing, whole-school commitment to mental health, owned by the school's own leaders and staff.",
  levels: SCHEME_LEVELS,
  strands: [
    {
      title: "Training and staff wellbeing",
      summary:
        "Every adult is trained and kept in date, pastoral staff grow their skills, and staff wellbeing is looked after on purpose.",
      criteria: [
        {
          key: "1.1",
          text: "Every adult in school completes mental-health training each year, and it is recorded and kept in date with the same care as safeguarding training.",
          guidance:
            "Harbour shows the share of staff whose Core training is in date. Explain how new starters and part-time staff are included.",
          measure: "CORE_TRAINING_IN_DATE",
        },
        {
          key: "1.2",
          text: "Staff rate themselves against the competency framework at least once a year, and the results shape the school's training plan.",
          guidance: "Harbour shows whether a self-assessment round has opened this school year.",
          measure: "ROUND_THIS_YEAR",
        },
        {
          key: "1.3",
          text: "Annual reviews of staff with pastoral roles set a target for their mental-health development, and progress towards it is discussed.",
          guidance: "Describe how targets are set and followed up; an anonymised example helps.",
        },
        {
          key: "1.4",
          text: "Staff wellbeing is looked after on purpose: workload is talked about openly, staff know where to find support, and leaders act on what they hear.",
          guidance: "Say how staff views are gathered and one change made because of them.",
        },
        {
          key: "1.5",
          text: "Leaders challenge stigma about mental health, and staff can talk about their own mental health without fear of it counting against them.",
          guidance: "What do staff say? How is this checked beyond the leadership team?",
        },
      ],
    },
    {
      title: "Networked leadership and governance",
      summary:
        "The school works with its network, publishes how it supports mental health, and leads and governs wellbeing deliberately.",
      criteria: [
        {
          key: "2.1",
          text: "The school takes part in its network: it evaluates itself against this scheme and has its self-evaluation peer-reviewed by the lead of another school.",
          guidance: "Harbour shows whether a peer review of the school's self-evaluation has been completed.",
          measure: "PEER_REVIEW_DONE",
        },
        {
          key: "2.2",
          text: "A whole-school action plan for mental health is in place and has been validated by the trust or an external validator.",
          guidance: "Harbour shows whether the school's action plan has been validated.",
          measure: "ACTION_PLAN_VALIDATED",
        },
        {
          key: "2.3",
          text: "The school publishes its mental-health policy and a map of the support it offers on its website, in words pupils and families can use.",
          guidance: "Give the web address and say when it was last reviewed.",
        },
        {
          key: "2.4",
          text: "Named leaders hold roles for wellbeing, including the senior mental health lead, with the time and authority to carry them out.",
          guidance: "Who holds which role, and how much time is set aside for it?",
        },
        {
          key: "2.5",
          text: "A governor or governance committee oversees mental health and wellbeing, linked to its oversight of safeguarding, and receives regular reports.",
          guidance: "How often do governors hear about wellbeing, and what have they asked about?",
        },
      ],
    },
    {
      title: "A listening environment",
      summary:
        "Adults are attuned and listen well, pupils support one another, and specialists share their skills.",
      criteria: [
        {
          key: "3.1",
          text: "All adults in school have learned attunement and listening skills, and pupils can name an adult they would talk to.",
          guidance: "How do you know pupils can name a trusted adult? Include pupil voice.",
        },
        {
          key: "3.2",
          text: "Staff who mentor pupils are trained and supervised, and mentoring reaches the pupils who need it most.",
          guidance: "Who receives mentoring, and how are they chosen?",
        },
        {
          key: "3.3",
          text: "Trained pupils act as peer mentors or listeners, supported and supervised by staff.",
          guidance: "How are peer mentors trained and looked after?",
        },
        {
          key: "3.4",
          text: "Group interventions, for example for anxiety, friendships or loss, are run by staff trained to run them, and their effect is checked.",
          guidance:
            "Name the interventions, who runs them, and what the school learned from checking their effect.",
        },
        {
          key: "3.5",
          text: "Counsellors, psychologists and other specialists who work in school share their skills with staff through training, consultation or supervision.",
          guidance: "Give examples of what staff learned from specialists this year.",
        },
      ],
    },
    {
      title: "Outreach to parents and families",
      summary:
        "Families know how the school supports mental health, are heard, and are helped to find support.",
      criteria: [
        {
          key: "4.1",
          text: "Families are told how the school supports mental health and how to raise a worry, in ways that reach families who seldom come into school.",
          guidance: "Which channels reach which families? Who is still hard to reach?",
        },
        {
          key: "4.2",
          text: "The school offers parents and carers sessions or resources on children's mental health, shaped by what families ask for.",
          guidance: "What was offered this year, and how many families took part?",
        },
        {
          key: "4.3",
          text: "Families' views on wellbeing support are gathered at least once a year, and the school tells them what it changed as a result.",
          guidance: "Describe the last time families' views led to a change.",
        },
        {
          key: "4.4",
          text: "Families are signposted to local and national support, and staff follow up after a referral is made.",
          guidance: "How does the school know a family got the help it was pointed to?",
        },
      ],
    },
    {
      title: "An extended, proactive safeguarding team",
      summary:
        "A wider team notices early signs of need and works with families before problems reach statutory thresholds.",
      criteria: [
        {
          key: "5.1",
          text: "The safeguarding team includes staff beyond the designated safeguarding leads, trained to notice and respond to early signs of mental-health need.",
          guidance: "Who is in the wider team and what training have they had?",
        },
        {
          key: "5.2",
          text: "The team works with families whose needs sit below statutory thresholds, offering early help before problems grow.",
          guidance: "Give an anonymised example of early help and what it changed.",
        },
        {
          key: "5.3",
          text: "The team meets regularly to review pupils of concern, with records that bring pastoral, attendance and wellbeing information together.",
          guidance: "How often does the team meet, and what does it look at?",
        },
        {
          key: "5.4",
          text: "The team has working links with local mental-health services, early-help teams and the school nurse, and knows how to reach them quickly.",
          guidance: "Which services, and how quickly does a referral get an answer?",
        },
      ],
    },
    {
      title: "Tracking and monitoring wellbeing through the curriculum",
      summary:
        "Wellbeing is taught in every year, measured regularly, and what the measures show changes what the school does.",
      criteria: [
        {
          key: "6.1",
          text: "Mental health and wellbeing are taught through a planned curriculum in every year group, in personal development lessons and beyond.",
          guidance: "Where does wellbeing appear in the curriculum map?",
        },
        {
          key: "6.2",
          text: "Pupils' wellbeing is measured regularly with a recognised, age-appropriate tool, and results are looked at for groups of pupils as well as the whole school.",
          guidance: "Which tool, how often, and which groups do you compare?",
        },
        {
          key: "6.3",
          text: "What the tracking shows is used to plan support for groups and individual pupils, and to revise the curriculum.",
          guidance: "Describe one change made because of what the tracking showed.",
        },
        {
          key: "6.4",
          text: "Pupils' voice shapes wellbeing provision: pupils are asked what helps, and they can see what changed.",
          guidance: "How are pupils asked, and how are they told what changed?",
        },
      ],
    },
  ],
};
