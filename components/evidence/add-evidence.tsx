"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { NETWORK_MESSAGE } from "@/components/ui/reach";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { ALLOWED_WORDS, MAX_FILE_BYTES } from "@/lib/evidence/file-rules";
import { addLinkSchema, addNoteSchema, uploadSchema } from "@/lib/evidence/schemas";

type Added = ActionResult<{ id: string }>;
type Props = {
  uploadUrl: string;
  addNote: (v: { title: string; note: string }) => Promise<Added>;
  addLink: (v: { title: string; url: string }) => Promise<Added>;
};
type Kind = "file" | "link" | "note";
const KINDS: { value: Kind; label: string }[] = [
  { value: "file", label: "A file" },
  { value: "link", label: "A link" },
  { value: "note", label: "A note" },
];

/** Add a file, a link or a note; tags are added on the item once it is in the library. */
export function AddEvidence(props: Props) {
  const [kind, setKind] = useState<Kind>("file");
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-2 font-medium">What are you adding?</legend>
        {KINDS.map((k) => (
          <label key={k.value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="evidence-kind"
              value={k.value}
              checked={kind === k.value}
              onChange={() => setKind(k.value)}
              className="h-5 w-5"
            />
            {k.label}
          </label>
        ))}
      </fieldset>
      {kind === "file" && <FileForm url={props.uploadUrl} />}
      {kind === "link" && <LinkForm action={props.addLink} />}
      {kind === "note" && <NoteForm action={props.addNote} />}
    </div>
  );
}

function Outcome({ result }: { result: Added | null }) {
  if (!result) return null;
  return result.ok ? (
    <Alert tone="success">Added to the library. Tag it below to show where it counts.</Alert>
  ) : (
    <Alert tone="error">{result.message}</Alert>
  );
}

function NoteForm({ action }: { action: Props["addNote"] }) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(addNoteSchema, action, {
    title: "",
    note: "",
  });
  useEffect(() => {
    if (result?.ok) {
      form.reset({ title: "", note: "" });
      router.refresh();
    }
  }, [result, form, router]);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Add a note">
      <Outcome result={result} />
      <TextField id="note-title" label="Title" error={errorOf("title")} {...form.register("title")} />
      <TextAreaField
        id="note-body"
        label="Note"
        rows={5}
        error={errorOf("note")}
        {...form.register("note")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Add the note
        </Button>
      </div>
    </form>
  );
}

function LinkForm({ action }: { action: Props["addLink"] }) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(addLinkSchema, action, {
    title: "",
    url: "",
  });
  useEffect(() => {
    if (result?.ok) {
      form.reset({ title: "", url: "" });
      router.refresh();
    }
  }, [result, form, router]);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Add a link">
      <Outcome result={result} />
      <TextField id="link-title" label="Title" error={errorOf("title")} {...form.register("title")} />
      <TextField
        id="link-url"
        label="Web address"
        type="url"
        inputMode="url"
        placeholder="https://"
        error={errorOf("url")}
        {...form.register("url")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Add the link
        </Button>
      </div>
    </form>
  );
}

/** Sends the file itself as the request body, so the server streams it with its limit. */
function FileForm({ url }: { url: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Added | null>(null);
  const [errors, setErrors] = useState<{ title?: string; file?: string }>({});

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const data = new FormData(formEl);
    const title = String(data.get("title") ?? "");
    const file = data.get("file");
    const next: typeof errors = {};
    const parsed = uploadSchema.safeParse({ title });
    if (!parsed.success) next.title = parsed.error.issues[0]?.message;
    if (!(file instanceof File) || file.size === 0) next.file = "Choose a file.";
    else if (file.size > MAX_FILE_BYTES)
      next.file = "That file is over 10 MB. Please choose a smaller file or add a link instead.";
    setErrors(next);
    setResult(null);
    if (next.title || next.file || !(file instanceof File)) return;
    setBusy(true);
    try {
      const response = await fetch(`${url}?title=${encodeURIComponent(title)}`, {
        method: "POST",
        body: file,
        headers: { "X-File-Name": encodeURIComponent(file.name), "Content-Type": "application/octet-stream" },
      });
      const out = (await response.json().catch(() => null)) as Added | null;
      const outcome: Added = out ?? {
        ok: false,
        code: "unexpected",
        message:
          response.status === 404
            ? "You no longer have access to this school's evidence."
            : "The upload did not work. Try again.",
      };
      setResult(outcome);
      if (outcome.ok) {
        formEl.reset();
        router.refresh();
      } else setErrors({ title: outcome.fieldErrors?.title?.[0], file: outcome.fieldErrors?.file?.[0] });
    } catch {
      setResult({ ok: false, code: "network", message: NETWORK_MESSAGE });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label="Upload a file">
      <Outcome result={result} />
      <TextField id="file-title" name="title" label="Title" error={errors.title} />
      <TextField
        id="file-input"
        name="file"
        type="file"
        label="File"
        hint={`Up to 10 MB: ${ALLOWED_WORDS}.`}
        accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.odt"
        error={errors.file}
      />
      <div>
        <Button type="submit" busy={busy}>
          Upload the file
        </Button>
      </div>
    </form>
  );
}
