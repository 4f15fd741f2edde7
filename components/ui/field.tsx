import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Common = { id: string; label: string; error?: string; hint?: ReactNode };

/** A label, an optional hint and the field's error beside it, wired up for screen readers. */
function FieldFrame({ id, label, error, hint, children }: Common & { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy({ id, error, hint }: Common) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

const control =
  "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

export function TextField(props: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { id, label, error, hint, ...input } = props;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(props)}
        className={control}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] },
) {
  const { id, label, error, hint, options, ...select } = props;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(props)}
        className={control}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField(props: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, label, error, hint, rows = 3, ...textarea } = props;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(props)}
        className={control.replace("min-h-11 ", "")}
        {...textarea}
      />
    </FieldFrame>
  );
}
