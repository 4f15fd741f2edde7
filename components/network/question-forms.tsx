"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import {
  questionFormSchema,
  replyFormSchema,
  type QuestionFormInput,
  type ReplyFormInput,
} from "@/lib/network/forms";

/** A lead asks the publishing school a question; it reaches them in Harbour, not by email. */
export function QuestionForm({
  caseStudyId,
  action,
}: {
  caseStudyId: string;
  action: (v: QuestionFormInput) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    questionFormSchema,
    async (v) => {
      const out = await action(v);
      if (out.ok) router.refresh();
      return out;
    },
    { caseStudyId, body: "" },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Ask a question" className="flex flex-col gap-3">
      <TextAreaField
        id="question-body"
        label="Your question"
        hint="The school's contact and its lead see your name and your school's name."
        error={errorOf("body")}
        {...form.register("body")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Send the question
        </Button>
      </div>
      <div aria-live="polite">
        {result?.ok && <Alert tone="success">Sent. You will see the reply here and in your notices.</Alert>}
        {result && !result.ok && !errorOf("body") && <Alert tone="error">{result.message}</Alert>}
      </div>
    </form>
  );
}

export function ReplyForm({
  questionId,
  action,
}: {
  questionId: string;
  action: (v: ReplyFormInput) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    replyFormSchema,
    async (v) => {
      const out = await action(v);
      if (out.ok) router.refresh();
      return out;
    },
    { questionId, reply: "" },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Reply" className="flex flex-col gap-3">
      <TextAreaField
        id={`reply-${questionId}`}
        label="Your reply"
        error={errorOf("reply")}
        {...form.register("reply")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Send the reply
        </Button>
      </div>
      <div aria-live="polite">
        {result && !result.ok && !errorOf("reply") && <Alert tone="error">{result.message}</Alert>}
      </div>
    </form>
  );
}
