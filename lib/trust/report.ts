// The trust's report for its board, as the governors' document blocks (lib/exports/document.ts):
// the printable page and the PDF both render it, so they say the same. Every figure is one the
// overview and heatmaps publish (built by lib/disclosure through ./overview); nothing else is added.
// Pure: no database, no clock (today is an input).
import type { GovernorDoc, Group } from "../exports/document";
import { formatDate, formatPercent } from "../format";
import { SCHOOL_PHASE_LABELS } from "../people/labels";
import { formatScore } from "../review/scores";
import { ROUND_STATUS_LABELS } from "../rounds/rules";
import type { Heatmap, Overview, OverviewRow, TrustTargetsValue } from "./overview";
import type { ReviewHeatmap } from "./review-heatmap";
import {
  accreditationWords,
  actionPlanWords,
  planWords,
  ragWords,
  reviewWords,
  shareWords,
  trustPlans,
} from "./words";

const TITLE = "Report for the board";

export type ReportInput = {
  trustName: string;
  /** The schools shown (filtered and sorted as on the overview). */
  rows: OverviewRow[];
  trust: Overview["trust"];
  heatmap: Heatmap;
  review: ReviewHeatmap;
  targets: TrustTargetsValue;
  /** Which schools: "All schools", or the phase and group chosen. */
  scope: string;
  today: string;
};

const pooled = (share: number | null, schools: number) => `${formatPercent(share)} (${schools} schools)`;

function latestRound(r: OverviewRow) {
  if (!r.latestRound) return "No round yet";
  const { title, status, submitted, asked } = r.latestRound;
  return `${title} (${ROUND_STATUS_LABELS[status].toLowerCase()}): ${submitted} of ${asked}, ${formatPercent(r.responseRate)}`;
}

export function trustReport(input: ReportInput): GovernorDoc {
  const { rows, trust, heatmap, review, targets } = input;
  const lead = [
    `${input.trustName}. ${input.scope}, ${formatDate(input.today)}. Aggregates only, never individuals: any figure resting on fewer than 5 people is withheld, and trust figures pool people in the schools whose figures are shown.`,
    `Targets: ${targets.corePercent}% Core-confident, Enhanced-confident staff at ${targets.enhancedPercent}% of all staff.`,
  ];
  if (rows.length === 0)
    return {
      title: TITLE,
      lead,
      sections: [],
      empty: "No schools to show.",
    };
  const domainName = new Map(heatmap.domains.map((d) => [d.code, d.name]));
  const cell = (c: { rate: number | null; withheld: boolean }, hasRound: boolean) =>
    c.withheld
      ? "Withheld"
      : !hasRound
        ? "No closed round"
        : c.rate === null
          ? "Not asked"
          : formatPercent(c.rate);
  const needGroups: Group[] = [
    {
      heading: "Trust, pooled over people",
      items: [
        {
          heading: "Need rate by domain",
          fields: heatmap.trust.map((t) => ({
            label: domainName.get(t.domainCode) ?? t.domainCode,
            value: pooled(t.rate, t.schools),
          })),
        },
      ],
    },
    ...heatmap.schools.map((s) => ({
      heading: s.name,
      items: [
        {
          heading: s.round ?? "No closed round yet",
          fields: s.cells.map((c) => ({
            label: domainName.get(c.domainCode) ?? c.domainCode,
            value: cell(c, s.round !== null),
          })),
        },
      ],
    })),
  ];
  const trendGroups: Group[] = heatmap.trend.map((t) => ({
    heading: t.term,
    items: [
      {
        heading: "Need rate by domain, pooled over people",
        fields: t.cells.map((c) => ({
          label: domainName.get(c.domainCode) ?? c.domainCode,
          value: pooled(c.rate, c.schools),
        })),
      },
    ],
  }));
  const reviewGroups: Group[] = [
    {
      heading: "Trust, mean of schools",
      items: [
        {
          heading: "Score by principle (of 3)",
          fields: review.principles.map((p, i) => ({
            label: p.title,
            value:
              review.trust[i]!.mean === null
                ? "No agreed review"
                : `${formatScore(review.trust[i]!.mean!)} (${review.trust[i]!.schools} schools)`,
          })),
        },
      ],
    },
    ...review.schools.map((s) => ({
      heading: s.name,
      items: s.reviewedOn
        ? [
            {
              heading: `Agreed ${formatDate(s.reviewedOn)}`,
              fields: review.principles.map((p, i) => ({
                label: p.title,
                value: s.scores[i] === null ? "Not scored" : formatScore(s.scores[i]!),
              })),
            },
          ]
        : [],
      empty: "No agreed review yet.",
    })),
  ];
  return {
    title: TITLE,
    lead,
    sections: [
      {
        heading: "The trust at a glance",
        groups: [
          {
            heading: `${rows.length} schools, ${trust.staffCount} staff`,
            items: [
              {
                heading: "Pooled over people",
                fields: [
                  {
                    label: "Latest rounds' responses",
                    value: `${trust.submitted} of ${trust.asked}, ${formatPercent(trust.responseRate)}`,
                  },
                  {
                    label: "Core coverage (self-assessed)",
                    value: pooled(trust.core.share, trust.core.schools),
                  },
                  {
                    label: "Enhanced, share of staff (self-assessed)",
                    value: pooled(trust.enhanced.share, trust.enhanced.schools),
                  },
                  {
                    label: "Core coverage (in-date training)",
                    value: pooled(trust.trainedCore.share, trust.trainedCore.schools),
                  },
                  {
                    label: "Enhanced by in-date training, share of staff",
                    value: pooled(trust.trainedEnhanced.share, trust.trainedEnhanced.schools),
                  },
                  { label: "Training plans", value: trustPlans(trust) },
                  { label: "Action plans' actions", value: ragWords(trust.rag) },
                  { label: "Accredited schools", value: String(trust.accredited) },
                ],
              },
            ],
          },
        ],
      },
      {
        heading: "Schools side by side",
        groups: rows.map((r) => ({
          heading: r.name,
          items: [
            {
              heading: `${SCHOOL_PHASE_LABELS[r.phase]}, URN ${r.urn}`,
              fields: [
                { label: "Staff", value: String(r.staffCount) },
                { label: "Senior mental health lead", value: r.hasLead ? "Yes" : "Not yet" },
                { label: "Latest round", value: latestRound(r) },
                { label: "Core coverage (self-assessed)", value: shareWords(r.core) },
                { label: "Enhanced, share of staff (self-assessed)", value: shareWords(r.enhanced) },
                { label: "Core coverage (in-date training)", value: shareWords(r.trainedCore) },
                { label: "Enhanced by training, share of staff", value: shareWords(r.trainedEnhanced) },
                { label: "Training plan", value: planWords(r.plan) },
                { label: "Action plan", value: actionPlanWords(r.actionPlan) },
                { label: "Whole-school review", value: reviewWords(r.review) },
                { label: "Accreditation", value: accreditationWords(r.accreditation) },
                {
                  label: "Top needs",
                  value:
                    r.topNeeds.length === 0
                      ? r.figuresRound
                        ? "None shown"
                        : "No closed round yet"
                      : r.topNeeds.map((n, i) => `${i + 1}. ${n}`).join(" "),
                },
              ],
            },
          ],
        })),
      },
      {
        heading: "Needs by domain",
        lead: "The share of in-scope ratings below target in each domain, from each school's latest closed round.",
        groups: needGroups,
      },
      ...(trendGroups.length > 0
        ? [
            {
              heading: "Needs across terms",
              lead: "Pooled over people in every round that closed that term.",
              groups: trendGroups,
            },
          ]
        : []),
      {
        heading: "Whole-school review",
        lead: "Each school's latest agreed review: the mean of its statements' agreed levels, from 0 (not started) to 3 (embedded).",
        groups: reviewGroups,
      },
    ],
  };
}
