// Next.js calls register() once when a server process starts: the background jobs start here
// (lib/jobs, decision 0020), only in the Node.js runtime, never in the edge runtime or in the browser.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startJobs } = await import("./lib/jobs/start");
    await startJobs();
  }
}
