"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { AutosaveQueue } from "@/lib/assessment/autosave";

/**
 * One autosave queue for the page's lifetime, its status as React state, and the browser events
 * that matter: back online (send now), offline (say so), and the page being hidden or left
 * (phones often kill a backgrounded tab, so send before that can happen).
 */
export function useAutosave(make: () => AutosaveQueue) {
  const [queue] = useState(make);
  const status = useSyncExternalStore(queue.subscribe, queue.getStatus, queue.getStatus);
  useEffect(() => {
    const online = () => queue.wentOnline();
    const offline = () => queue.wentOffline();
    const hidden = () => {
      if (document.visibilityState === "hidden") void queue.flush();
    };
    const leaving = () => void queue.flush();
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("pagehide", leaving);
    document.addEventListener("visibilitychange", hidden);
    if (!navigator.onLine) queue.wentOffline();
    queue.start();
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("pagehide", leaving);
      document.removeEventListener("visibilitychange", hidden);
      queue.stop();
    };
  }, [queue]);
  return { queue, status };
}
