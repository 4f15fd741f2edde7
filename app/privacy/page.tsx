import type { Metadata } from "next";
import Link from "next/link";
import { WELLBEING_QUESTIONS } from "@/lib/assessment/rules";
import { DEFAULT_RETENTION_YEARS, MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from "@/lib/privacy/retention";
import { MIN_GROUP_SIZE } from "@/lib/suppression";

export const metadata: Metadata = { title: "Your data in Harbour" };

// Written for staff, and kept true to what the code does: when a rule below changes, this page changes
// in the same commit (tests/e2e/accessibility.spec.ts checks it renders; the facts are the code's).
export default function PrivacyPage() {
  const h2 = "mt-8 mb-2 text-xl font-semibold";
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10 leading-relaxed">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      <h1 className="mb-4 text-2xl font-semibold">Your data in Harbour</h1>
      <p>
        Your school uses Harbour to plan mental-health training for its staff. Your school decides why and how
        your data is used (it is the data controller); Harbour keeps it for them. Questions about it go to
        your school&apos;s senior mental health lead or its data protection officer.
      </p>

      <h2 className={h2}>What Harbour holds about you</h2>
      <ul className="list-disc pl-5">
        <li>Your name, email address, the schools you belong to, your role and your job role.</li>
        <li>
          Your self-assessments: how confident you feel in each competency (from &ldquo;Not yet&rdquo; to
          &ldquo;Leading&rdquo;), what gets in the way of training, the formats you prefer and your overall
          confidence.
        </li>
        <li>
          In confidential rounds only, three questions about your own wellbeing at work:{" "}
          {Object.values(WELLBEING_QUESTIONS).join(" ")} Answers about health are special category data, so
          Harbour only ever reports them as counts for groups of people.
        </li>
        <li>The training you have done, and the training your school plans for you.</li>
        <li>
          If you are the senior mental health lead: your own development self-assessment, which only you can
          see.
        </li>
        <li>
          A record of actions in Harbour (for example &ldquo;invited someone&rdquo; or &ldquo;downloaded
          responses&rdquo;) with who and when, never your answers. Your school&apos;s lead and head can read
          it.
        </li>
      </ul>

      <h2 className={h2}>Who sees your answers</h2>
      <p>Each round of self-assessment says which kind it is before you start.</p>
      <ul className="list-disc pl-5">
        <li>
          <strong>Named rounds</strong>: your school&apos;s senior mental health lead and head can see your
          own answers, so that they can plan training with you. Nobody else can.
        </li>
        <li>
          <strong>Confidential rounds</strong>: nobody at your school sees your answers. The lead and head see
          figures for groups only, and any figure that rests on fewer than {MIN_GROUP_SIZE} people is
          withheld, with other figures withheld too where it could otherwise be worked out by subtraction.
          Harbour keeps your answers linked to your account so that you can come back to them and see your own
          results.
        </li>
        <li>
          <strong>Your trust or local authority</strong> never sees anyone&apos;s individual answers or name:
          only figures for whole schools, with small numbers withheld in the same way.
        </li>
        <li>
          The people who run this Harbour server see no school&apos;s data in Harbour. The database is kept on
          their servers; its backups are kept with the same care.
        </li>
      </ul>

      <h2 className={h2}>How long it is kept</h2>
      <p>
        Your individual answers in a round are kept for the number of years your school chooses (
        {DEFAULT_RETENTION_YEARS} unless it chooses otherwise, between {MIN_RETENTION_YEARS} and{" "}
        {MAX_RETENTION_YEARS}) after the round ends, then deleted; the school&apos;s figures for the round
        (counts of people, never anyone&apos;s answers) are kept. Your training records stay with your school
        while it uses Harbour, including after you leave it. When you leave, your school removes you from its
        staff in Harbour. Records of sign-ins are kept for security.
      </p>
      <p className="mt-2">
        On{" "}
        <Link href="/account/data" className="text-harbour-700 underline">
          Your data
        </Link>{" "}
        you can download everything Harbour holds about you, or erase your account: your account, name and
        address go, and your answers stay only as figures, linked to no one.
      </p>

      <h2 className={h2}>Your rights</h2>
      <p>
        You can ask your school for a copy of what Harbour holds about you, to correct it, or to erase it, and
        you can complain to the Information Commissioner&apos;s Office (ico.org.uk) if you are unhappy with
        the answer.
      </p>

      <p className="mt-8">
        <Link href="/" className="text-harbour-700 underline">
          Back to Harbour
        </Link>
      </p>
    </main>
  );
}
