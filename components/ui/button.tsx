import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-harbour-700 text-white hover:bg-harbour-800 disabled:bg-slate-400",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-500",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50 disabled:text-slate-500",
} as const;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS; busy?: boolean };

export function Button({ variant = "primary", busy, className = "", children, disabled, ...rest }: Props) {
  return (
    <button
      {...rest}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-base font-medium ${VARIANTS[variant]} ${className}`}
    >
      {busy ? "Working…" : children}
    </button>
  );
}
