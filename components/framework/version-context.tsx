"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

type Known = { id: string; number: number };
type Value = { current: Known; advance: (made: Known) => void };

const VersionContext = createContext<Value | null>(null);

/**
 * The version every edit on this page builds on. The server refuses an edit whose base is no longer
 * the latest (someone else changed the framework); the editor's own edits move the base forward at
 * once, so a second edit made before the page has refreshed is not mistaken for a conflict.
 */
export function FrameworkVersionProvider({ version, children }: { version: Known; children: ReactNode }) {
  const [own, setOwn] = useState<Known | null>(null);
  const current = own && own.number > version.number ? own : version;
  const value = useMemo(
    () => ({
      current,
      advance: (made: Known) => setOwn((prev) => (prev && prev.number >= made.number ? prev : made)),
    }),
    [current],
  );
  return <VersionContext.Provider value={value}>{children}</VersionContext.Provider>;
}

export function useFrameworkVersion(): Value {
  const value = useContext(VersionContext);
  if (!value) throw new Error("useFrameworkVersion() needs a FrameworkVersionProvider around it.");
  return value;
}
