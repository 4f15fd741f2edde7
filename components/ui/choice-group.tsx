import type { InputHTMLAttributes, ReactNode } from "react";

type Option = { value: string; label: string; description?: ReactNode };
type Props = {
  id: string;
  legend: string;
  type: "radio" | "checkbox";
  options: Option[];
  error?: string;
  hint?: ReactNode;
  /** What react-hook-form's register() returns, spread onto every input of the group. */
  input: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "id">;
  columns?: boolean;
};

/** Radio buttons or checkboxes under one legend, with a hint and the group's error beside it. */
export function ChoiceGroup({ id, legend, type, options, error, hint, input, columns }: Props) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-2">
      <legend className="mb-1 font-medium">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div className={columns ? "grid gap-1 sm:grid-cols-2" : "flex flex-col gap-2"}>
        {options.map((o) => (
          <div key={o.value} className="flex items-start gap-2">
            <input
              {...input}
              id={`${id}-${o.value}`}
              type={type}
              value={o.value}
              aria-describedby={o.description ? `${id}-${o.value}-description` : undefined}
              className="mt-1 size-5 shrink-0 accent-harbour-700"
            />
            <label htmlFor={`${id}-${o.value}`} className="min-h-11 flex-1 py-0.5">
              <span className="font-medium">{o.label}</span>
              {o.description && (
                <span id={`${id}-${o.value}-description`} className="block text-sm text-slate-700">
                  {o.description}
                </span>
              )}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
