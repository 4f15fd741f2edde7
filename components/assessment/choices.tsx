"use client";

import type { ReactNode } from "react";

// Large, whole-card tap targets for phones: the label's ::after covers the card, and the input sits
// above it so a click on the input itself still lands on the input.
const card =
  "relative flex items-start gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-harbour-700 has-[:checked]:bg-harbour-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-amber-500";
const input = "relative z-10 mt-0.5 h-5 w-5 shrink-0 accent-harbour-700";
const labelClass = "cursor-pointer font-medium after:absolute after:inset-0 after:content-['']";

export type Option<V> = { value: V; label: string; description?: string };

/** A radio group's options (the caller supplies the fieldset and legend). */
export function RadioOptions<V extends string | number>({
  name,
  options,
  value,
  onChange,
  disabled,
}: {
  name: string;
  options: Option<V>[];
  value: V | null;
  onChange: (value: V) => void;
  disabled?: boolean;
}) {
  return (
    <div className="flex flex-col gap-2">
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div key={o.value} className={card}>
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              disabled={disabled}
              aria-describedby={o.description ? `${id}-d` : undefined}
              className={input}
            />
            <div>
              <label htmlFor={id} className={labelClass}>
                {o.label}
              </label>
              {o.description && (
                <p id={`${id}-d`} className="text-sm text-slate-700">
                  {o.description}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** A fieldset of checkboxes: tick any that apply. */
export function CheckboxGroup<V extends string>({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  children,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: Option<V>[];
  value: string[];
  onChange: (value: V[]) => void;
  children?: ReactNode;
}) {
  const toggle = (v: V, on: boolean) =>
    onChange(options.map((o) => o.value).filter((x) => (x === v ? on : value.includes(x))));
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div key={o.value} className={card}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              className={input}
            />
            <label htmlFor={id} className={labelClass}>
              {o.label}
            </label>
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
